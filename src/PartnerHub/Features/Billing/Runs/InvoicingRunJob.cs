using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Billing.Invoices;
using PartnerHub.Domain.Billing.Pending;
using PartnerHub.Domain.Billing.Runs;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Billing.Runs;

/// <summary>
/// One run: plans the month again from the data as they are now (so it issues what the preview showed, unless a contract changed
/// since), first prints the PDFs earlier issues left pending, then issues the partners' invoices in batches — each batch in one
/// transaction through <see cref="IssueInvoice.IssueDraftsAsync"/>, numbered consecutively or not stored at all — and finally prints
/// their PDFs in parallel (<see cref="InvoicePdfPrinting"/>); one that fails stays "PDF pending", shown on the report and printed by
/// the next run or on demand. An invoice the law's check refuses (no registration number, credits above a rate's charges) is
/// reported and not stored; its charges stay unbilled for the next run. The record is updated after every batch, so the report
/// shows what was done even if the hub stops midway.
/// </summary>
public sealed class InvoicingRunJob(
    InvoicingPlanner planner, IssueInvoice issue, InvoicePdfPrinting pdfs, HubDbContextOptions contextOptions, TimeProvider clock, ILogger<InvoicingRunJob> logger)
{
    // Invoices per issuing transaction: one partner's invoice each, lines included (~80 lines an invoice at 50,000 contracts).
    private const int IssueBatch = 50;

    public async Task RunAsync(TenantScope scope, Guid runId, InvoicingRunProgress progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(progress);
        await using var runDb = contextOptions.Create(scope, clock);
        var run = await runDb.InvoicingRuns.SingleAsync(r => r.Id == runId, cancellationToken);
        try
        {
            var plan = await planner.PlanAsync(scope, run.BillingMonth, cancellationToken);
            run.Plan(plan.Invoices.Count, plan.AlreadyBilled, plan.RefusedContracts);
            await runDb.SaveChangesAsync(cancellationToken);
            progress.PlanReady(plan.Invoices.Count);
            await pdfs.PrintPendingAsync(scope, run.IssuerId, cancellationToken);

            List<Guid> issued = [];
            foreach (var planned in plan.Invoices.Where(p => !p.CanIssue))
            {
                run.Refused(planned.PartnerId, planned.PartnerName, string.Join(",", planned.Defects));
                progress.OneDone();
            }

            foreach (var batch in plan.Invoices.Where(p => p.CanIssue).Chunk(IssueBatch))
            {
                issued.AddRange(await IssueAsync(scope, run, batch, progress, cancellationToken));
                await runDb.SaveChangesAsync(cancellationToken);
            }

            progress.NumbersTaken();
            await pdfs.PrintAsync(scope, issued, progress.OneDone, cancellationToken);
            run.Complete(clock.GetUtcNow());
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Whatever stops it (the database, Chromium), the record says so: what was issued stays issued, a new run bills the rest.
            logger.LogError(exception, "Invoicing run {RunId} for {Month} stopped", runId, run.BillingMonth);
            run.Fail(clock.GetUtcNow(), exception.Message);
        }

        await runDb.SaveChangesAsync(CancellationToken.None);
    }

    // Issues a batch in one transaction; returns the ids of those issued (their PDFs come after).
    private async Task<IEnumerable<Guid>> IssueAsync(TenantScope scope, InvoicingRun run, PlannedInvoice[] batch, InvoicingRunProgress progress,
        CancellationToken cancellationToken)
    {
        await using var db = contextOptions.Create(scope, clock);
        List<PlannedInvoice> ready = [];
        foreach (var planned in batch)
        {
            if (await MarkPendingChargesBilledAsync(db, planned.Draft, run.StartedBy, cancellationToken))
            {
                ready.Add(planned);
                continue;
            }

            run.Refused(planned.PartnerId, planned.PartnerName, "PendingChargeChanged");
            progress.OneDone();
        }

        batch = [.. ready];
        var drafts = batch.Select(p => p.Draft).ToList();
        db.Invoices.AddRange(drafts);
        var results = await issue.IssueDraftsAsync(db, drafts, run.StartedBy, cancellationToken);
        List<Guid> issued = [];
        for (int i = 0; i < batch.Length; i++)
        {
            var (planned, result) = (batch[i], results[i]);
            if (result.Number is null)
            {
                run.Refused(planned.PartnerId, planned.PartnerName, result.Defects.Count > 0 ? string.Join(",", result.Defects) : result.Problem.ToString()!);
                progress.OneDone();
                continue;
            }

            run.Issued(planned.Draft.Items.Count, planned.Draft.GrandTotal);
            issued.Add(planned.Draft.Id);
        }

        return issued;
    }

    // The pending charges the draft bills are marked billed in the invoice's own transaction (saved with it, or not at all); one waived
    // or billed since the plan was made refuses the invoice, and the next run plans without it.
    private async Task<bool> MarkPendingChargesBilledAsync(HubDbContext db, Invoice draft, string by, CancellationToken cancellationToken)
    {
        var ids = draft.Items.Where(i => i.SourcePendingChargeId is not null).Select(i => i.SourcePendingChargeId!.Value).ToList();
        if (ids.Count == 0)
        {
            return true;
        }

        var charges = await db.PendingCharges.Where(c => ids.Contains(c.Id)).ToListAsync(cancellationToken);
        if (charges.Count != ids.Count || charges.Any(c => c.Status != PendingChargeStatus.Pending))
        {
            return false;
        }

        // Saved by the batch's issuing transaction, with the invoice (which the run only hands over once its law check passed).
        var now = clock.GetUtcNow();
        return charges.All(c => c.MarkBilled(draft.Id, now, by));
    }
}
