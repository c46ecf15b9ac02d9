using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Accounting;
using PartnerHub.Domain.Billing.Payments;
using PartnerHub.Domain.Money;
using PartnerHub.Domain.Partners;
using PartnerHub.Features.Billing.Payments;
using PartnerHub.Infrastructure.Accounting;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Billing.Payments;

/// <summary>Importing the bank's 全銀 files: matching by the kana name table and amount, duplicates, errors, learning names.</summary>
public class ZenginImportTests(HubAppFactory app)
{
    private const string HokurikuKana = "ﾎｸﾘｸﾋﾞｼﾞﾈｽｿﾘﾕ-ｼﾖﾝｽﾞ(ｶ";

    [Fact]
    public async Task Import_KnownPayerWithCrlf_MatchesAndAllocatesTheInvoice()
    {
        var data = await PaymentTestData.CreateAsync(app);
        var invoice = await data.IssuedInvoiceAsync(DemoOrganisations.HokurikuPartner);
        await EnsurePayerNameAsync(data, DemoOrganisations.HokurikuPartner, HokurikuKana);
        var file = PaymentTestData.NewFile().Add(new ZenginNotice(101, PaymentTestData.Today, invoice.Amount, HokurikuKana, "ﾎｸﾘｸ", "ｶﾅｻﾞﾜ"));

        var report = await data.ImportAsync("nyukin-crlf.txt", file.ToBytes(lineBreaks: true));

        report.Booked.ShouldBeTrue();
        var record = report.Records.ShouldHaveSingleItem();
        record.Outcome.ShouldBe(ImportedRecordOutcome.Matched);
        record.Reasons.ShouldBe([PayerMatchReason.NameMatched, PayerMatchReason.AmountEqualsInvoice]);
        record.RecordNumber.ShouldBe(2);
        record.Allocated.ShouldBe(new Yen(invoice.Amount));
        (await data.BalanceAsync(invoice.Id))!.Open.ShouldBe(Yen.Zero);
        var payment = (await data.PaymentAsync(record.PaymentId!.Value))!.Payment;
        payment.PartnerId.ShouldBe(DemoOrganisations.HokurikuPartner);
        payment.SourceFileName.ShouldBe("nyukin-crlf.txt");
        payment.PayerName.ShouldBe(HokurikuKana);
    }

    [Fact]
    public async Task Import_SameFileTwice_BooksEachRecordOnce()
    {
        var data = await PaymentTestData.CreateAsync(app);
        var file = PaymentTestData.NewFile()
            .Add(new ZenginNotice(1, PaymentTestData.Today, PaymentTestData.UniqueAmount(), "ﾔﾏﾀﾞ ﾀﾛｳ", "ﾕｳﾁﾖ", "ｾﾞﾛｲﾁﾊﾁ"))
            .Add(new ZenginNotice(2, PaymentTestData.Today, PaymentTestData.UniqueAmount(), "ｽｽﾞｷｼﾖｳｼﾞ(ﾕ", "ﾐｽﾞﾎ", "ｼﾝｼﾞﾕｸ"));

        var first = await data.ImportAsync("nyukin.txt", file.ToBytes(lineBreaks: false));
        var again = await data.ImportAsync("nyukin (1).txt", file.ToBytes(lineBreaks: true));

        first.Records.Count(r => r.PaymentId is not null).ShouldBe(2);
        again.Records.Select(r => r.Outcome).ShouldBe([ImportedRecordOutcome.Duplicate, ImportedRecordOutcome.Duplicate]);
        again.Records.Select(r => r.EarlierPaymentId).ShouldBe(first.Records.Select(r => r.PaymentId));
        await using var db = app.CreateContext(TenantScope.System);
        var identities = first.Records.Select(r => r.PaymentId!.Value).ToList();
        (await db.Payments.CountAsync(p => identities.Contains(p.Id), TestContext.Current.CancellationToken)).ShouldBe(2);
    }

    [Fact]
    public async Task Import_RecordTwiceInOneFile_BooksItOnce()
    {
        var data = await PaymentTestData.CreateAsync(app);
        var notice = new ZenginNotice(7, PaymentTestData.Today, PaymentTestData.UniqueAmount(), "ﾔﾏﾀﾞ ﾀﾛｳ", "ﾕｳﾁﾖ", "ｾﾞﾛｲﾁﾊﾁ");

        var report = await data.ImportAsync("twice.txt", PaymentTestData.NewFile().Add(notice).Add(notice).ToBytes(lineBreaks: true));

        report.Records.Select(r => r.Outcome).ShouldBe([ImportedRecordOutcome.Unmatched, ImportedRecordOutcome.Duplicate]);
    }

