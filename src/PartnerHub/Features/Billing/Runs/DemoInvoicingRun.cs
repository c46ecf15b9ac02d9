using PartnerHub.Data;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Billing.Runs;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Billing.Runs;

/// <summary>
/// A real run of last month by the demo finance login, so the run list and a run report have something to show: it issues what
/// the demo contracts owe for that month (the demo invoices of this month are left alone), or is recorded as stopped where no
/// Chromium is installed to print. Before it, a first attempt at last month that stopped (printing failed), and a run of this month
/// the hub was stopped in the middle of (its record stays "issuing"), so the run list shows every status a run can have.
/// </summary>
public sealed class DemoInvoicingRun(IServiceScopeFactory scopes, HubDbContextOptions contextOptions, InvoicingRunner runner, TimeProvider clock)
    : IDemoDataContributor
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await DemoInvoices.ActAsFinanceAsync(scope.ServiceProvider, contextOptions, clock, cancellationToken);
        var lastMonth = BillingMonth.Of(JapaneseFormat.TokyoDate(clock.GetUtcNow()).AddMonths(-1));
        var user = scope.ServiceProvider.GetRequiredService<CurrentUser>();
        await RecordEarlierRunsAsync(user, lastMonth, cancellationToken);
        var (_, completion) = await runner.StartWithCompletionAsync(user, lastMonth, cancellationToken);
        await completion;
    }

    // Records only, through the run's own steps: neither issued anything (a stopped run keeps what it issued; these had issued nothing).
    private async Task RecordEarlierRunsAsync(CurrentUser user, BillingMonth lastMonth, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var scope = user.Scope;
        var stopped = new InvoicingRun(Guid.NewGuid(), scope.OwnOrganisationId, lastMonth, now.AddHours(-3), user.Name);
        stopped.Fail(now.AddHours(-3).AddMinutes(2), "PDF の印刷中に Chromium が応答しなくなりました。");
        var interrupted = new InvoicingRun(Guid.NewGuid(), scope.OwnOrganisationId, BillingMonth.Of(JapaneseFormat.TokyoDate(now)), now.AddHours(-1), user.Name);
        await using var db = contextOptions.Create(scope, clock);
        db.InvoicingRuns.AddRange(stopped, interrupted);
        await db.SaveChangesAsync(cancellationToken);
    }
}
