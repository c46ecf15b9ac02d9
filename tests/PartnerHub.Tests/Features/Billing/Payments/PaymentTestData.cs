using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Features.Billing.Payments;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Billing.Payments;

/// <summary>Invoices with amounts no other test uses (payer matching looks at every open invoice), and finance's payment use cases.</summary>
internal sealed class PaymentTestData(BillingTestData billing)
{
    public BillingTestData Billing { get; } = billing;

    public static DateOnly Today => JapaneseFormat.TokyoDate(TimeProvider.System.GetUtcNow());

    public static async Task<PaymentTestData> CreateAsync(HubAppFactory app) => new(await BillingTestData.NewIssuerAsync(app));

    /// <summary>An amount no other test's invoice has: 1,000,000–9,999,999 yen, ending in 7.</summary>
    public static long UniqueAmount() => (Random.Shared.NextInt64(100_000, 999_999) * 10) + 7;

    public async Task<(Guid Id, long Amount)> IssuedInvoiceAsync(Guid partnerId, DateOnly? billedOn = null)
    {
        long amount = UniqueAmount();
        var id = await Billing.DraftAsync(partnerId, amount, billedOn);
        (await Billing.IssueAsync(id)).Number.ShouldNotBeNull();
        return (id, amount);
    }

    public async Task<T> AsFinanceAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Billing.AsFinance();
        return await action(scope.ServiceProvider);
    }

    public Task<ZenginImportReport> ImportAsync(string fileName, byte[] content) =>
        AsFinanceAsync(s => s.GetRequiredService<ImportZenginPayments>().ExecuteAsync(fileName, content, TestContext.Current.CancellationToken));

    public Task<PaymentChangeResult> RecordAsync(Guid partnerId, long amount, bool allocate = true, DateOnly? on = null) =>
        AsFinanceAsync(s => s.GetRequiredService<RecordPayment>().ExecuteAsync(
            new ManualReceipt(partnerId, on ?? Today, amount, "ｶ)ﾃｽﾄ", null, allocate), TestContext.Current.CancellationToken));

    /// <summary>Records a payment of the invoice's amount without allocating it, then allocates it to the invoice by hand.</summary>
    public async Task PayByHandAsync(Guid partnerId, (Guid Id, long Amount) invoice)
    {
        var paymentId = (await RecordAsync(partnerId, invoice.Amount, allocate: false)).PaymentId.ShouldNotBeNull();
        (await AsFinanceAsync(s => s.GetRequiredService<AllocatePayment>().ExecuteAsync(paymentId, invoice.Id, invoice.Amount, TestContext.Current.CancellationToken)))
            .PaymentId.ShouldBe(paymentId);
    }

    public Task<InvoiceBalance?> BalanceAsync(Guid invoiceId) =>
        AsFinanceAsync(s => s.GetRequiredService<ReceivableQueries>().InvoiceBalanceAsync(invoiceId, Today, TestContext.Current.CancellationToken));

    public Task<PaymentDetail?> PaymentAsync(Guid paymentId) =>
        AsFinanceAsync(s => s.GetRequiredService<PaymentQueries>().GetAsync(paymentId, TestContext.Current.CancellationToken));

    /// <summary>A 振込入金通知 to the vendor's account at a bank code of this test's own, so its record identities are its own.</summary>
    public static ZenginNotificationFile NewFile() =>
        new(Today, Random.Shared.Next(1000, 9999).ToString(System.Globalization.CultureInfo.InvariantCulture), "ﾐﾂﾋﾞｼﾕ-ｴﾌｼﾞｴｲ", "001", "ﾎﾝﾃﾝ", "1234567", "ｶ)ｾｷﾕｱｾﾝｻ-ｼﾞﾔﾊﾟﾝ");
}