    [Fact]
    public async Task Import_UnknownPayer_IsUnmatchedWithReasonsAndWaitsForFinance()
    {
        var data = await PaymentTestData.CreateAsync(app);
        var file = PaymentTestData.NewFile().Add(new ZenginNotice(3, PaymentTestData.Today, PaymentTestData.UniqueAmount(), "ｶ)ｼﾗﾅｲｺｳｷﾞﾖｳ", "ﾘｿﾅ", "ｳﾒﾀﾞ"));

        var report = await data.ImportAsync("unknown.txt", file.ToBytes(lineBreaks: false));

        var record = report.Records.ShouldHaveSingleItem();
        record.Outcome.ShouldBe(ImportedRecordOutcome.Unmatched);
        record.Reasons.ShouldBe([PayerMatchReason.NameUnknown, PayerMatchReason.AmountFitsNoOpenInvoice]);
        var payment = (await data.PaymentAsync(record.PaymentId!.Value))!.Payment;
        payment.PartnerId.ShouldBeNull();
        payment.MatchState.ShouldBe(PaymentMatchState.Unmatched);
    }

    [Fact]
    public async Task Assign_UnmatchedPayment_LearnsTheNameSoTheNextTransferMatches()
    {
        var data = await PaymentTestData.CreateAsync(app);
        string payer = "ｶ)ﾐﾅﾄｼﾞﾖｳﾎｳ " + Random.Shared.Next(1000, 9999);
        var first = await data.ImportAsync("a.txt", PaymentTestData.NewFile()
            .Add(new ZenginNotice(1, PaymentTestData.Today, PaymentTestData.UniqueAmount(), payer, "ﾐｽﾞﾎ", "ﾀﾏﾁ")).ToBytes(lineBreaks: true));
        var paymentId = first.Records.Single().PaymentId!.Value;

        var assigned = await data.AsFinanceAsync(s => s.GetRequiredService<AssignPayment>().ExecuteAsync(paymentId, DemoOrganisations.MinatoPartner, learnPayerName: true,
            TestContext.Current.CancellationToken));
        var invoice = await data.IssuedInvoiceAsync(DemoOrganisations.MinatoPartner);
        var next = await data.ImportAsync("b.txt", PaymentTestData.NewFile()
            .Add(new ZenginNotice(2, PaymentTestData.Today, invoice.Amount, payer, "ﾐｽﾞﾎ", "ﾀﾏﾁ")).ToBytes(lineBreaks: true));

        var table = await data.AsFinanceAsync(s => s.GetRequiredService<PaymentQueries>().PayerNamesAsync(TestContext.Current.CancellationToken));
        assigned.PaymentId.ShouldBe(paymentId);
        table.ShouldContain(r => r.PartnerId == DemoOrganisations.MinatoPartner && r.Name == payer && r.Origin == PayerNameOrigin.Learnt);
        (await data.PaymentAsync(paymentId))!.Payment.MatchState.ShouldBe(PaymentMatchState.Assigned);
        var record = next.Records.ShouldHaveSingleItem();
        record.Outcome.ShouldBe(ImportedRecordOutcome.Matched);
        record.PartnerName.ShouldBe("株式会社みなと情報システム");
        (await data.BalanceAsync(invoice.Id))!.Open.ShouldBe(Yen.Zero);
    }

    [Fact]
    public async Task Import_TrailerTotalWrong_BooksNothingAndNamesTheRecord()
    {
        var data = await PaymentTestData.CreateAsync(app);
        var bytes = PaymentTestData.NewFile().Add(new ZenginNotice(1, PaymentTestData.Today, 12_345, "ﾔﾏﾀﾞ ﾀﾛｳ", "ﾕｳﾁﾖ", "ｾﾞﾛｲﾁﾊﾁ")).ToBytes(lineBreaks: true);
        // The trailer (line 3) states a total of 12,346 yen.
        var text = Encoding.ASCII.GetString(bytes);
        int trailer = text.IndexOf("\r\n8", StringComparison.Ordinal) + 2;
        bytes[trailer + 18] = (byte)'6';

        var report = await data.ImportAsync("broken.txt", bytes);

        report.Booked.ShouldBeFalse();
        report.Records.ShouldBeEmpty();
        report.Errors.ShouldContain(e => e.Code == ZenginErrorCode.TrailerMismatch && e.RecordNumber == 3);
    }

