using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Devices.Health;
using PartnerHub.Domain.Devices.Telemetry;
using PartnerHub.Domain.Partners;

namespace PartnerHub.Features.Home;

/// <summary>Counts for the landing pages. Tenant filters make the same query right for every role.</summary>
public sealed class HomeQueries(IDbContextFactory<HubDbContext> contextFactory, TimeProvider clock)
{
    public async Task<HomeSummary> GetSummaryAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var organisation = await db.Organisations.AsNoTracking()
            .Where(o => o.Id == db.Tenant.OwnOrganisationId)
            .Select(o => o.Name)
            .SingleOrDefaultAsync(cancellationToken);
        var organisationsByKind = await db.Organisations.AsNoTracking()
            .GroupBy(o => o.Kind)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var dayAgo = clock.GetUtcNow().AddDays(-1);
        return new HomeSummary(
            organisation ?? string.Empty,
            await db.Customers.CountAsync(cancellationToken),
            organisationsByKind.GetValueOrDefault(OrganisationKind.SalesPartner),
            organisationsByKind.GetValueOrDefault(OrganisationKind.HardwareVendor),
            await db.Users.CountAsync(cancellationToken),
            await db.DeviceHealths.CountAsync(h => h.State == DeviceState.Offline || h.State == DeviceState.Silent || h.State == DeviceState.Degraded, cancellationToken),
            await db.SensorEvents.CountAsync(e => e.Kind == TelemetryKind.Alert && e.ObservedAt >= dayAgo, cancellationToken));
    }
}

/// <summary>Landing-page counts; <paramref name="DevicesNeedingAttention"/> are offline, silent or degraded sensors.</summary>
public sealed record HomeSummary(string OrganisationName, int Customers, int Partners, int HardwareVendors, int Users, int DevicesNeedingAttention, int AlertsLastDay);
