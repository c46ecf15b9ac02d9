using System.Globalization;
using Microsoft.Extensions.Localization;
using PartnerHub.Features.Documents.Pdf;
using PartnerHub.Infrastructure.Localization;

namespace PartnerHub.Features.Returns;

/// <summary>Prints the return receipt (貸出機器類受領書, 003 §15-3): issuing it to the customer completes the return.</summary>
public sealed class ReturnReceiptPdf(IPdfRenderer renderer, IStringLocalizer<ReturnStrings> strings)
{
    public async Task<(byte[] Content, string FileName)> RenderAsync(ReturnDetail detail, CultureInfo culture, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(detail);
        string title;
        string fileName;
        using (CultureScope.Use(culture))
        {
            title = strings["ReceiptTitle"];
            fileName = strings["ReceiptFile", detail.ContractNumber, detail.Task.SerialNumber] + ".pdf";
        }

        var pdf = await renderer.RenderAsync<ReturnReceiptDocument>(
            new Dictionary<string, object?> { [nameof(ReturnReceiptDocument.Detail)] = detail },
            new PdfRenderOptions { Culture = culture, Title = title, FooterText = detail.ContractNumber + " / " + detail.Task.SerialNumber }, cancellationToken);
        return (pdf, fileName);
    }
}
