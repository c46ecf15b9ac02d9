using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Billing.Invoices;
using PartnerHub.Domain.Billing.Runs;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Billing.Runs;

/// <summary>
/// One run: plans the month again from the data as they are now (so it issues what the preview showed, unless a contract changed
/// since), then issues each partner's invoice in a transaction of its own through <see cref="IssueInvoice.IssueDraftAsync"/> —
/// the draft is stored with its number, PDF and hash, or not at all. An invoice the law's check refuses (no registration number,
/// credits above a rate's charges) is reported and not stored; its charges stay unbilled for the next run. The record is
/// updated after every invoice, so the report shows what was done even if the hub stops midway.
/// </summary>
public sealed class InvoicingRunJob(InvoicingPlanner planner, IssueInvoice issue, HubDbContextOptions contextOptions, TimeProvider clock, ILogger<InvoicingRunJob> logger)
{
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
            foreach (var planned in plan.Invoices)
            {
                await IssueAsync(scope, run, planned, cancellationToken);
                await runDb.SaveChangesAsync(cancellationToken);
                progress.OneDone();
            }

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

    private async Task IssueAsync(TenantScope scope, InvoicingRun run, PlannedInvoice planned, CancellationToken cancellationToken)
    {
        if (!planned.CanIssue)
        {
            run.Refused(planned.PartnerId, planned.PartnerName, string.Join(",", planned.Defects));
            return;
        }

        await using var db = contextOptions.Create(scope, clock);
        if (!await MarkPendingChargesBilledAsync(db, planned.Draft, run.StartedBy, cancellationToken))
        {
            run.Refused(planned.PartnerId, planned.PartnerName, "PendingChargeChanged");
            return;
        }

        db.Invoices.Add(planned.Draft);
        var result = await issue.IssueDraftAsync(db, planned.Draft, run.StartedBy, cancellationToken);
        if (result.Number is null)
        {
            run.Refused(planned.PartnerId, planned.PartnerName, result.Defects.Count > 0 ? string.Join(",", result.Defects) : result.Problem.ToString()!);
            return;
        }

        run.Issued(planned.Draft.Items.Count, planned.Draft.GrandTotal);
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
        var now = clock.GetUtcNow();
        return charges.Count == ids.Count && charges.All(c => c.MarkBilled(draft.Id, now, by));
    }
}
