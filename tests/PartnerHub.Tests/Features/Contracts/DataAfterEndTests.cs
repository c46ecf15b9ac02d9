using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Contracts;
using PartnerHub.Domain.Contracts.Terms;
using PartnerHub.Domain.Customers;
using PartnerHub.Domain.Escalations;
using PartnerHub.Features.Contracts.DataAfterEnd;
using PartnerHub.Features.Escalations;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Contracts;

/// <summary>Customer data after the service's end (001 §16; 004 §10-4: 30 days for 004 plans).</summary>
public class DataAfterEndTests(HubAppFactory app)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static DateOnly Today => JapaneseFormat.TokyoDate(TimeProvider.System.GetUtcNow());

    [Fact]
    [Trait("Article", "001 §16; 004 §10-4")]
    public async Task RunOnce_WhenRetentionHasPassed_ErasesTheContractsTelemetryAndTheCustomersContactsAndKeepsEvidence()
    {
        var customerId = await NewCustomerAsync();
        var deployment = await DeviceTestData.DeployAsync(app, DemoOrganisations.MinatoPartner, Token, customerId, deliveredDaysAgo: 200);
        await SendTelemetryAsync(deployment.Serial);
        var caseId = await CaseWithHearingSheetAsync(customerId);
        await EndServiceAsync(deployment.ContractId, lastDay: Today.AddDays(-31));

        var round = await app.Services.GetRequiredService<EndedServiceData>().RunOnceAsync(Token);

        round.Contracts.ShouldBeGreaterThanOrEqualTo(1);
        await using var db = app.CreateContext(TenantScope.System);
        (await db.SensorEvents.CountAsync(e => e.ContractId == deployment.ContractId, Token)).ShouldBe(0);
        (await db.DeviceHealths.CountAsync(h => h.ContractId == deployment.ContractId, Token)).ShouldBe(0);
        var customer = await db.Customers.Include(c => c.ContactHistory).SingleAsync(c => c.Id == customerId, Token);
        customer.ServiceContact.ShouldBe(ServiceContact.Erased);
        customer.NotificationEmails.ShouldBeNull();
        customer.ContactHistory.ShouldAllBe(r => r.Contact == ServiceContact.Erased);
        customer.Name.ShouldBe("株式会社削除テスト");
        (await db.SupportCases.WithHistory().SingleAsync(c => c.Id == caseId, Token)).HearingAnswers.ShouldBeEmpty();
        var evidence = await db.DataErasures.Where(e => e.CustomerId == customerId).ToListAsync(Token);
        evidence.Count.ShouldBe(2);
        evidence.Single(e => e.ContractId == deployment.ContractId).Summary.ShouldContain("telemetry records: 2");
        evidence.Single(e => e.ContractId == null).Summary.ShouldContain("hearing answers");
        // The contract and its history stay for the partner's books.
        (await db.Contracts.CountAsync(c => c.Id == deployment.ContractId, Token)).ShouldBe(1);
    }

    [Fact]
    public async Task RunOnce_WhenRunAgain_ErasesNothingTwice()
    {
        var customerId = await NewCustomerAsync();
        var deployment = await DeviceTestData.DeployAsync(app, DemoOrganisations.MinatoPartner, Token, customerId, deliveredDaysAgo: 200);
        await EndServiceAsync(deployment.ContractId, lastDay: Today.AddDays(-31));
        var erasure = app.Services.GetRequiredService<EndedServiceData>();
        await erasure.RunOnceAsync(Token);

        await erasure.RunOnceAsync(Token);

        await using var db = app.CreateContext(TenantScope.System);
        (await db.DataErasures.CountAsync(e => e.CustomerId == customerId, Token)).ShouldBe(2);
    }

    [Fact]
    [Trait("Article", "004 §10-4")]
    public async Task RunOnce_WithinTheRetention_KeepsEverything()
    {
        var customerId = await NewCustomerAsync();
        var deployment = await DeviceTestData.DeployAsync(app, DemoOrganisations.MinatoPartner, Token, customerId, deliveredDaysAgo: 200);
        await SendTelemetryAsync(deployment.Serial);
        // 004 keeps data 30 days after the last day: the last day 29 days ago is still within it.
        await EndServiceAsync(deployment.ContractId, lastDay: Today.AddDays(-29));

        await app.Services.GetRequiredService<EndedServiceData>().RunOnceAsync(Token);

        await using var db = app.CreateContext(TenantScope.System);
        (await db.SensorEvents.CountAsync(e => e.ContractId == deployment.ContractId, Token)).ShouldBe(2);
        (await db.DataErasures.CountAsync(e => e.CustomerId == customerId, Token)).ShouldBe(0);
        (await db.Customers.SingleAsync(c => c.Id == customerId, Token)).ServiceContact.ShouldNotBe(ServiceContact.Erased);
    }

    [Fact]
    public async Task RunOnce_WhenTheCustomerHasAnotherRunningContract_ErasesOnlyTheEndedContractsData()
    {
        var customerId = await NewCustomerAsync();
        var ended = await DeviceTestData.DeployAsync(app, DemoOrganisations.MinatoPartner, Token, customerId, deliveredDaysAgo: 200);
        await DeviceTestData.DeployAsync(app, DemoOrganisations.MinatoPartner, Token, customerId, deliveredDaysAgo: 20);
        await EndServiceAsync(ended.ContractId, lastDay: Today.AddDays(-31));

        await app.Services.GetRequiredService<EndedServiceData>().RunOnceAsync(Token);

        await using var db = app.CreateContext(TenantScope.System);
        (await db.DataErasures.Where(e => e.CustomerId == customerId).Select(e => e.ContractId).ToListAsync(Token)).ShouldBe([ended.ContractId]);
        (await db.Customers.SingleAsync(c => c.Id == customerId, Token)).ServiceContact.ShouldNotBe(ServiceContact.Erased);
    }

    private async Task<Guid> NewCustomerAsync()
    {
        await using var db = app.CreateContext(TenantScope.System);
        var customer = new Customer(Guid.NewGuid(), DemoOrganisations.MinatoPartner, "株式会社削除テスト", "サクジョテスト",
            new ServiceContact("山田 花子", "ヤマダ ハナコ", "hanako@delete-test.example", "03-5555-0101", "情報システム部"), TimeProvider.System.GetUtcNow())
        {
            NotificationEmails = "soc@delete-test.example",
        };
        customer.ReplaceServiceContact(customer.ServiceContact with { }, TimeProvider.System.GetUtcNow());
        db.Customers.Add(customer);
        await db.SaveChangesAsync(Token);
        return customer.Id;
    }

    private async Task SendTelemetryAsync(string serial)
    {
        var now = TimeProvider.System.GetUtcNow();
        (await DeviceTestData.PostAsync(app.CreateClient(), DeviceTestData.Batch(
            DeviceTestData.Heartbeat(serial, now.AddMinutes(-2), 3600), DeviceTestData.Alert(serial, now.AddMinutes(-1))), Token)).EnsureSuccessStatusCode();
    }

    private async Task<Guid> CaseWithHearingSheetAsync(Guid customerId)
    {
        var partnerId = DemoOrganisations.MinatoPartner;
        var opened = await EscalationTestData.AsPartnerAsync(app, partnerId, s => s.GetRequiredService<OpenInquiry>().HandleAsync(
            new OpenInquiryRequest(customerId, "通知の見方", "山田 花子", "03-5555-0101", null, VerificationMethod.RegisteredPhoneMatch), Token));
        opened.Problem.ShouldBeNull();
        (await EscalationTestData.AsPartnerAsync(app, partnerId, s => s.GetRequiredService<CaseWork>().FillHearingSheetAsync(
            opened.CaseId!.Value, EscalationTestData.ValidSheet(), TlpMarking.Amber, Token))).Problem.ShouldBeNull();
        return opened.CaseId!.Value;
    }

    // The customer cancelled with lastDay as the last day; the renewal run ended the contract the day after.
    private async Task EndServiceAsync(Guid contractId, DateOnly lastDay)
    {
        await using var db = app.CreateContext(TenantScope.System);
        var contract = await db.Contracts.Include(c => c.Events).SingleAsync(c => c.Id == contractId, Token);
        var at = TimeProvider.System.GetUtcNow();
        contract.ScheduleEnd(lastDay, TerminationCause.CustomerConvenience, lastDay, "test", lastDay, at, "test").ShouldBeNull();
        contract.End(lastDay.AddDays(1), at, "renewal-run").ShouldBeNull();
        contract.Status.ShouldBe(ContractStatus.Terminated);
        await db.SaveChangesAsync(Token);
    }
}

