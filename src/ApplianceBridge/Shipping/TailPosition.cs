using System.Security.Cryptography;

namespace ApplianceBridge.Shipping;

// Where shipping stands: the file (by identity; its path is a hint for finding it again after a rotation), the offset
// just after the last line the bridge acknowledged, and a SHA-256 of the bytes right before that offset. The
// fingerprint catches a file truncated and grown past the offset again between two looks, where the size alone would
// not show it. It spans several lines: EVE lines often end alike ("severity":2}}), their timestamps differ.
internal sealed record TailPosition(string Path, FileIdentity Identity, long Offset, byte[] Fingerprint)
{
    public static int SpanBefore(long offset) => (int)Math.Min(offset, 4096);

    // bytesEndingAtOffset holds at least SpanBefore(offset) bytes.
    public static byte[] FingerprintOf(ReadOnlySpan<byte> bytesEndingAtOffset, long offset) =>
        SHA256.HashData(bytesEndingAtOffset[^SpanBefore(offset)..]);
}
