using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Billing;
using PartnerHub.Domain.Billing.Invoices;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Billing.Payments;

/// <summary>
/// Demo payments, made the way finance makes them (through the use cases as the demo finance login, after the demo invoices):
/// Minato pays half of its invoice by hand (partial), Sakura pays its invoice plus 10,000 yen (an over-payment kept as
/// credit), and a bank file brings Hokuriku's open amount under its kana name (matched and allocated) and a transfer from a
/// payer nobody knows (unmatched, waiting for finance), a further 8,800 yen under Hokuriku's name that fits none of its invoices
/// (ambiguous: finance decides) and a 取消 of a 55,000 yen transfer the hub never booked (open on finance's
/// 取消 work list, /billing/cancellations); a further 20,000 yen from Sakura was taken back by its bank (組戻し) and is reversed. Nothing happens when the demo invoices could not be issued.
/// </summary>
public sealed class DemoPayments(IServiceScopeFactory scopes, HubDbContextOptions contextOptions, TimeProvider clock, ILogger<DemoPayments> logger) : IDemoDataContributor
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var today = JapaneseFormat.TokyoDate(clock.GetUtcNow());
        Dictionary<Guid, (Guid Id, long Total)> invoices;
        await using (var db = contextOptions.Create(TenantScope.System, clock))
        {
            invoices = (await db.Invoices.AsNoTracking().Where(i => i.Kind == InvoiceKind.Invoice && i.Status == InvoiceStatus.Issued)
                    .Select(i => new { i.Id, i.PartnerId, i.GrandTotal }).ToListAsync(cancellationToken))
                .GroupBy(i => i.PartnerId).ToDictionary(g => g.Key, g => (g.First().Id, g.First().GrandTotal.Amount));
        }

        if (!invoices.TryGetValue(DemoOrganisations.MinatoPartner, out var minato) || !invoices.TryGetValue(DemoOrganisations.SakuraPartner, out var sakura)
            || !invoices.TryGetValue(DemoOrganisations.HokurikuPartner, out var hokuriku))
        {
            logger.LogWarning("Demo payments skipped: the demo invoices were not issued.");
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        await DemoInvoices.ActAsFinanceAsync(scope.ServiceProvider, contextOptions, clock, cancellationToken);
        var services = scope.ServiceProvider;
        var record = services.GetRequiredService<RecordPayment>();
        await MustAsync(record.ExecuteAsync(new ManualReceipt(DemoOrganisations.MinatoPartner, today, minato.Total / 2,
            "ｶ)ﾐﾅﾄｼﾞﾖｳﾎｳｼｽﾃﾑ", "一部入金（残額は翌月払いとの連絡あり）", AllocateOldestFirst: true), cancellationToken));
        await MustAsync(record.ExecuteAsync(new ManualReceipt(DemoOrganisations.SakuraPartner, today, sakura.Total + 10_000,
            "ｻｸﾗﾈﾂﾄﾜ-ｸｽ(ｶ", "過入金 10,000円（次回請求に充当予定）", AllocateOldestFirst: true), cancellationToken));

        var returned = await record.ExecuteAsync(new ManualReceipt(DemoOrganisations.SakuraPartner, today, 20_000,
            "ｻｸﾗﾈﾂﾄﾜ-ｸｽ(ｶ", "二重振込", AllocateOldestFirst: false), cancellationToken);
        await MustAsync(services.GetRequiredService<ReversePayment>().ExecuteAsync(returned.PaymentId!.Value,
            "組戻し：二重振込のため、振込元の依頼で銀行が返金", cancellationToken));

        var names = services.GetRequiredService<PayerNameTable>();
        await names.AddAsync(DemoOrganisations.HokurikuPartner, "ﾎｸﾘｸﾋﾞｼﾞﾈｽｿﾘﾕ-ｼﾖﾝｽﾞ(ｶ", cancellationToken);
        var balances = services.GetRequiredService<ReceivableQueries>();
        var hokurikuOpen = (await balances.InvoiceBalanceAsync(hokuriku.Id, today, cancellationToken))!.Open.Amount;
        var file = new ZenginNotificationFile(today, "0005", "ﾐﾂﾋﾞｼﾕ-ｴﾌｼﾞｴｲ", "001", "ﾎﾝﾃﾝ", "1234567", "ｶ)ｾｷﾕｱｾﾝｻ-ｼﾞﾔﾊﾟﾝ")
            .Add(new ZenginNotice(1, today, hokurikuOpen, "ﾎｸﾘｸﾋﾞｼﾞﾈｽｿﾘﾕ-ｼﾖﾝｽﾞ(ｶ", "ﾎｸﾘｸ", "ｶﾅｻﾞﾜ"))
            .Add(new ZenginNotice(2, today, 33_000, "ﾔﾏﾀﾞ ﾀﾛｳ", "ﾕｳﾁﾖ", "ｾﾞﾛｲﾁﾊﾁ"))
            .Add(new ZenginNotice(3, today, 8_800, "ﾎｸﾘｸﾋﾞｼﾞﾈｽｿﾘﾕ-ｼﾖﾝｽﾞ(ｶ", "ﾎｸﾘｸ", "ｶﾅｻﾞﾜ"))
            .Add(new ZenginNotice(7, today, 55_000, "ｽｽﾞｷｼﾖｳｼﾞ(ｶ", "ﾐｽﾞﾎ", "ｼﾌﾞﾔ", Cancelled: true));
        var report = await services.GetRequiredService<ImportZenginPayments>().ExecuteAsync("demo-nyukin.txt", file.ToBytes(lineBreaks: true), cancellationToken);
        if (!report.Booked)
        {
            throw new InvalidOperationException($"Demo bank file not booked: {report.Problem} {string.Join(", ", report.Errors.Select(e => e.Code))}.");
        }
    }

    private static async Task MustAsync(Task<PaymentChangeResult> change)
    {
        var result = await change;
        if (result.PaymentId is null)
        {
            throw new InvalidOperationException($"Demo payment refused: {result.Problem} {result.Refusal}.");
        }
    }
}