public class CustomerDataExportTests(HubAppFactory app)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    [Trait("Article", "001 §16")]
    public async Task DataExport_WhenVendorOperationsDownloadIt_HoldsEverySheetOfTheCustomer()
    {
        var deployment = await DeviceTestData.DeployAsync(app, DemoOrganisations.MinatoPartner, Token);
        var now = TimeProvider.System.GetUtcNow();
        (await DeviceTestData.PostAsync(app.CreateClient(), DeviceTestData.Batch(DeviceTestData.Alert(deployment.Serial, now.AddMinutes(-1))), Token)).EnsureSuccessStatusCode();
        var operations = await HubSession.SignInAsync(app, "ops@vendor.example");

        var response = await operations.GetAsync(new Uri($"/customers/{deployment.CustomerId}/data-export.zip", UriKind.Relative), Token);

        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/zip");
        await using var zipStream = new MemoryStream(await response.Content.ReadAsByteArrayAsync(Token));
        using var zip = new System.IO.Compression.ZipArchive(zipStream);
        var workbook = zip.Entries.Single(e => e.FullName.EndsWith(".xlsx", StringComparison.Ordinal));
        await using var workbookStream = new MemoryStream();
        await using (var entry = workbook.Open())
        {
            await entry.CopyToAsync(workbookStream, Token);
        }

        workbookStream.Position = 0;
        var sheets = PartnerHub.Features.Documents.Excel.ExcelReader.ReadAll(workbookStream);
        sheets.Select(s => s.Name).ShouldBe(["顧客", "連絡先履歴", "契約", "問い合わせ", "ヒアリング回答", "アラート"], ignoreOrder: true);
        sheets.Single(s => s.Name == "契約").Rows.ShouldContain(r => r.Cells.Any(c => Equals(c.Value, "T-" + deployment.Serial)));
        sheets.Single(s => s.Name == "アラート").Rows.ShouldContain(r => r.Cells.Any(c => Equals(c.Value, deployment.Serial)));
    }

    [Fact]
    public async Task DataExport_WhenAPartnerAsks_IsForbidden()
    {
        var deployment = await DeviceTestData.DeployAsync(app, DemoOrganisations.MinatoPartner, Token);
        var partner = await HubSession.SignInAsync(app, "admin@minato.example");

        var response = await partner.GetAsync(new Uri($"/customers/{deployment.CustomerId}/data-export.zip", UriKind.Relative), Token);

        response.StatusCode.ShouldNotBe(System.Net.HttpStatusCode.OK);
        response.Content.Headers.ContentType?.MediaType.ShouldNotBe("application/zip");
    }
}
