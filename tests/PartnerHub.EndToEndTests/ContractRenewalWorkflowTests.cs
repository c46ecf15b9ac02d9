using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PartnerHub.Data;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Contracts;
using PartnerHub.Domain.Contracts.Guidance;
using PartnerHub.Domain.Contracts.Terms;
using PartnerHub.Domain.Money;
using PartnerHub.Domain.Pricing;
using PartnerHub.EndToEndTests.Pages;
using PartnerHub.EndToEndTests.Support;
using PartnerHub.Infrastructure.Localization;

namespace PartnerHub.EndToEndTests;

/// <summary>
/// The contract's life at its renewal date: a customer's written non-renewal notice relayed by the partner (004 §4-3),
/// the renewal worklist, the renewal run that ends the contract when its last term is over, the return due date
/// (別紙4 §4); and the January guidance letters of fiscal-year plans (002 §12-2).
/// </summary>
public class ContractRenewalWorkflowTests(HubServer hub)
{
    [Fact]
    [Trait("Article", "004 §4-3")]
    public async Task NonRenewal_RecordedInTimeAndRunAfterTheTermEnds_EndsTheContractWithTheReturnDue()
    {
        var (contractId, number, termEnd, cancelBy) = await ContractWhoseFirstTermEndedAsync();
        var partner = await hub.NewPageAsync();
        await new LoginPage(partner).SignInAsync("staff@sakura.example");
        await partner.GotoInteractiveAsync($"/contracts/{contractId}");

        var vendorReceived = cancelBy.AddDays(-7);
        await partner.FillDateAsync("販売パートナー受領日", vendorReceived.AddDays(-3));
        await partner.FillDateAsync("ベンダーへの転送日", vendorReceived.AddDays(-1));
        await partner.FillDateAsync("ベンダー受領日", vendorReceived);
        var chooser = await partner.RunAndWaitForFileChooserAsync(() => partner.GetByRole(AriaRole.Button, new() { Name = "通知書のスキャンを選択" }).ClickAsync());
        await chooser.SetFilesAsync(new FilePayload
        {
            Name = "更新拒絶通知書.pdf",
            MimeType = "application/pdf",
            Buffer = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"u8.ToArray(),
        });
        await partner.GetByText("更新拒絶通知書.pdf").Last.WaitForAsync();
        await partner.GetByTestId("non-renewal-record").ClickAsync();

        await partner.GetByTestId("non-renewal-recorded").WaitForAsync();
        (await partner.GetByTestId("non-renewal-timeliness").InnerTextAsync()).ShouldContain("期限内");
        (await partner.GetByTestId("non-renewal-outcome").InnerTextAsync()).ShouldContain(JapaneseFormat.Date(termEnd, CultureInfo.GetCultureInfo("ja-JP")));
        (await partner.GetByTestId("non-renewal-letter").InnerTextAsync()).ShouldContain("更新拒絶通知書.pdf");

        await partner.GotoInteractiveAsync("/renewals");
        var row = partner.GetByTestId("renewal-table").Locator("tr", new() { HasText = number });
        await row.WaitForAsync();
        (await row.GetByTestId("renewal-outcome").InnerTextAsync()).ShouldContain("更新拒絶の申出により");

        var operations = await hub.NewPageAsync();
        await new LoginPage(operations).SignInAsync("ops@vendor.example");
        await operations.GotoInteractiveAsync("/renewals/runs");
        await operations.GetByTestId("renewal-run-now").ClickAsync();
        await operations.GetByText("件を終了しました").WaitForAsync();

        await partner.GotoInteractiveAsync($"/contracts/{contractId}");
        await partner.GetByTestId("service-ended").WaitForAsync();
        var returnDue = await partner.GetByTestId("return-due").InnerTextAsync();
        var expectedBy = ServicePlanPolicy.SensorService004.ReturnExpectedWithin.EndWhenStartingOn(termEnd.AddDays(1));
        returnDue.ShouldContain(JapaneseFormat.Date(expectedBy, CultureInfo.GetCultureInfo("ja-JP")));
        (await partner.GetByTestId("contract-term").InnerTextAsync()).ShouldContain("第1期");
        (await partner.GetByTestId("cancel-by").CountAsync()).ShouldBe(0);
        await partner.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "partnerhub-e2e", "contract-ended-after-non-renewal.png"), FullPage = true });

        await using var scope = hub.Services.CreateAsyncScope();
        await using var db = scope.ServiceProvider.GetRequiredService<HubDbContextFactory>().CreateSystemContext();
        var contract = await db.Contracts.SingleAsync(c => c.Id == contractId, TestContext.Current.CancellationToken);
        contract.Status.ShouldBe(ContractStatus.Ended);
        contract.ServiceEndedOn.ShouldBe(termEnd);
    }

    [Fact]
    [Trait("Article", "002 §12-2")]
    public async Task Guidance_RunForTheComingFiscalYear_WritesTheNewContractsLetterThatItsPartnerDownloads()
    {
        var (contractId, number) = await ChamberContractRenewingInAprilAsync();
        var operations = await hub.NewPageAsync();
        await new LoginPage(operations).SignInAsync("ops@vendor.example");
        await operations.GotoInteractiveAsync("/renewals/guidance");

        await operations.GetByTestId("guidance-start").ClickAsync();
        await operations.GetByTestId("guidance-last-run").Or(operations.GetByTestId("guidance-progress")).First.WaitForAsync();
        var row = operations.GetByTestId("guidance-table").Locator("tr", new() { HasText = number });
        await row.WaitForAsync(new() { Timeout = 60_000 });
        (await row.GetByTestId("guidance-status").InnerTextAsync()).ShouldNotBeNullOrWhiteSpace();

        var partner = await hub.NewPageAsync();
        await new LoginPage(partner).SignInAsync("staff@sakura.example");
        await partner.GotoInteractiveAsync("/renewals/guidance");
        var partnerRow = partner.GetByTestId("guidance-table").Locator("tr", new() { HasText = number });
        await partnerRow.WaitForAsync();
        var href = await partnerRow.GetByTestId("guidance-pdf").GetAttributeAsync("href");
        href.ShouldNotBeNull();
        var response = await partner.Context.APIRequest.GetAsync(href.StartsWith('/') ? href : "/" + href);
        response.Status.ShouldBe(200);
        response.Headers["content-type"].ShouldStartWith("application/pdf");
        var pdf = await response.BodyAsync();
        pdf.Length.ShouldBeGreaterThan(1000);
        System.Text.Encoding.ASCII.GetString(pdf, 0, 5).ShouldBe("%PDF-");

        await using var scope = hub.Services.CreateAsyncScope();
        await using var db = scope.ServiceProvider.GetRequiredService<HubDbContextFactory>().CreateSystemContext();
        var letters = await db.GuidanceLetters.Where(l => l.ContractId == contractId).ToListAsync(TestContext.Current.CancellationToken);
        letters.Count.ShouldBe(1);
        letters[0].Status.ShouldBe(GuidanceLetterStatus.Sent);
    }

    // A Sakura 004 contract delivered a year and a week ago: its first term ended a few days ago and no run has rolled it.
    private async Task<(Guid Id, string Number, DateOnly TermEnd, DateOnly CancelBy)> ContractWhoseFirstTermEndedAsync()
    {
        await using var scope = hub.Services.CreateAsyncScope();
        await using var db = scope.ServiceProvider.GetRequiredService<HubDbContextFactory>().CreateSystemContext();
        var customerId = await db.Customers.Where(c => c.PartnerId == DemoOrganisations.SakuraPartner).OrderByDescending(c => c.NameKana).Select(c => c.Id)
            .FirstAsync(TestContext.Current.CancellationToken);
        var at = TimeProvider.System.GetUtcNow();
        var today = JapaneseFormat.TokyoDate(at);
        var deliveredOn = today.AddYears(-1).AddDays(-7);
        var number = $"C-E2E-NR-{Guid.NewGuid():N}"[..20];
        var contract = new ServiceContract(Guid.NewGuid(), number, DemoOrganisations.SakuraPartner, customerId, ServicePlan.SensorService.Code,
            1, new Yen(600_000), null, deliveredOn.AddDays(-30), at, "e2e");
        contract.StartKitting(at, "e2e").ShouldBeNull();
        contract.Ship(at, "e2e", "e2e").ShouldBeNull();
        contract.CompleteDelivery(deliveredOn, at, "e2e").ShouldBeNull();
        contract.StartService(at, "e2e", "e2e").ShouldBeNull();
        db.Contracts.Add(contract);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        var first = contract.Timeline(BusinessCalendarSet.SeedsOnly)!.Term(1);
        first.End.ShouldBeLessThan(today);
        return (contract.Id, number, first.End, first.CancelBy);
    }

    // A Sakura 002 contract in service whose term ends on the coming March 31, so the coming year's guidance writes its letter.
    private async Task<(Guid Id, string Number)> ChamberContractRenewingInAprilAsync()
    {
        await using var scope = hub.Services.CreateAsyncScope();
        await using var db = scope.ServiceProvider.GetRequiredService<HubDbContextFactory>().CreateSystemContext();
        var customerId = await db.Customers.Where(c => c.PartnerId == DemoOrganisations.SakuraPartner).OrderBy(c => c.NameKana).Select(c => c.Id)
            .FirstAsync(TestContext.Current.CancellationToken);
        var at = TimeProvider.System.GetUtcNow();
        var today = JapaneseFormat.TokyoDate(at);
        var orderedOn = BusinessCalendars.ChamberUtm.AddBusinessDays(today, -60);
        var start = ContractTimeline.StartFor(ServicePlanPolicy.ChamberUtm002, orderedOn);
        var deliveredOn = start > today ? today : start;
        var number = $"C-E2E-GD-{Guid.NewGuid():N}"[..20];
        var contract = new ServiceContract(Guid.NewGuid(), number, DemoOrganisations.SakuraPartner, customerId, ServicePlan.ChamberUtm.Code,
            1, new Yen(79_200), null, orderedOn, at, "e2e");
        contract.StartKitting(at, "e2e").ShouldBeNull();
        contract.Ship(at, "e2e", "e2e").ShouldBeNull();
        contract.CompleteDelivery(deliveredOn, at, "e2e").ShouldBeNull();
        contract.StartService(at, "e2e", "e2e").ShouldBeNull();
        contract.RollForward(today, at, "e2e");
        db.Contracts.Add(contract);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        contract.Timeline(BusinessCalendarSet.SeedsOnly)!.Term(contract.Timeline(BusinessCalendarSet.SeedsOnly)!.TermOn(today)?.Number ?? 1).End.ShouldBe(GuidanceYear.TermEnd(GuidanceYear.Coming(today)));
        return (contract.Id, number);
    }
}
