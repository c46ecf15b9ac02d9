using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Infrastructure.Attachments;
using PartnerHub.Infrastructure.Retention;

namespace PartnerHub.Features.Escalations;

/// <summary>
/// Erases what the customer told and sent in its support cases — hearing answers and attached files — once its data is
/// due for deletion. The cases themselves (numbers, dates, statuses, history) stay as the record of the support given.
/// </summary>
public sealed class CaseDataEraser(AttachmentStore store) : IEndedServiceDataEraser
{
    private const string By = "data-retention";

    public async Task EraseCustomerDataAsync(HubDbContext db, Guid customerId, ErasureWork work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(work);
        var cases = await db.SupportCases.Where(c => c.CustomerId == customerId).WithHistory().ToListAsync(cancellationToken);
        foreach (var supportCase in cases)
        {
            work.Count("hearing answers", supportCase.EraseHearingAnswers(work.At, By));
        }

        var caseIds = cases.Select(c => c.Id).ToList();
        var keys = await db.SupportCaseAttachments.Where(a => caseIds.Contains(a.CaseId)).Select(a => a.StorageKey).ToListAsync(cancellationToken);
        work.Count("case attachments", await db.SupportCaseAttachments.Where(a => caseIds.Contains(a.CaseId)).ExecuteDeleteAsync(cancellationToken));
        work.AfterCommit(() => keys.ForEach(store.Delete));
    }
}
