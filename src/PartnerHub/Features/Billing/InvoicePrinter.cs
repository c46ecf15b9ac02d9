using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using PartnerHub.Domain.Billing;
using PartnerHub.Domain.Billing.Invoices;
using PartnerHub.Features.Documents.Pdf;
using PartnerHub.Infrastructure.Localization;

namespace PartnerHub.Features.Billing;

/// <summary>
/// Prints the qualified invoice or credit note as issued: in Japanese (the stored legal document, whatever the finance user's
/// language), A4, with the BIZ UD fonts of every hub PDF, dates in 和暦 when Billing:JapaneseEraDates is set.
/// </summary>
public sealed class InvoicePrinter(IPdfRenderer renderer, IStringLocalizer<BillingStrings> strings, IOptions<BillingOptions> options)
{
    private static readonly CultureInfo s_japanese = CultureInfo.GetCultureInfo("ja");

    /// <summary>
    /// Prints <paramref name="invoice"/> exactly as issued: its committed number, issue date, issuer and totals, and the addresses
    /// kept at issue — never today's master data, so a PDF printed again later is the same document.
    /// </summary>
    public Task<byte[]> RenderAsync(Invoice invoice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        var document = invoice.AsIssued() ?? throw new InvalidOperationException("Only an issued invoice is printed.");
        string number = invoice.Number!;
        string title;
        using (CultureScope.Use(s_japanese))
        {
            title = invoice.Kind == InvoiceKind.CreditNote ? strings["DocumentTitleCreditNote"] : strings["DocumentTitleInvoice"];
        }

        var parameters = new Dictionary<string, object?>
        {
            [nameof(InvoiceDocument.Invoice)] = invoice,
            [nameof(InvoiceDocument.Document)] = document,
            [nameof(InvoiceDocument.Number)] = number,
            [nameof(InvoiceDocument.IssuedOn)] = JapaneseFormat.TokyoDate(invoice.IssuedAt!.Value),
            [nameof(InvoiceDocument.IssuerAddress)] = invoice.IssuerAddress,
            [nameof(InvoiceDocument.RecipientAddress)] = invoice.RecipientAddress,
            [nameof(InvoiceDocument.JapaneseEra)] = options.Value.JapaneseEraDates,
        };
        return renderer.RenderAsync<InvoiceDocument>(parameters,
            new PdfRenderOptions { Culture = s_japanese, Title = title, FooterText = $"{invoice.IssuerName} {number}" }, cancellationToken);
    }

    /// <summary>"〒123-4567 東京都…" from the parts present.</summary>
    public static string? AddressOf(string? postalCode, string? address)
    {
        var parts = new[] { postalCode is { Length: > 0 } postal ? JapaneseFormat.PostalCode(postal) : null, address }
            .Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        return parts.Count == 0 ? null : string.Join(" ", parts);
    }
}
