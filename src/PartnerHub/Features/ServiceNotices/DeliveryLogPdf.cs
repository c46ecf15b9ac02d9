using Microsoft.Extensions.Localization;
using PartnerHub.Domain.ServiceNotices;
using PartnerHub.Features.Documents.Pdf;
using PartnerHub.Infrastructure.Localization;

namespace PartnerHub.Features.ServiceNotices;

/// <summary>How many deliveries a channel has, and of those how many count as delivered (001 §21) and how many failed or came back.</summary>
public sealed record DeliveryChannelTotal(NoticeChannel Channel, int Deliveries, int DeemedDelivered, int Failed);

/// <summary>What the delivery log PDF prints: the notice, every row the user may read, the totals per channel.</summary>
public sealed record DeliveryLogDocumentModel(
    string NoticeTitle, string NoticeType, DateTimeOffset PublishedAt, DateTimeOffset IssuedAt, IReadOnlyList<DeliveryLogRow> Rows,
    IReadOnlyList<DeliveryChannelTotal> Totals)
{
    /// <summary>
    /// Per channel (board, e-mail, letter, another method), each present channel once; a letter that came back counts as delivered
    /// only under 003 §10-2 (not under 001 §21-3), and as returned either way.
    /// </summary>
    public static IReadOnlyList<DeliveryChannelTotal> TotalsOf(IEnumerable<DeliveryLogRow> rows) =>
        [.. rows.GroupBy(r => r.Channel).OrderBy(g => g.Key).Select(g => new DeliveryChannelTotal(g.Key, g.Count(), g.Count(r => r.IsDeemedDelivered),
            g.Count(r => r.State is DeliveryState.Failed or DeliveryState.LetterReturned or DeliveryState.LetterUndelivered)))];
}

/// <summary>Prints a notice's delivery log (A4 landscape, the header repeated on every page, totals at the end) and names the file.</summary>
public sealed class DeliveryLogPdf(IPdfRenderer renderer, NoticeComposer composer, TimeProvider clock, IStringLocalizer<ServiceNoticeStrings> strings)
{
    public async Task<(byte[] Content, string FileName)> RenderAsync(ServiceNotice notice, IReadOnlyList<DeliveryLogRow> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(rows);
        var culture = System.Globalization.CultureInfo.CurrentUICulture;
        var composed = composer.Compose(notice, culture);
        var now = clock.GetUtcNow();
        var model = new DeliveryLogDocumentModel(composed.Title, composed.TypeName, notice.PublishedAt, now, rows, DeliveryLogDocumentModel.TotalsOf(rows));
        var pdf = await renderer.RenderAsync<DeliveryLogDocument>(
            new Dictionary<string, object?> { [nameof(DeliveryLogDocument.Log)] = model },
            new PdfRenderOptions
            {
                Culture = culture,
                Orientation = PdfOrientation.Landscape,
                Title = strings["DeliveryLog_PdfTitle", composed.Title],
                FooterText = strings["DeliveryLog_PdfFooter", JapaneseFormat.ShortDateTime(now)],
            },
            cancellationToken);
        return (pdf, Documents.Downloads.ExportFileName.For(strings["DeliveryLog"], [], now, "pdf"));
    }
}
