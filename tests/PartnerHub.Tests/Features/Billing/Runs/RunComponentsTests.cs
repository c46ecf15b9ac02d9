using System.Globalization;
using Bunit;
using PartnerHub.Domain.Billing;
using PartnerHub.Domain.Billing.Invoices;
using PartnerHub.Domain.Billing.Runs;
using PartnerHub.Domain.Money;
using PartnerHub.Features.Billing.Runs;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Billing.Runs;

/// <summary>The run's progress bar and the preview, rendered with bUnit in Japanese.</summary>
public class RunComponentsTests : MudTestContext
{
    public RunComponentsTests()
    {
        CultureInfo.CurrentUICulture = new CultureInfo("ja");
    }

    [Fact]
    public void RunProgress_QuarterIssued_ShowsTheBarAtAQuarterAndTheCount()
    {
        var progress = new InvoicingRunProgress(Guid.NewGuid(), new BillingMonth(2026, 11));
        progress.PlanReady(4);
        progress.OneDone();

        var bar = Render<RunProgress>(p => p.Add(c => c.Progress, progress));

        bar.Find("[role=progressbar]").GetAttribute("aria-valuenow").ShouldBe("25");
        bar.Markup.ShouldContain("1 / 4 通");
    }

    [Fact]
    public async Task RunProgress_RunFinishes_TellsThePage()
    {
        var progress = new InvoicingRunProgress(Guid.NewGuid(), new BillingMonth(2026, 11));
        progress.PlanReady(1);
        bool finished = false;
        Render<RunProgress>(p => p.Add(c => c.Progress, progress).Add(c => c.OnFinished, () => finished = true));

        progress.OneDone();
        progress.Finish();
        for (int i = 0; i < 40 && !finished; i++)
        {
            await Task.Delay(100, Xunit.TestContext.Current.CancellationToken);
        }

        finished.ShouldBeTrue();
    }

    [Fact]
    public void RunPreview_Plan_ShowsCountsGrandTotalAndEveryInvoiceWithItsDefects()
    {
        var ready = Planned("株式会社みなと情報システム", 396_000, []);
        var refused = Planned("北陸テクノサービス株式会社", 198_000, [InvoiceDefect.MissingRegistrationNumber]);
        var plan = new InvoicingPlan(new BillingMonth(2026, 11), [ready, refused], 120, 3,
            [new RefusedContract(Guid.NewGuid(), "C-20261101-0009", ready.PartnerId, ChargeRefusal.NoWholesaleFee)]);

        var preview = Render<RunPreview>(p => p.Add(c => c.Plan, plan));

        preview.Find("[data-testid=run-preview-invoices]").TextContent.ShouldContain("請求書 2通");
        preview.Find("[data-testid=run-preview-skipped]").TextContent.ShouldContain("3");
        // Only the invoice that can be issued counts in the grand total.
        preview.Find("[data-testid=run-preview-total]").TextContent.ShouldContain("396,000");
        preview.WaitForAssertion(() => preview.Find("[data-testid=run-preview-invoice-table]").TextContent.ShouldContain("北陸テクノサービス株式会社"));
        preview.Find("[data-testid=run-preview-invoice-table]").TextContent.ShouldContain("発行者の登録番号（T+13桁）がありません");
        preview.Find("[data-testid=run-preview-refused-table]").TextContent.ShouldContain("卸価格（年額）が登録されていません");
    }

    [Fact]
    public void RunPreview_MoreInvoicesThanAPage_ShowsTheTotalAndTheFirstPage()
    {
        var preview = Render<RunPreview>(p => p.Add(c => c.Plan, PlanOf(12)));

        preview.WaitForAssertion(() => preview.Find("[data-testid=run-preview-invoice-table] [data-testid=pager-info]").TextContent.ShouldBe("12 件中 1～10 件"));
        preview.FindAll("[data-testid=run-preview-invoice-table] tbody tr.mud-table-row").Count.ShouldBe(10);
        preview.Find("[data-testid=run-preview-invoice-table]").TextContent.ShouldContain("パートナー01");
        preview.Find("[data-testid=run-preview-invoice-table]").TextContent.ShouldNotContain("パートナー11");
    }

    [Fact]
    public async Task RunPreview_NextPage_ShowsTheRestOfTheInvoices()
    {
        var preview = Render<RunPreview>(p => p.Add(c => c.Plan, PlanOf(12)));
        preview.WaitForAssertion(() => preview.Find("[data-testid=run-preview-invoice-table] [data-testid=pager-info]").TextContent.ShouldBe("12 件中 1～10 件"));

        await preview.InvokeAsync(() => preview.Find("[data-testid=run-preview-invoice-table] button[aria-label=次のページ]").Click());

        preview.WaitForAssertion(() => preview.Find("[data-testid=run-preview-invoice-table] [data-testid=pager-info]").TextContent.ShouldBe("12 件中 11～12 件"));
        var rows = preview.FindAll("[data-testid=run-preview-invoice-table] tbody tr.mud-table-row");
        rows.Count.ShouldBe(2);
        rows[0].TextContent.ShouldContain("パートナー11");
        rows[1].TextContent.ShouldContain("パートナー12");
    }

    private static InvoicingPlan PlanOf(int invoices) =>
        new(new BillingMonth(2026, 11), [.. Enumerable.Range(1, invoices).Select(i => Planned($"パートナー{i:D2}", 11_000 * i, []))], invoices, 0, []);

    private static PlannedInvoice Planned(string partnerName, long fee, IReadOnlyList<InvoiceDefect> defects)
    {
        var partnerId = Guid.NewGuid();
        var draft = Invoice.DraftInvoice(Guid.NewGuid(), Guid.NewGuid(), partnerId, InvoiceRecipientKind.Partner, partnerId, partnerName, new DateOnly(2026, 11, 21),
            new DateOnly(2026, 12, 21), InvoiceTaxPolicy.TaxIncludedRoundDown, DateTimeOffset.UnixEpoch, "test").Invoice!;
        draft.AddLine(InvoiceLine.Charge("サイバー脅威センサーサービス 利用料 C-1 第1期", 1, new Yen(fee), TaxCategory.Standard), InvoiceLineSource.ContractTerm(Guid.NewGuid(), 1))
            .ShouldBeNull();
        return new PlannedInvoice(partnerId, partnerName, draft, defects);
    }
}
