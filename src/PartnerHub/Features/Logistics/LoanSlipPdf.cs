using System.Globalization;
using Microsoft.Extensions.Localization;
using PartnerHub.Features.Documents.Pdf;
using PartnerHub.Infrastructure.Localization;

namespace PartnerHub.Features.Logistics;

/// <summary>Prints the equipment loan slip (機器類貸出書, 003 §15) that travels with a shipment.</summary>
public sealed class LoanSlipPdf(IPdfRenderer renderer, IStringLocalizer<LogisticsStrings> strings)
{
    public async Task<(byte[] Content, string FileName)> RenderAsync(KittingDetail detail, CultureInfo culture, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(detail);
        string title;
        string fileName;
        using (CultureScope.Use(culture))
        {
            title = strings["LoanSlipTitle"];
            fileName = strings["LoanSlipFile", detail.ContractNumber] + ".pdf";
        }

        var pdf = await renderer.RenderAsync<LoanSlipDocument>(
            new Dictionary<string, object?> { [nameof(LoanSlipDocument.Detail)] = detail },
            new PdfRenderOptions { Culture = culture, Title = title, FooterText = detail.ContractNumber }, cancellationToken);
        return (pdf, fileName);
    }
}
