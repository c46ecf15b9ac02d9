using System.Globalization;
using System.Security.Cryptography;

namespace ApplianceBridge.Ingest;

// HMAC-SHA256 over ASCII(unix seconds) + "\n" + body, keyed with the appliance's secret. The timestamp is inside the
// MAC so a captured request cannot be replayed later with a fresh X-Timestamp.
internal static class RequestSignature
{
    public const string SerialHeader = "X-Appliance-Serial";
    public const string TimestampHeader = "X-Timestamp";
    public const string SignatureHeader = "X-Signature";

    public static byte[] Compute(byte[] key, long unixSeconds, ReadOnlySpan<byte> body)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
        Span<byte> prefix = stackalloc byte[24];
        bool formatted = unixSeconds.TryFormat(prefix, out int written, default, CultureInfo.InvariantCulture);
        if (!formatted)
        {
            throw new ArgumentOutOfRangeException(nameof(unixSeconds));
        }

        prefix[written++] = (byte)'\n';
        hmac.AppendData(prefix[..written]);
        hmac.AppendData(body);
        return hmac.GetHashAndReset();
    }

    public static string ComputeHex(byte[] key, long unixSeconds, ReadOnlySpan<byte> body) =>
        Convert.ToHexStringLower(Compute(key, unixSeconds, body));

    // Accepts lowercase/uppercase hex (64 digits) or standard base64 (44 characters): shippers differ.
    public static bool TryDecode(string text, out byte[] signature)
    {
        signature = [];
        text = text.Trim();
        if (text.Length == 64)
        {
            try
            {
                signature = Convert.FromHexString(text);
                return true;
            }
            catch (FormatException)
            {
                return false;
            }
        }

        Span<byte> buffer = stackalloc byte[32];
        if (Convert.TryFromBase64String(text, buffer, out int length) && length == 32)
        {
            signature = buffer.ToArray();
            return true;
        }

        return false;
    }

    public static bool Verify(byte[] key, long unixSeconds, ReadOnlySpan<byte> body, byte[] signature) =>
        CryptographicOperations.FixedTimeEquals(Compute(key, unixSeconds, body), signature);
}
