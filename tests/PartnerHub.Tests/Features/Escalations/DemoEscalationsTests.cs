using Microsoft.EntityFrameworkCore;
using PartnerHub.Domain.Escalations;
using PartnerHub.Features.Escalations;
using PartnerHub.Infrastructure.Tenancy;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Escalations;

/// <summary>The demo gives the desk real work: built by the case rules, so statuses and SLA are what use would produce.</summary>
public class DemoEscalationsTests(HubAppFactory app)
{
    [Fact]
    public async Task The_demo_desk_has_a_breached_a_waiting_a_reported_and_a_phone_answered_case()
    {
        await using var db = app.CreateContext(TenantScope.System);
        var demo = await db.SupportCases.WithHistory().Where(c => c.OpenedBy.StartsWith("staff@") || c.OpenedBy.StartsWith("admin@"))
            .Where(c => c.ApplianceSerial == null || c.ApplianceSerial.StartsWith("SIM-")).ToListAsync(TestContext.Current.CancellationToken);
        var now = TimeProvider.System.GetUtcNow();

        var bySerial = demo.Where(c => c.ApplianceSerial is not null).ToDictionary(c => c.ApplianceSerial!);
        bySerial["SIM-0001"].Status.ShouldBe(SupportCaseStatus.InProgress);
        bySerial["SIM-0001"].EvaluateSla(SlaClock.SensorServiceDesk, now)!.State.ShouldBe(SlaState.Breached);
        bySerial["SIM-0002"].Status.ShouldBe(SupportCaseStatus.WaitingForCustomer);
        bySerial["SIM-0002"].EvaluateSla(SlaClock.SensorServiceDesk, now)!.State.ShouldBe(SlaState.Met);
        bySerial["SIM-0003"].Status.ShouldBe(SupportCaseStatus.Reported);
        demo.ShouldContain(c => c.ApplianceSerial == null && c.Status == SupportCaseStatus.AnsweredByPartner);
    }
}
