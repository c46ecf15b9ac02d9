using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Billing.Runs;
using PartnerHub.Domain.Money;
using PartnerHub.Infrastructure.Querying;

namespace PartnerHub.Features.Billing.Runs;

/// <summary>A run in the list of runs.</summary>
public sealed record InvoicingRunListItem(Guid Id, int Year, int Month, DateTimeOffset StartedAt, string StartedBy, DateTimeOffset? FinishedAt,
    InvoicingRunStatus Status, int InvoicesIssued, int LinesIssued, Yen AmountIssued, int ChargesAlreadyBilled, int InvoicesRefused, int ContractsRefused)
{
    public BillingMonth BillingMonth => new(Year, Month);
}

/// <summary>The runs and their reports, newest first; the tenant filter shows them to vendor users only.</summary>
public sealed class InvoicingRunQueries(IDbContextFactory<HubDbContext> contextFactory)
{
    public async Task<PagedResult<InvoicingRunListItem>> ListAsync(ListRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var runs = db.InvoicingRuns.AsNoTracking();
        int total = await runs.CountAsync(cancellationToken);
        var items = await runs.OrderByDescending(r => r.StartedAt).ThenBy(r => r.Id).Skip(request.Skip).Take(request.Take)
            .Select(r => new InvoicingRunListItem(r.Id, r.Year, r.Month, r.StartedAt, r.StartedBy, r.FinishedAt, r.Status, r.InvoicesIssued, r.LinesIssued,
                r.AmountIssued, r.ChargesAlreadyBilled, r.InvoicesRefused, r.ContractsRefused))
            .ToListAsync(cancellationToken);
        return new PagedResult<InvoicingRunListItem>(items, total);
    }

    /// <summary>The run without its problems (page those with <see cref="ProblemsAsync"/>); null when not found or not visible.</summary>
    public async Task<InvoicingRunListItem?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.InvoicingRuns.AsNoTracking().Where(r => r.Id == id)
            .Select(r => new InvoicingRunListItem(r.Id, r.Year, r.Month, r.StartedAt, r.StartedBy, r.FinishedAt, r.Status, r.InvoicesIssued, r.LinesIssued,
                r.AmountIssued, r.ChargesAlreadyBilled, r.InvoicesRefused, r.ContractsRefused))
            .SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>Issued documents of the user's organisation still without their PDF ("PDF pending").</summary>
    public async Task<int> PendingPdfCountAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        Guid issuer = db.Tenant.OwnOrganisationId;
        return await InvoicePdfPrinting.Pending(db).AsNoTracking().CountAsync(i => i.IssuerId == issuer, cancellationToken);
    }

    /// <summary>Why the run's failure stopped it, if it failed.</summary>
    public async Task<string?> FailureAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.InvoicingRuns.AsNoTracking().Where(r => r.Id == id).Select(r => r.FailureMessage).SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>The run's refusals: invoices first, then contracts, each by subject.</summary>
    public async Task<PagedResult<InvoicingRunProblem>> ProblemsAsync(Guid id, ListRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var problems = db.InvoicingRuns.AsNoTracking().Where(r => r.Id == id).SelectMany(r => r.Problems);
        int total = await problems.CountAsync(cancellationToken);
        var items = await problems.OrderBy(p => p.ContractId != null).ThenBy(p => p.Subject).ThenBy(p => p.Id)
            .Skip(request.Skip).Take(request.Take).ToListAsync(cancellationToken);
        return new PagedResult<InvoicingRunProblem>(items, total);
    }
}
