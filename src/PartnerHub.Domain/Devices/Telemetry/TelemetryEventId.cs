using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace PartnerHub.Domain.Devices.Telemetry;

/// <summary>
/// Derives <see cref="TelemetryEvent.EventId"/>: the first 128 bits of SHA-256 over the UTF-8 appliance serial, a line
/// feed, and the line's bytes without its terminator, as 32 lowercase hex digits. An appliance that resends a line
/// (after a lost acknowledgement, or a bridge that resends a batch) therefore produces the same id, and the hub keeps
/// one copy. Two identical lines from one appliance are the same event by this rule, which EVE output never produces
/// because every record carries a microsecond timestamp and counters or flow ids.
/// </summary>
public static class TelemetryEventId
{
    /// <summary>Length of an event id in characters.</summary>
    public const int Length = 32;

    /// <summary>Derives the id of <paramref name="line"/> sent by the appliance <paramref name="applianceSerial"/>.</summary>
    /// <param name="applianceSerial">The authenticated appliance serial.</param>
    /// <param name="line">The line's UTF-8 bytes without the LF or CRLF that ended it.</param>
    /// <returns>32 lowercase hex digits.</returns>
    public static string Derive(string applianceSerial, ReadOnlySpan<byte> line)
    {
        ArgumentNullException.ThrowIfNull(applianceSerial);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        int serialLength = Encoding.UTF8.GetByteCount(applianceSerial);
        byte[] rented = ArrayPool<byte>.Shared.Rent(serialLength + 1);
        try
        {
            int written = Encoding.UTF8.GetBytes(applianceSerial, rented);
            rented[written] = (byte)'\n';
            hash.AppendData(rented, 0, written + 1);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }

        hash.AppendData(line);
        Span<byte> digest = stackalloc byte[32];
        hash.GetHashAndReset(digest);
        return Convert.ToHexStringLower(digest[..16]);
    }
}
