using Microsoft.EntityFrameworkCore;
using PartnerHub.Features.Billing;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Billing;

/// <summary>
/// The counter alone, without the in-hub queue: as if 50 hub instances issued in one series at once, each in its own
/// transaction on its own connection. Every one ends with a number, and together they are 1…50.
/// </summary>
public class InvoiceNumberingTests(HubAppFactory app)
{
    [Fact]
    public async Task TryTake_FiftyConcurrentIssuersWithoutQueue_TakeFiftyNumbersWithoutGapOrDuplicate()
    {
        var billing = await BillingTestData.NewIssuerAsync(app);

        var taken = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(() => TakeOneAsync(billing.IssuerId))));

        taken.Order().ShouldBe(Enumerable.Range(1, 50).Select(n => (long)n));
        await using var db = app.CreateContext(TenantScope.System);
        (await db.InvoiceNumberCounters.SingleAsync(c => c.IssuerId == billing.IssuerId, TestContext.Current.CancellationToken)).LastNumber.ShouldBe(50);
    }

    [Fact]
    public async Task TryTake_RolledBack_GivesTheNumberBack()
    {
        var billing = await BillingTestData.NewIssuerAsync(app);
        await using var db = app.CreateContext(TenantScope.System);
        var cancellation = TestContext.Current.CancellationToken;

        await using (var failed = await db.Database.BeginTransactionAsync(cancellation))
        {
            (await InvoiceNumbering.TryTakeAsync(db, billing.IssuerId, 2026, "INV", 1, cancellation)).ShouldBeTrue();
            await failed.RollbackAsync(cancellation);
        }

        db.ChangeTracker.Clear();
        (await InvoiceNumbering.PeekNextAsync(db, billing.IssuerId, 2026, "INV", cancellation)).ShouldBe(1);
    }

    [Fact]
    public async Task TryTake_OutsideATransaction_Throws()
    {
        await using var db = app.CreateContext(TenantScope.System);

        await Should.ThrowAsync<InvalidOperationException>(() => InvoiceNumbering.TryTakeAsync(db, Guid.NewGuid(), 2026, "INV", 1, TestContext.Current.CancellationToken));
    }

    private async Task<long> TakeOneAsync(Guid issuerId)
    {
        var cancellation = TestContext.Current.CancellationToken;
        for (int attempt = 0; attempt < 500; attempt++)
        {
            await using var db = app.CreateContext(TenantScope.System);
            long next = await InvoiceNumbering.PeekNextAsync(db, issuerId, 2026, "INV", cancellation);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellation);
            if (await InvoiceNumbering.TryTakeAsync(db, issuerId, 2026, "INV", next, cancellation))
            {
                await transaction.CommitAsync(cancellation);
                return next;
            }

            await transaction.RollbackAsync(cancellation);
        }

        throw new InvalidOperationException("No number taken in 500 attempts.");
    }
}
