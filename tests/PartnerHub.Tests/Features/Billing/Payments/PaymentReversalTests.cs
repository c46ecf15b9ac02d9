using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Accounting;
using PartnerHub.Domain.Billing.Payments;
using PartnerHub.Domain.Money;
using PartnerHub.Domain.Partners;
using PartnerHub.Features.Billing.Exports;
using PartnerHub.Features.Billing.Payments;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Billing.Payments;

/// <summary>
/// Finance reverses a payment the bank took back: invoices re-open, credit disappears, the payment stays as reversed and is
/// audited; a partner sees the reversal on its statement, never another partner's; only finance may reverse.
/// </summary>
public class PaymentReversalTests(HubAppFactory app)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Reverse_PaymentSettlingTwoInvoicesWithCredit_ReopensBothAndRemovesTheCredit()
    {
        // A partner of this test's own: ¥110,000 (A, older) and ¥55,000 (B) are invoiced; ¥180,000 arrives and settles both
        // oldest first, leaving ¥15,000 credit. The bank takes the ¥180,000 back.
        var data = await PaymentTestData.CreateAsync(app);
        var partner = await BillingTestData.NewPartnerAsync(app);
        var a = await IssuedAsync(data, partner, 110_000, PaymentTestData.Today.AddDays(-30));
        var b = await IssuedAsync(data, partner, 55_000, PaymentTestData.Today.AddDays(-20));
        var paymentId = (await data.RecordAsync(partner, 180_000)).PaymentId!.Value;
        var before = await BalanceOfAsync(data, partner);

        var result = await ReverseAsync(data, paymentId, "組戻し：振込先誤り");

        var after = await BalanceOfAsync(data, partner);
        result.PaymentId.ShouldBe(paymentId);
        (before.Paid, before.Open, before.Credit).ShouldBe((new Yen(180_000), Yen.Zero, new Yen(15_000)));
        (after.Paid, after.Open, after.Credit).ShouldBe((Yen.Zero, new Yen(165_000), Yen.Zero));
        (await data.BalanceAsync(a))!.Open.ShouldBe(new Yen(110_000));
        (await data.BalanceAsync(b))!.Open.ShouldBe(new Yen(55_000));
        var detail = (await data.PaymentAsync(paymentId))!;
        detail.Payment.IsReversed.ShouldBeTrue();
        detail.Payment.ReversalReason.ShouldBe("組戻し：振込先誤り");
        detail.Payment.Amount.ShouldBe(new Yen(180_000));
        detail.Allocations.ShouldBeEmpty();
        await using var db = app.CreateContext(TenantScope.System);
        var audit = await db.AuditEntries.AsNoTracking().Where(e => e.EntityType == nameof(Payment) && e.EntityId == paymentId.ToString())
            .Select(e => e.Changes).ToListAsync(Token);
        audit.Select(c => JsonDocument.Parse(c).RootElement)
            .Where(c => c.TryGetProperty(nameof(Payment.ReversalReason), out var reason) && reason.GetProperty("after").ValueKind == JsonValueKind.String)
            .ShouldHaveSingleItem().GetProperty(nameof(Payment.ReversalReason)).GetProperty("after").GetString().ShouldBe("組戻し：振込先誤り");
    }

    [Fact]
    public async Task Reverse_CreditAlreadySpentOnALaterInvoice_IsRefusedNamingItAndChangesNothing()
    {
        var data = await PaymentTestData.CreateAsync(app);
        var partner = await BillingTestData.NewPartnerAsync(app);
        var earlier = await IssuedAsync(data, partner, 110_000, PaymentTestData.Today.AddDays(-30));
        var paymentId = (await data.RecordAsync(partner, 120_000, on: PaymentTestData.Today.AddDays(-20))).PaymentId!.Value;
        var later = await IssuedAsync(data, partner, 55_000, PaymentTestData.Today.AddDays(-5));
        (await data.AsFinanceAsync(s => s.GetRequiredService<AllocatePayment>().ExecuteAsync(paymentId, later, 10_000, Token))).PaymentId.ShouldBe(paymentId);
        string laterNumber = (await data.BalanceAsync(later))!.Number;

        var refused = await ReverseAsync(data, paymentId, "組戻し");
        string message = await data.AsFinanceAsync(s => Task.FromResult(PaymentMessages.For(s.GetRequiredService<IStringLocalizer<PaymentStrings>>(), refused)));

        refused.Refusal.ShouldBe(PaymentRefusal.CreditAlreadyUsed);
        message.ShouldContain(laterNumber);
        (await data.PaymentAsync(paymentId))!.Payment.IsReversed.ShouldBeFalse();
        (await data.BalanceAsync(earlier))!.Open.ShouldBe(Yen.Zero);
        (await data.BalanceAsync(later))!.Open.ShouldBe(new Yen(45_000));

        // Finance releases the spent credit knowingly; then the reversal goes through and both invoices are open in full.
        var allocation = (await data.PaymentAsync(paymentId))!.Allocations.Single(l => l.InvoiceId == later).AllocationId;
        (await data.AsFinanceAsync(s => s.GetRequiredService<AllocatePayment>().ReleaseAsync(paymentId, allocation, Token))).PaymentId.ShouldBe(paymentId);
        (await ReverseAsync(data, paymentId, "組戻し")).PaymentId.ShouldBe(paymentId);
        (await data.BalanceAsync(earlier))!.Open.ShouldBe(new Yen(110_000));
        (await data.BalanceAsync(later))!.Open.ShouldBe(new Yen(55_000));
    }

    [Fact]
    public async Task Reverse_WithoutReasonOrTwice_IsRefused()
    {
        var data = await PaymentTestData.CreateAsync(app);
        var paymentId = (await data.RecordAsync(DemoOrganisations.MinatoPartner, PaymentTestData.UniqueAmount(), allocate: false)).PaymentId!.Value;

        var blank = await ReverseAsync(data, paymentId, "  ");
        var tooLong = await ReverseAsync(data, paymentId, new string('x', ReversePayment.MaxReasonLength + 1));
        var first = await ReverseAsync(data, paymentId, "組戻し");
        var second = await ReverseAsync(data, paymentId, "組戻し");

        blank.Refusal.ShouldBe(PaymentRefusal.ReversalReasonMissing);
        tooLong.Problem.ShouldBe(PaymentProblem.InvalidInput);
        first.PaymentId.ShouldBe(paymentId);
        second.Refusal.ShouldBe(PaymentRefusal.AlreadyReversed);
    }

    [Theory]
    [InlineData(HubRoles.PartnerAdmin)]
    [InlineData(HubRoles.PartnerStaff)]
    [InlineData(HubRoles.VendorAdmin)]
    public async Task Reverse_AsAnyoneButFinance_IsNotAllowedAndChangesNothing(string role)
    {
        var data = await PaymentTestData.CreateAsync(app);
        var paymentId = (await data.RecordAsync(DemoOrganisations.MinatoPartner, PaymentTestData.UniqueAmount(), allocate: false)).PaymentId!.Value;
        var scope = role == HubRoles.VendorAdmin ? TestScopes.VendorAdmin : TestScopes.MinatoStaff;

        await using var asUser = app.ScopeFor(scope, role);
        var result = await asUser.ServiceProvider.GetRequiredService<ReversePayment>().ExecuteAsync(paymentId, "組戻し", Token);

        result.Problem.ShouldBe(PaymentProblem.NotAllowed);
        (await data.PaymentAsync(paymentId))!.Payment.IsReversed.ShouldBeFalse();
    }

    [Fact]
    public async Task Statement_ReversedPayment_IsShownToItsPartnerOnly()
    {
        var data = await PaymentTestData.CreateAsync(app);
        var partner = await BillingTestData.NewPartnerAsync(app);
        await IssuedAsync(data, partner, 110_000, PaymentTestData.Today.AddDays(-10));
        var paymentId = (await data.RecordAsync(partner, 110_000)).PaymentId!.Value;
        string reason = "組戻し：二重振込 " + paymentId.ToString("N")[..6];
        (await ReverseAsync(data, paymentId, reason)).PaymentId.ShouldBe(paymentId);
        var month = YearMonth.Of(PaymentTestData.Today);
        var own = new TenantScope("u-rev-" + partner.ToString("N")[..6], "staff@reversal.example", partner, OrganisationKind.SalesPartner);

        PartnerStatement? seen;
        IReadOnlyList<PartnerBalance> balances;
        await using (var scope = app.ScopeFor(own, HubRoles.PartnerStaff))
        {
            seen = await scope.ServiceProvider.GetRequiredService<StatementQueries>().GetAsync(partner, month, Token);
            balances = await scope.ServiceProvider.GetRequiredService<ReceivableQueries>().BalancesAsync(PaymentTestData.Today, Token);
        }

        PartnerStatement? otherAsks;
        PartnerStatement? othersOwn;
        await using (var scope = app.ScopeFor(TestScopes.MinatoStaff, HubRoles.PartnerStaff))
        {
            otherAsks = await scope.ServiceProvider.GetRequiredService<StatementQueries>().GetAsync(partner, month, Token);
            othersOwn = await scope.ServiceProvider.GetRequiredService<StatementQueries>().GetAsync(DemoOrganisations.MinatoPartner, month, Token);
        }

        var reversal = seen.ShouldNotBeNull().Reversals.ShouldHaveSingleItem();
        (reversal.Amount, reversal.Reason, reversal.ReceivedOn).ShouldBe((new Yen(110_000), reason, PaymentTestData.Today));
        var balance = balances.ShouldHaveSingleItem();
        (balance.PartnerId, balance.Paid, balance.Open, balance.Credit).ShouldBe((partner, Yen.Zero, new Yen(110_000), Yen.Zero));
        otherAsks.ShouldBeNull();
        othersOwn.ShouldNotBeNull().Reversals.ShouldNotContain(r => r.Reason == reason);
    }

    [Fact]
    public async Task PaymentPage_Reversed_PartnerSeesTheReversalAndNoAction()
    {
        var data = await PaymentTestData.CreateAsync(app);
        long amount = PaymentTestData.UniqueAmount();
        var paymentId = (await data.RecordAsync(DemoOrganisations.MinatoPartner, amount, allocate: false)).PaymentId!.Value;
        (await ReverseAsync(data, paymentId, "組戻し：誤振込")).PaymentId.ShouldBe(paymentId);
        var client = await HubSession.SignInAsync(app, "staff@minato.example");

        var body = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"/billing/payments/{paymentId}", UriKind.Relative), Token));

        body.ShouldContain("data-testid=\"payment-reversed\"");
        body.ShouldContain("組戻し：誤振込");
        body.ShouldNotContain("data-testid=\"payment-reverse\"");
    }

    [Fact]
    public async Task PaymentPage_AsFinance_OffersTheReverseAction()
    {
        var data = await PaymentTestData.CreateAsync(app);
        var paymentId = (await data.RecordAsync(DemoOrganisations.MinatoPartner, PaymentTestData.UniqueAmount(), allocate: false)).PaymentId!.Value;
        var client = await HubSession.SignInAsync(app, "finance@vendor.example");

        var body = await client.GetStringAsync(new Uri($"/billing/payments/{paymentId}", UriKind.Relative), Token);

        body.ShouldContain("data-testid=\"payment-reverse\"");
    }

    internal static async Task<Guid> IssuedAsync(PaymentTestData data, Guid partner, long amount, DateOnly billedOn)
    {
        var id = await data.Billing.DraftAsync(partner, amount, billedOn);
        (await data.Billing.IssueAsync(id)).Number.ShouldNotBeNull();
        return id;
    }

    private static Task<PaymentChangeResult> ReverseAsync(PaymentTestData data, Guid paymentId, string reason) =>
        data.AsFinanceAsync(s => s.GetRequiredService<ReversePayment>().ExecuteAsync(paymentId, reason, Token));

    private static async Task<PartnerBalance> BalanceOfAsync(PaymentTestData data, Guid partner) =>
        (await data.AsFinanceAsync(s => s.GetRequiredService<ReceivableQueries>().BalanceOfAsync(partner, PaymentTestData.Today, Token)))!;
}
