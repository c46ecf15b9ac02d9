using System.Globalization;

namespace ApplianceBridge.Shipping;

// A rotated eve.json and when it was last written, in the order the writer left the files: by last write, and within
// one clock tick by rotation name (logrotate shifts numbers, so eve.json.2 is older than eve.json.1; dated or
// timestamped names, from dateext or Suricata's own rotation, grow with time).
internal sealed record RotatedFile(string Path, FileIdentity Identity, DateTime LastWriteUtc)
{
    private const int MaxRotationIndexDigits = 6;

    public static IComparer<RotatedFile> Order { get; } = Comparer<RotatedFile>.Create(Compare);

    public static int Compare(RotatedFile? a, RotatedFile? b)
    {
        if (a is null || b is null)
        {
            return a is null ? (b is null ? 0 : -1) : 1;
        }

        int byTime = a.LastWriteUtc.CompareTo(b.LastWriteUtc);
        return byTime != 0 ? byTime : CompareNames(System.IO.Path.GetFileName(a.Path), System.IO.Path.GetFileName(b.Path));
    }

    private static int CompareNames(string a, string b) =>
        RotationIndex(a) is { } older && RotationIndex(b) is { } newer
            ? newer.CompareTo(older)
            : string.CompareOrdinal(a, b);

    // The N of eve.json.N; a longer number (eve.json.1733600000) is a timestamp, which sorts as text.
    private static long? RotationIndex(string name)
    {
        int separator = name.LastIndexOfAny(['.', '-']);
        string suffix = name[(separator + 1)..];
        return suffix.Length is > 0 and <= MaxRotationIndexDigits && suffix.All(char.IsAsciiDigit)
            ? long.Parse(suffix, CultureInfo.InvariantCulture)
            : null;
    }
}
