using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PartnerHub.Data;
using PartnerHub.Domain.Escalations;
using PartnerHub.Features.Documents.CustomerData;
using PartnerHub.Features.Documents.Excel;
using PartnerHub.Infrastructure.Attachments;

namespace PartnerHub.Features.Escalations;

/// <summary>The customer's inquiries, hearing answers and attached files, for the customer data export.</summary>
public sealed class CaseDataSheets(IStringLocalizer<CustomerDataStrings> strings, IStringLocalizer<EscalationStrings> caseStrings, AttachmentStore store)
    : ICustomerDataExporter
{
    public async Task AddToAsync(HubDbContext db, Guid customerId, CustomerDataPackage package, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(package);
        var cases = await db.SupportCases.AsNoTracking().Where(c => c.CustomerId == customerId).WithHistory().OrderBy(c => c.OpenedAt).ToListAsync(cancellationToken);
        package.AddSheet(new ExcelExport<SupportCase>()
            .Text(strings["CaseNumber"], c => c.Number, width: 18)
            .Text(strings["Subject"], c => c.Subject, width: 40)
            .Text(strings["Status"], c => caseStrings["Status_" + c.Status], width: 16)
            .DateTime(strings["OpenedAt"], c => c.OpenedAt)
            .DateTime(strings["ClosedAt"], c => c.ClosedAt)
            .ToSheet(strings["Sheet_Cases"], cases));
        package.AddSheet(new ExcelExport<(string Case, HearingAnswer Answer)>()
            .Text(strings["CaseNumber"], r => r.Case, width: 18)
            .Text(strings["Question"], r => r.Answer.QuestionKey, width: 24)
            .Text(strings["Answer"], r => r.Answer.Value, width: 60)
            .ToSheet(strings["Sheet_Hearing"], cases.SelectMany(c => c.HearingAnswers.Select(a => (c.Number, a))).ToList()));
        var numbers = cases.ToDictionary(c => c.Id, c => c.Number);
        var caseIds = numbers.Keys.ToList();
        var attachments = await db.SupportCaseAttachments.AsNoTracking().Where(a => caseIds.Contains(a.CaseId)).OrderBy(a => a.At).ToListAsync(cancellationToken);
        foreach (var attachment in attachments)
        {
            package.AddFile($"attachments/{numbers[attachment.CaseId]}/{PartnerHub.Features.Documents.Downloads.DocumentDownload.SafeFileName(attachment.FileName)}", () => store.OpenRead(attachment.StorageKey));
        }
    }
}
