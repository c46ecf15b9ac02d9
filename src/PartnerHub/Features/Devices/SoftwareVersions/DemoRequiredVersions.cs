using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Devices.Health;
using PartnerHub.Domain.Pricing;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Devices.SoftwareVersions;

/// <summary>
/// The CTS sensors must run 7.0.8 or newer since a month ago (7.0.7 and older miss a fix), and 7.1.0 is scheduled for a
/// month ahead. Seeded before <see cref="DemoTelemetry"/>, whose SIM-0006 still reports 7.0.6 and so is flagged.
/// </summary>
public sealed class DemoRequiredVersions(HubDbContextOptions contextOptions, TimeProvider clock) : IDemoDataContributor
{
    /// <summary>The minimum version in force for the CTS sensors in the demo.</summary>
    public const string CtsMinimum = "7.0.8";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await using var db = contextOptions.Create(TenantScope.System, clock);
        if (await db.RequiredSoftwareVersions.AnyAsync(cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow();
        var today = JapaneseFormat.TokyoDate(now);
        var (current, _) = RequiredSoftwareVersion.Record(Guid.NewGuid(), ApplianceModel.CyberThreatSensor.Code, CtsMinimum, today.AddMonths(-1),
            "7.0.7 以前は TLS 解析の不具合により一部のアラートを取りこぼす（修正版 7.0.8）", now.AddMonths(-1).AddDays(-3), "ops@vendor.example");
        var (next, _) = RequiredSoftwareVersion.Record(Guid.NewGuid(), ApplianceModel.CyberThreatSensor.Code, "7.1.0", today.AddMonths(1),
            "ルールエンジン更新（7.1 系）への移行期限", now.AddDays(-2), "ops@vendor.example");
        db.RequiredSoftwareVersions.AddRange(current!, next!);
        await db.SaveChangesAsync(cancellationToken);
    }
}
