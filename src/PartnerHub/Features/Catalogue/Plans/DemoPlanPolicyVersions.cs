using PartnerHub.Data;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Contracts.Terms;
using PartnerHub.Domain.Pricing;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Catalogue.Plans;

/// <summary>
/// The demo vendor has scheduled a change of the UTM plan from next April: a third reminder 40 business days before the
/// cancel-by date. The plan policy page has a scheduled version to show, revise and withdraw.
/// </summary>
public sealed class DemoPlanPolicyVersions(HubDbContextOptions contextOptions, TimeProvider clock) : IDemoDataContributor
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = JapaneseFormat.TokyoDate(now);
        var from = new DateOnly(today.Month >= 4 ? today.Year + 1 : today.Year, 4, 1);
        var current = PlanPolicySettings.Of(ServicePlanPolicy.ForPlan(ServicePlan.ChamberUtm.Code));
        var settings = current with { CancelByReminderBusinessDays = [40, .. current.CancelByReminderBusinessDays.Where(d => d != 40)] };
        var (version, _) = PlanPolicyVersion.Schedule(Guid.NewGuid(), ServicePlan.ChamberUtm.Code, from, settings, [], today, now, "admin@vendor.example");
        if (version is null)
        {
            return;
        }

        await using var db = contextOptions.Create(TenantScope.System, clock);
        db.PlanPolicyVersions.Add(version);
        await db.SaveChangesAsync(cancellationToken);
    }
}