    [Fact]
    public async Task Import_CancellationInTheSameFile_ReversesThePaymentItWithdraws()
    {
        var data = await PaymentTestData.CreateAsync(app);
        long amount = PaymentTestData.UniqueAmount();
        var file = PaymentTestData.NewFile()
            .Add(new ZenginNotice(5, PaymentTestData.Today, amount, "ﾔﾏﾀﾞ ﾀﾛｳ", "ﾕｳﾁﾖ", "ｾﾞﾛｲﾁﾊﾁ"))
            .Add(new ZenginNotice(5, PaymentTestData.Today, amount, "ﾔﾏﾀﾞ ﾀﾛｳ", "ﾕｳﾁﾖ", "ｾﾞﾛｲﾁﾊﾁ", Cancelled: true));

        var report = await data.ImportAsync("cancel.txt", file.ToBytes(lineBreaks: true));

        report.Records.Select(r => r.Outcome).ShouldBe([ImportedRecordOutcome.Unmatched, ImportedRecordOutcome.Reversed]);
        report.Records[1].PaymentId.ShouldBeNull();
        report.Records[1].EarlierPaymentId.ShouldBe(report.Records[0].PaymentId);
        (await data.PaymentAsync(report.Records[0].PaymentId!.Value))!.Payment.IsReversed.ShouldBeTrue();
    }

    [Fact]
    public async Task Import_CancellationDaysLater_ReversesTheMatchedPaymentAndReopensTheInvoice()
    {
        // Hokuriku's invoice is paid by a transfer booked two days ago; today's 振込入金通知 carries a 取消 (取消区分 1) with the
        // same 照会番号 and amount: a 200-byte record file, half-width kana, no line breaks, as the bank delivers it.
        var data = await PaymentTestData.CreateAsync(app);
        var invoice = await data.IssuedInvoiceAsync(DemoOrganisations.HokurikuPartner);
        await EnsurePayerNameAsync(data, DemoOrganisations.HokurikuPartner, HokurikuKana);
        var account = PaymentTestData.NewFile();
        var paid = await data.ImportAsync("nyukin-1205.txt", account
            .Add(new ZenginNotice(314, PaymentTestData.Today.AddDays(-2), invoice.Amount, HokurikuKana, "ﾎｸﾘｸ", "ｶﾅｻﾞﾜ")).ToBytes(lineBreaks: false));
        var paymentId = paid.Records.Single().PaymentId!.Value;
        (await data.BalanceAsync(invoice.Id))!.Open.ShouldBe(Yen.Zero);
        var cancellation = account.WithoutNotices()
            .Add(new ZenginNotice(314, PaymentTestData.Today, invoice.Amount, HokurikuKana, "ﾎｸﾘｸ", "ｶﾅｻﾞﾜ", Cancelled: true))
            .ToBytes(lineBreaks: false);

        var report = await data.ImportAsync("nyukin-1207.txt", cancellation);

        cancellation.Length.ShouldBe(4 * ZenginTransferFile.RecordLength);
        var record = report.Records.ShouldHaveSingleItem();
        (record.Outcome, record.EarlierPaymentId, record.PartnerName).ShouldBe((ImportedRecordOutcome.Reversed, paymentId, "北陸ビジネスソリューションズ株式会社"));
        (await data.BalanceAsync(invoice.Id))!.Open.ShouldBe(new Yen(invoice.Amount));
        var payment = (await data.PaymentAsync(paymentId))!.Payment;
        payment.IsReversed.ShouldBeTrue();
        payment.ReversalReason.ShouldBe("全銀 取消区分 1: nyukin-1207.txt #2");

        // The same file again reverses nothing twice.
        var again = await data.ImportAsync("nyukin-1207 (1).txt", cancellation);
        (again.Records.Single().Outcome, again.Records.Single().EarlierPaymentId).ShouldBe((ImportedRecordOutcome.Duplicate, paymentId));
    }

    [Fact]
    public async Task Import_CancellationOfNothingBooked_IsListedAsUnmatchedAndChangesNothing()
    {
        var data = await PaymentTestData.CreateAsync(app);
        long amount = PaymentTestData.UniqueAmount();
        var file = PaymentTestData.NewFile()
            .Add(new ZenginNotice(77, PaymentTestData.Today, amount, "ﾔﾏﾀﾞ ﾀﾛｳ", "ﾕｳﾁﾖ", "ｾﾞﾛｲﾁﾊﾁ", Cancelled: true));

        var report = await data.ImportAsync("torikeshi.txt", file.ToBytes(lineBreaks: true));

        report.Booked.ShouldBeTrue();
        var record = report.Records.ShouldHaveSingleItem();
        (record.Outcome, record.EarlierPaymentId, record.PaymentId).ShouldBe((ImportedRecordOutcome.CancellationUnmatched, null, null));
    }

