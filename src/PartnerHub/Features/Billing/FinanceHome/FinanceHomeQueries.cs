using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Accounting;
using PartnerHub.Domain.Billing;
using PartnerHub.Domain.Billing.Invoices;
using PartnerHub.Domain.Money;
using PartnerHub.Features.Billing.Exports;
using PartnerHub.Infrastructure.Localization;

namespace PartnerHub.Features.Billing.FinanceHome;

/// <summary>
/// The finance role's landing figures: receivables and what of them is overdue (from <see cref="IOpenReceivableSource"/>, so
/// payments count once they exist), revenue recognised this month and still deferred, drafts waiting, and the latest issued
/// documents. Today is Tokyo's.
/// </summary>
public sealed class FinanceHomeQueries(
    IDbContextFactory<HubDbContext> contextFactory, IOpenReceivableSource receivables, DeferredRevenueQueries deferredRevenue, TimeProvider clock)
{
    public const int RecentCount = 8;

    public async Task<FinanceSummary> GetAsync(CancellationToken cancellationToken = default)
    {
        var today = JapaneseFormat.TokyoDate(clock.GetUtcNow());
        var month = YearMonth.Of(today);
        var all = new ReceivableFilter();
        var open = await receivables.OpenAsync(all, today, cancellationToken);
        var overdue = open.Where(o => ReceivableAging.DaysPastDue(o.DueDate, today) > 0).ToList();
        var (recognised, deferred) = await deferredRevenue.MonthAsync(all, month, cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var drafts = await db.Invoices.CountAsync(i => i.Status == InvoiceStatus.Draft, cancellationToken);
        var issuedThisMonth = await db.Invoices.CountAsync(
            i => i.Status != InvoiceStatus.Draft && i.TransactionDate >= month.FirstDay && i.TransactionDate <= month.LastDay, cancellationToken);
        var recent = await db.Invoices.AsNoTracking().Where(i => i.Status != InvoiceStatus.Draft)
            .OrderByDescending(i => i.IssuedAt).ThenByDescending(i => i.Number)
            .Take(RecentCount)
            .Select(i => new RecentDocument(i.Id, i.Number ?? string.Empty, i.Kind, i.RecipientName, i.TransactionDate, i.GrandTotal, i.Status))
            .ToListAsync(cancellationToken);
        return new FinanceSummary(
            today, month, Yen.Sum(open.Select(o => o.OpenAmount)), Yen.Sum(overdue.Select(o => o.OpenAmount)), overdue.Count,
            recognised, deferred, drafts, issuedThisMonth, recent);
    }
}

/// <summary>The finance home's figures.</summary>
public sealed record FinanceSummary(
    DateOnly Today, YearMonth Month, Yen Receivables, Yen Overdue, int OverdueInvoices, Yen RecognisedThisMonth, Yen DeferredAtMonthEnd,
    int Drafts, int IssuedThisMonth, IReadOnlyList<RecentDocument> Recent);

public sealed record RecentDocument(Guid Id, string Number, InvoiceKind Kind, string Counterparty, DateOnly TransactionDate, Yen GrandTotal, InvoiceStatus Status);
