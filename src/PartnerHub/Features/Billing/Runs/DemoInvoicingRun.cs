using PartnerHub.Data;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Billing.Runs;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Billing.Runs;

/// <summary>
/// A real run of last month by the demo finance login, so the run list and a run report have something to show: it issues what
/// the demo contracts owe for that month (the demo invoices of this month are left alone), or is recorded as stopped where no
/// Chromium is installed to print.
/// </summary>
public sealed class DemoInvoicingRun(IServiceScopeFactory scopes, HubDbContextOptions contextOptions, InvoicingRunner runner, TimeProvider clock)
    : IDemoDataContributor
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await DemoInvoices.ActAsFinanceAsync(scope.ServiceProvider, contextOptions, clock, cancellationToken);
        var lastMonth = BillingMonth.Of(JapaneseFormat.TokyoDate(clock.GetUtcNow()).AddMonths(-1));
        var (_, completion) = await runner.StartWithCompletionAsync(scope.ServiceProvider.GetRequiredService<CurrentUser>(), lastMonth, cancellationToken);
        await completion;
    }
}
