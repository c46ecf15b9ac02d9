using System.Globalization;
using Microsoft.Extensions.Localization;
using PartnerHub.Features.Documents.Pdf;
using PartnerHub.Infrastructure.Localization;

namespace PartnerHub.Features.Organisations.Documents;

/// <summary>Prints an organisation's master sheet and names the file; the download endpoint only adds the query and the response.</summary>
public sealed class OrganisationMasterSheetPdf(IPdfRenderer renderer, TimeProvider clock, IStringLocalizer<OrganisationMasterSheetDocument> strings)
{
    public async Task<(byte[] Content, string FileName)> RenderAsync(
        OrganisationMasterSheet sheet, CultureInfo culture, bool japaneseEra, string? issuedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(culture);
        DateOnly today = JapaneseFormat.TokyoDate(clock.GetUtcNow());
        string title;
        string fileName;
        string footer;
        using (CultureScope.Use(culture))
        {
            title = strings["Title"];
            footer = strings["Footer", sheet.Name];
            fileName = strings["FileName", sheet.Name, today.ToString("yyyyMMdd", CultureInfo.InvariantCulture)] + ".pdf";
        }

        var parameters = new Dictionary<string, object?>
        {
            [nameof(OrganisationMasterSheetDocument.Sheet)] = sheet,
            [nameof(OrganisationMasterSheetDocument.IssueDate)] = today,
            [nameof(OrganisationMasterSheetDocument.JapaneseEra)] = japaneseEra,
            [nameof(OrganisationMasterSheetDocument.IssuedBy)] = issuedBy,
        };
        var options = new PdfRenderOptions { Culture = culture, Title = title, FooterText = footer };
        byte[] pdf = await renderer.RenderAsync<OrganisationMasterSheetDocument>(parameters, options, cancellationToken);
        return (pdf, fileName);
    }
}
