using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Devices.Alerts;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Devices.ThreatMappings;

/// <summary>One mapping rule as vendor operations would keep it: the sites' local ICMP sweep rule is reconnaissance.</summary>
public sealed class DemoThreatMappings(HubDbContextOptions contextOptions, TimeProvider clock) : IDemoDataContributor
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await using var db = contextOptions.Create(TenantScope.System, clock);
        if (await db.ThreatMappingRules.AnyAsync(cancellationToken))
        {
            return;
        }

        var (rule, _) = ThreatMappingRule.Create(Guid.NewGuid(), ThreatMatchBy.SignatureText, "LOCAL ICMP sweep", ThreatClass.Reconnaissance, ThreatKind.None,
            "拠点のローカルルール（ICMP スイープ）は偵察通信として扱う", clock.GetUtcNow(), "seed");
        db.ThreatMappingRules.Add(rule!);
        await db.SaveChangesAsync(cancellationToken);
    }
}