    [Fact]
    public async Task Import_CancellationWhoseCreditWasSpent_IsRefusedAndListedForFinance()
    {
        var data = await PaymentTestData.CreateAsync(app);
        var partner = await BillingTestData.NewPartnerAsync(app);
        string payer = "ｶ)ﾄﾘｹｼﾃｽﾄ " + Random.Shared.Next(1000, 9999);
        long amount = PaymentTestData.UniqueAmount();
        var account = PaymentTestData.NewFile();
        var paid = await data.ImportAsync("a.txt", account
            .Add(new ZenginNotice(9, PaymentTestData.Today.AddDays(-10), amount, payer, "ﾐｽﾞﾎ", "ﾀﾏﾁ")).ToBytes(lineBreaks: true));
        var paymentId = paid.Records.Single().PaymentId!.Value;
        (await data.AsFinanceAsync(s => s.GetRequiredService<AssignPayment>().ExecuteAsync(paymentId, partner, learnPayerName: false, TestContext.Current.CancellationToken)))
            .PaymentId.ShouldBe(paymentId);
        var later = await PaymentReversalTests.IssuedAsync(data, partner, 55_000, PaymentTestData.Today.AddDays(-3));
        (await data.AsFinanceAsync(s => s.GetRequiredService<AllocatePayment>().ExecuteAsync(paymentId, later, 55_000, TestContext.Current.CancellationToken)))
            .PaymentId.ShouldBe(paymentId);

        var report = await data.ImportAsync("b.txt", account.WithoutNotices()
            .Add(new ZenginNotice(9, PaymentTestData.Today, amount, payer, "ﾐｽﾞﾎ", "ﾀﾏﾁ", Cancelled: true)).ToBytes(lineBreaks: true));

        var record = report.Records.ShouldHaveSingleItem();
        (record.Outcome, record.EarlierPaymentId).ShouldBe((ImportedRecordOutcome.CancellationRefused, paymentId));
        record.Refusal!.Refusal.ShouldBe(PaymentRefusal.CreditAlreadyUsed);
        (await data.PaymentAsync(paymentId))!.Payment.IsReversed.ShouldBeFalse();
        (await data.BalanceAsync(later))!.Open.ShouldBe(Yen.Zero);
    }

    [Fact]
    public async Task Import_AsPartnerAdmin_IsNotAllowed()
    {
        await using var scope = app.ScopeFor(TestScopes.MinatoStaff, HubRoles.PartnerAdmin);
        var report = await scope.ServiceProvider.GetRequiredService<ImportZenginPayments>()
            .ExecuteAsync("x.txt", PaymentTestData.NewFile().ToBytes(lineBreaks: true), TestContext.Current.CancellationToken);

        report.Problem.ShouldBe(PaymentProblem.NotAllowed);
    }

    [Fact]
    public void Parse_HandWrittenRecordsWithoutBreaks_ReadsHalfWidthKanaWithDakuten()
    {
        // Records laid out by hand from FORMATS.md §3.3 (not by the writer the other tests use).
        string header = "1" + "01" + "0" + "081207" + "081207" + "081207" + "0005" + "ﾐﾂﾋﾞｼﾕ-ｴﾌｼﾞｴｲ".PadRight(15) + "001" + "ﾎﾝﾃﾝ".PadRight(15) + "1" + "1234567"
            + "ｶ)ｾｷﾕｱｾﾝｻ-ｼﾞﾔﾊﾟﾝ".PadRight(40) + new string(' ', 93);
        string data = "2" + "000042" + "081207" + "081207" + "0000330000" + "0000000000" + "0000000000" + "ｻｸﾗﾈﾂﾄﾜ-ｸｽ(ｶ".PadRight(48) + "ﾐﾂｲｽﾐﾄﾓ".PadRight(15)
            + "ｳﾒﾀﾞ".PadRight(15) + "0" + new string(' ', 20) + new string(' ', 52);
        string trailer = "8" + "000001" + "000000330000" + "000000" + "000000000000" + new string(' ', 163);
        string end = "9" + new string(' ', 199);
        var bytes = JapaneseEncodings.Cp932.GetBytes(header + data + trailer + end);

        var parsed = ZenginTransferFile.Parse(bytes, new DateOnly(2026, 12, 7));

        bytes.Length.ShouldBe(800);
        parsed.Errors.ShouldBeEmpty();
        var transfer = parsed.Transfers.ShouldHaveSingleItem();
        transfer.PayerName.ShouldBe("ｻｸﾗﾈﾂﾄﾜ-ｸｽ(ｶ");
        transfer.Amount.ShouldBe(new Yen(330_000));
        transfer.BookingDate.ShouldBe(new DateOnly(2026, 12, 7));
        ImportZenginPayments.IdentityOf(transfer).ShouldBe("0005-001-1234567-20261207-42-330000");
        PayerNameKey.From(transfer.PayerName).ShouldBe(PayerNameKey.From("サクラネットワークス株式会社"));
    }

    private static async Task EnsurePayerNameAsync(PaymentTestData data, Guid partnerId, string name)
    {
        var problem = await data.AsFinanceAsync(s => s.GetRequiredService<PayerNameTable>().AddAsync(partnerId, name, TestContext.Current.CancellationToken));
        (problem is null or PaymentProblem.Conflict).ShouldBeTrue();
    }
}
