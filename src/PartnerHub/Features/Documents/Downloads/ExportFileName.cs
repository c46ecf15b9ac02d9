using System.Globalization;
using PartnerHub.Infrastructure.Localization;

namespace PartnerHub.Features.Documents.Downloads;

/// <summary>
/// Names an export after what it holds: the list, each filter in force and the Tokyo time it was taken, e.g.
/// 契約一覧_稼働中_みなと_20261206-1430.xlsx. Two exports of the same list with different filters never look alike.
/// </summary>
public static class ExportFileName
{
    public static string For(string listName, IEnumerable<string?> filters, DateTimeOffset takenAt, string extension)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(listName);
        ArgumentNullException.ThrowIfNull(filters);
        var parts = new List<string> { listName };
        parts.AddRange(filters.Where(f => !string.IsNullOrWhiteSpace(f)).Select(f => Shorten(f!.Trim())));
        parts.Add(JapaneseFormat.ToTokyo(takenAt).ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture));
        return DocumentDownload.SafeFileName(string.Join('_', parts) + "." + extension);
    }

    // A search term is user input: keep file names within what every file system accepts.
    private static string Shorten(string filter) => filter.Length <= 30 ? filter : filter[..30];
}
