using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Billing.Payments;
using PartnerHub.Domain.Money;
using PartnerHub.Domain.Partners;
using PartnerHub.Features.Billing.Payments;
using PartnerHub.Infrastructure.Querying;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Billing.Payments;

/// <summary>
/// Finance's 取消 work list: a bank 取消 record the import cannot turn into a reversal is kept (once, however often imported), listed
/// for finance only, and resolved by matching it to a payment (reversed) or dismissing it with a reason — or by a later import
/// that brings the payment it withdraws.
/// </summary>
public class BankCancellationTests(HubAppFactory app)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Import_CancellationOfNothingBooked_KeepsItOnTheWorkListWithItsBankFields()
    {
        var data = await PaymentTestData.CreateAsync(app);
        long amount = PaymentTestData.UniqueAmount();
        var file = PaymentTestData.NewFile()
            .Add(new ZenginNotice(4711, PaymentTestData.Today.AddDays(-1), amount, "ﾔﾏﾀﾞ ﾀﾛｳ", "ﾕｳﾁﾖ", "ｾﾞﾛｲﾁﾊﾁ", Cancelled: true));

        var report = await data.ImportAsync("torikeshi-1207.txt", file.ToBytes(lineBreaks: true));

        var record = report.Records.ShouldHaveSingleItem();
        record.Outcome.ShouldBe(ImportedRecordOutcome.CancellationUnmatched);
        var row = await RowAsync(data, record.WorkItemId.ShouldNotBeNull());
        (row.Status, row.Cause, row.Amount, row.PayerName, row.InquiryNumber).ShouldBe(
            (BankCancellationStatus.Open, BankCancellationCause.NoPayment, new Yen(amount), "ﾔﾏﾀﾞ ﾀﾛｳ", "004711"));
        (row.BookingDate, row.SourceFileName, row.SourceRecordNumber).ShouldBe((PaymentTestData.Today.AddDays(-1), "torikeshi-1207.txt", 2));
        row.Account.ShouldEndWith("-001-1234567");
        row.PrefilledReason.ShouldBe("全銀 取消区分 1: torikeshi-1207.txt #2");
    }

    [Fact]
    public async Task Import_SameCancellationAgain_KeepsOneItem()
    {
        var data = await PaymentTestData.CreateAsync(app);
        var bytes = PaymentTestData.NewFile()
            .Add(new ZenginNotice(12, PaymentTestData.Today, PaymentTestData.UniqueAmount(), "ｶ)ｻﾝﾌﾟﾙ", "ﾐｽﾞﾎ", "ﾀﾏﾁ", Cancelled: true)).ToBytes(lineBreaks: false);

        var first = await data.ImportAsync("a.txt", bytes);
        var second = await data.ImportAsync("a (1).txt", bytes);

        var id = first.Records.Single().WorkItemId.ShouldNotBeNull();
        second.Records.Single().WorkItemId.ShouldBe(id);
        second.Records.Single().Outcome.ShouldBe(ImportedRecordOutcome.CancellationUnmatched);
        await using var db = app.CreateContext(TenantScope.System);
        var identity = (await db.BankCancellations.AsNoTracking().SingleAsync(c => c.Id == id, Token)).RecordIdentity;
        (await db.BankCancellations.CountAsync(c => c.RecordIdentity == identity, Token)).ShouldBe(1);
        (await RowAsync(data, id)).SourceFileName.ShouldBe("a.txt");
    }

    [Fact]
    public async Task Match_ByHand_ReversesThePaymentWithThePrefilledReasonAndResolvesTheItem()
    {
        // The partner paid its invoice by hand-recorded receipt yesterday; the bank's 取消 names no payment the import booked.
        var data = await PaymentTestData.CreateAsync(app);
        var partner = await BillingTestData.NewPartnerAsync(app);
        var invoice = await PaymentReversalTests.IssuedAsync(data, partner, 77_000, PaymentTestData.Today.AddDays(-10));
        var paymentId = (await data.RecordAsync(partner, 77_000, on: PaymentTestData.Today.AddDays(-1))).PaymentId!.Value;
        var report = await data.ImportAsync("t.txt", PaymentTestData.NewFile()
            .Add(new ZenginNotice(88, PaymentTestData.Today, 77_000, "ｶ)ﾃｽﾄ", "ﾐｽﾞﾎ", "ﾀﾏﾁ", Cancelled: true)).ToBytes(lineBreaks: true));
        var itemId = report.Records.Single().WorkItemId!.Value;
        var row = await RowAsync(data, itemId);
        var candidates = await data.AsFinanceAsync(s => s.GetRequiredService<BankCancellationQueries>().CandidatesAsync(itemId, new ListRequest(PageSize: 200), Token));
        candidates.Items.ShouldContain(c => c.PaymentId == paymentId);

        var result = await data.AsFinanceAsync(s => s.GetRequiredService<ResolveBankCancellation>().MatchAsync(itemId, paymentId, row.PrefilledReason, Token));

        result.ItemId.ShouldBe(itemId);
        var payment = (await data.PaymentAsync(paymentId))!.Payment;
        (payment.IsReversed, payment.ReversalReason).ShouldBe((true, "全銀 取消区分 1: t.txt #2"));
        (await data.BalanceAsync(invoice))!.Open.ShouldBe(new Yen(77_000));
        var resolved = await RowAsync(data, itemId);
        (resolved.Status, resolved.MatchedPaymentId, resolved.ResolvedByImportOf).ShouldBe((BankCancellationStatus.Matched, paymentId, null));
        (await AuditedStatusesAsync(itemId)).ShouldContain(nameof(BankCancellationStatus.Matched));
        (await data.AsFinanceAsync(s => s.GetRequiredService<ResolveBankCancellation>().DismissAsync(itemId, "後から", Token))).Refusal
            .ShouldBe(BankCancellationRefusal.AlreadyResolved);
    }

    [Fact]
    public async Task Match_PaymentOfAnotherAmount_IsRefusedAndChangesNothing()
    {
        var data = await PaymentTestData.CreateAsync(app);
        var paymentId = (await data.RecordAsync(DemoOrganisations.MinatoPartner, PaymentTestData.UniqueAmount(), allocate: false)).PaymentId!.Value;
        var itemId = await OpenItemAsync(data, PaymentTestData.UniqueAmount());

        var result = await data.AsFinanceAsync(s => s.GetRequiredService<ResolveBankCancellation>().MatchAsync(itemId, paymentId, "取消", Token));

        result.Refusal.ShouldBe(BankCancellationRefusal.AmountDiffers);
        (await data.PaymentAsync(paymentId))!.Payment.IsReversed.ShouldBeFalse();
        (await RowAsync(data, itemId)).Status.ShouldBe(BankCancellationStatus.Open);
    }

    [Fact]
    public async Task Dismiss_WithReason_ClosesTheItemAndAuditsIt()
    {
        var data = await PaymentTestData.CreateAsync(app);
        var itemId = await OpenItemAsync(data, PaymentTestData.UniqueAmount());

        var result = await data.AsFinanceAsync(s => s.GetRequiredService<ResolveBankCancellation>().DismissAsync(itemId, "  銀行に確認：別口座の取消  ", Token));

        result.ItemId.ShouldBe(itemId);
        var row = await RowAsync(data, itemId);
        (row.Status, row.Resolution, row.MatchedPaymentId).ShouldBe((BankCancellationStatus.Dismissed, "銀行に確認：別口座の取消", null));
        row.ResolvedBy.ShouldNotBeNullOrEmpty();
        (await AuditedStatusesAsync(itemId)).ShouldContain(nameof(BankCancellationStatus.Dismissed));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public async Task Dismiss_WithoutReason_IsRefusedAndTheItemStaysOpen(string? reason)
    {
        var data = await PaymentTestData.CreateAsync(app);
        var itemId = await OpenItemAsync(data, PaymentTestData.UniqueAmount());

        var result = await data.AsFinanceAsync(s => s.GetRequiredService<ResolveBankCancellation>().DismissAsync(itemId, reason, Token));

        result.Refusal.ShouldBe(BankCancellationRefusal.DismissalReasonMissing);
        (await RowAsync(data, itemId)).Status.ShouldBe(BankCancellationStatus.Open);
    }

    [Fact]
    public async Task Import_LaterFileBringingTheWithdrawnPayment_ReversesItAndResolvesTheItem()
    {
        // Statements imported out of order: the 取消 of today arrives first, the notice of two days ago afterwards.
        var data = await PaymentTestData.CreateAsync(app);
        long amount = PaymentTestData.UniqueAmount();
        var account = PaymentTestData.NewFile();
        var itemId = (await data.ImportAsync("1207.txt", account
            .Add(new ZenginNotice(31, PaymentTestData.Today, amount, "ﾔﾏﾀﾞ ﾀﾛｳ", "ﾕｳﾁﾖ", "ｾﾞﾛｲﾁﾊﾁ", Cancelled: true)).ToBytes(lineBreaks: true))).Records.Single().WorkItemId!.Value;

        var report = await data.ImportAsync("1205.txt", account.WithoutNotices()
            .Add(new ZenginNotice(31, PaymentTestData.Today.AddDays(-2), amount, "ﾔﾏﾀﾞ ﾀﾛｳ", "ﾕｳﾁﾖ", "ｾﾞﾛｲﾁﾊﾁ")).ToBytes(lineBreaks: true));

        report.ResolvedCancellations.ShouldBe([itemId]);
        var paymentId = report.Records.Single().PaymentId!.Value;
        var payment = (await data.PaymentAsync(paymentId))!.Payment;
        (payment.IsReversed, payment.ReversalReason).ShouldBe((true, "全銀 取消区分 1: 1207.txt #2"));
        var row = await RowAsync(data, itemId);
        (row.Status, row.MatchedPaymentId, row.ResolvedByImportOf).ShouldBe((BankCancellationStatus.Matched, paymentId, "1205.txt"));

        // The 取消 file once more: settled, nothing reversed twice, no new item.
        var again = await data.ImportAsync("1207 (1).txt", account.WithoutNotices()
            .Add(new ZenginNotice(31, PaymentTestData.Today, amount, "ﾔﾏﾀﾞ ﾀﾛｳ", "ﾕｳﾁﾖ", "ｾﾞﾛｲﾁﾊﾁ", Cancelled: true)).ToBytes(lineBreaks: true));
        (again.Records.Single().Outcome, again.Records.Single().EarlierPaymentId).ShouldBe((ImportedRecordOutcome.Duplicate, paymentId));
    }

    [Fact]
    public async Task Import_SeveralPaymentsWithTheReference_StaysOpenWithThemSuggested()
    {
        var data = await PaymentTestData.CreateAsync(app);
        long amount = PaymentTestData.UniqueAmount();
        var account = PaymentTestData.NewFile();
        await data.ImportAsync("1203.txt", account
            .Add(new ZenginNotice(40, PaymentTestData.Today.AddDays(-4), amount, "ﾔﾏﾀﾞ ﾀﾛｳ", "ﾕｳﾁﾖ", "ｾﾞﾛｲﾁﾊﾁ"))
            .Add(new ZenginNotice(40, PaymentTestData.Today.AddDays(-3), amount, "ﾔﾏﾀﾞ ﾀﾛｳ", "ﾕｳﾁﾖ", "ｾﾞﾛｲﾁﾊﾁ")).ToBytes(lineBreaks: true));

        var report = await data.ImportAsync("1207.txt", account.WithoutNotices()
            .Add(new ZenginNotice(40, PaymentTestData.Today, amount, "ﾔﾏﾀﾞ ﾀﾛｳ", "ﾕｳﾁﾖ", "ｾﾞﾛｲﾁﾊﾁ", Cancelled: true)).ToBytes(lineBreaks: true));

        var row = await RowAsync(data, report.Records.Single().WorkItemId!.Value);
        (row.Status, row.Cause, row.SuggestedPayments).ShouldBe((BankCancellationStatus.Open, BankCancellationCause.SeveralPayments, 2));
        var candidates = await data.AsFinanceAsync(s => s.GetRequiredService<BankCancellationQueries>().CandidatesAsync(row.Id, new ListRequest(PageSize: 2), Token));
        candidates.Items.Count.ShouldBe(2);
        candidates.Items.ShouldAllBe(c => c.SameBankReference);
    }

    [Fact]
    public async Task Import_CancellationWhoseReversalIsRefused_IsKeptWithThePaymentAndReason()
    {
        var data = await PaymentTestData.CreateAsync(app);
        var partner = await BillingTestData.NewPartnerAsync(app);
        long amount = PaymentTestData.UniqueAmount();
        var account = PaymentTestData.NewFile();
        var paymentId = (await data.ImportAsync("a.txt", account
            .Add(new ZenginNotice(9, PaymentTestData.Today.AddDays(-10), amount, "ｶ)ﾘﾌﾕ-ｽﾞ", "ﾐｽﾞﾎ", "ﾀﾏﾁ")).ToBytes(lineBreaks: true))).Records.Single().PaymentId!.Value;
        (await data.AsFinanceAsync(s => s.GetRequiredService<AssignPayment>().ExecuteAsync(paymentId, partner, learnPayerName: false, Token))).PaymentId.ShouldBe(paymentId);
        var later = await PaymentReversalTests.IssuedAsync(data, partner, 55_000, PaymentTestData.Today.AddDays(-3));
        (await data.AsFinanceAsync(s => s.GetRequiredService<AllocatePayment>().ExecuteAsync(paymentId, later, 55_000, Token))).PaymentId.ShouldBe(paymentId);

        var report = await data.ImportAsync("b.txt", account.WithoutNotices()
            .Add(new ZenginNotice(9, PaymentTestData.Today, amount, "ｶ)ﾘﾌﾕ-ｽﾞ", "ﾐｽﾞﾎ", "ﾀﾏﾁ", Cancelled: true)).ToBytes(lineBreaks: true));

        var row = await RowAsync(data, report.Records.Single().WorkItemId!.Value);
        (row.Status, row.Cause).ShouldBe((BankCancellationStatus.Open, BankCancellationCause.ReversalRefused));
        row.RefusalDetail.ShouldStartWith(nameof(PaymentRefusal.CreditAlreadyUsed));
        row.SuggestedPayments.ShouldBe(1);
    }

    [Fact]
    public async Task WorkList_AsPartnerUsers_IsNeitherListedNorChangeableNorOpenable()
    {
        var data = await PaymentTestData.CreateAsync(app);
        var itemId = await OpenItemAsync(data, PaymentTestData.UniqueAmount());
        var paymentId = (await data.RecordAsync(DemoOrganisations.MinatoPartner, PaymentTestData.UniqueAmount(), allocate: false)).PaymentId!.Value;

        await using (var scope = app.ScopeFor(TestScopes.MinatoStaff, HubRoles.PartnerAdmin))
        {
            var services = scope.ServiceProvider;
            (await services.GetRequiredService<BankCancellationQueries>().ListAsync(null, new ListRequest(), Token)).TotalCount.ShouldBe(0);
            (await services.GetRequiredService<BankCancellationQueries>().CandidatesAsync(itemId, new ListRequest(), Token)).TotalCount.ShouldBe(0);
            (await services.GetRequiredService<ResolveBankCancellation>().DismissAsync(itemId, "x", Token)).Problem.ShouldBe(PaymentProblem.NotAllowed);
            (await services.GetRequiredService<ResolveBankCancellation>().MatchAsync(itemId, paymentId, "x", Token)).Problem.ShouldBe(PaymentProblem.NotAllowed);
        }

        await using (var partner = app.CreateContext(TestScopes.MinatoStaff))
        {
            (await partner.BankCancellations.CountAsync(Token)).ShouldBe(0);
        }

        foreach (var login in new[] { "admin@minato.example", "staff@hokuriku.example" })
        {
            var client = await HubSession.SignInAsync(app, login);
            var response = await client.GetAsync(new Uri("/billing/cancellations", UriKind.Relative), Token);
            var body = await response.Content.ReadAsStringAsync(Token);
            response.StatusCode.ShouldBeOneOf(new[] { HttpStatusCode.Forbidden, HttpStatusCode.Redirect, HttpStatusCode.NotFound }, login);
            body.ShouldNotContain("cancellation-table");
        }

        (await RowAsync(data, itemId)).Status.ShouldBe(BankCancellationStatus.Open);
    }

    private static async Task<Guid> OpenItemAsync(PaymentTestData data, long amount)
    {
        var report = await data.ImportAsync("open.txt", PaymentTestData.NewFile()
            .Add(new ZenginNotice(Random.Shared.Next(1, 999_999), PaymentTestData.Today, amount, "ｶ)ｵ-ﾌﾟﾝ", "ﾐｽﾞﾎ", "ﾀﾏﾁ", Cancelled: true)).ToBytes(lineBreaks: true));
        return report.Records.Single().WorkItemId.ShouldNotBeNull();
    }

    // The work list as finance pages through it: every item, so the row is found however many other tests added.
    private static async Task<BankCancellationRow> RowAsync(PaymentTestData data, Guid id)
    {
        return await data.AsFinanceAsync(async s =>
        {
            var queries = s.GetRequiredService<BankCancellationQueries>();
            for (int page = 0; ; page++)
            {
                var result = await queries.ListAsync(null, new ListRequest(page, ListRequest.MaxPageSize), Token);
                if (result.Items.FirstOrDefault(r => r.Id == id) is { } row)
                {
                    return row;
                }

                result.Items.Count.ShouldBe(ListRequest.MaxPageSize, "the item is not on the list");
            }
        });
    }

    // The audit row keeps the enum as the serializer writes it (its number); compared by name.
    private async Task<List<string>> AuditedStatusesAsync(Guid itemId)
    {
        await using var db = app.CreateContext(TenantScope.System);
        var changes = await db.AuditEntries.AsNoTracking().Where(e => e.EntityType == nameof(BankCancellation) && e.EntityId == itemId.ToString())
            .Select(e => e.Changes).ToListAsync(Token);
        return [.. changes.Select(c => JsonDocument.Parse(c).RootElement)
            .Where(c => c.TryGetProperty(nameof(BankCancellation.Status), out _))
            .Select(c => c.GetProperty(nameof(BankCancellation.Status)).GetProperty("after"))
            .Select(v => v.ValueKind == JsonValueKind.Number ? ((BankCancellationStatus)v.GetInt32()).ToString() : v.ToString())];
    }
}
