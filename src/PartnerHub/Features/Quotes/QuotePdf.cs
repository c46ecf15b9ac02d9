using System.Globalization;
using Microsoft.Extensions.Localization;
using PartnerHub.Domain.Contracts.Terms;
using PartnerHub.Features.Documents.Pdf;
using PartnerHub.Infrastructure.Localization;

namespace PartnerHub.Features.Quotes;

/// <summary>Prints an issued quote (御見積書) addressed to the customer at the retail price.</summary>
public sealed class QuotePdf(IPdfRenderer renderer, IStringLocalizer<QuoteStrings> strings, IPlanPolicySource policies)
{
    public async Task<(byte[] Content, string FileName)> RenderAsync(QuoteDetail detail, CultureInfo culture, bool japaneseEra, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(detail);
        ArgumentNullException.ThrowIfNull(culture);
        string title;
        string fileName;
        using (CultureScope.Use(culture))
        {
            title = strings["DocumentTitle"];
            fileName = strings["FileName", detail.Quote.Number] + ".pdf";
        }

        var partner = detail.Partner;
        var parameters = new Dictionary<string, object?>
        {
            [nameof(QuoteDocument.Quote)] = detail.Quote,
            [nameof(QuoteDocument.CustomerName)] = detail.Customer.Name,
            [nameof(QuoteDocument.PartnerName)] = partner.Name,
            [nameof(QuoteDocument.PartnerAddress)] = string.Join(" ", new[] { partner.PostalCode is { } postal ? JapaneseFormat.PostalCode(postal) : null, partner.Address }.Where(p => !string.IsNullOrWhiteSpace(p))),
            [nameof(QuoteDocument.PartnerPhone)] = partner.Phone,
            [nameof(QuoteDocument.PartnerRegistrationNumber)] = partner.InvoiceRegistrationNumber,
            [nameof(QuoteDocument.JapaneseEra)] = japaneseEra,
            [nameof(QuoteDocument.Policies)] = await policies.CurrentAsync(cancellationToken),
        };
        var pdf = await renderer.RenderAsync<QuoteDocument>(parameters, new PdfRenderOptions { Culture = culture, Title = title, FooterText = detail.Quote.Number }, cancellationToken);
        return (pdf, fileName);
    }
}
