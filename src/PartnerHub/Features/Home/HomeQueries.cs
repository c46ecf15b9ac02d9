using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Devices.Health;
using PartnerHub.Domain.Devices.Telemetry;
using PartnerHub.Domain.Escalations;
using PartnerHub.Features.Escalations;
using PartnerHub.Domain.Partners;

namespace PartnerHub.Features.Home;

/// <summary>Counts for the landing pages. Tenant filters make the same query right for every role.</summary>
public sealed class HomeQueries(IDbContextFactory<HubDbContext> contextFactory, TimeProvider clock, Catalogue.Calendars.BusinessCalendarDirectory calendars)
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
        var now = clock.GetUtcNow();
        var dayAgo = now.AddDays(-1);
        var openCases = await db.SupportCases.CountAsync(c => c.Status != SupportCaseStatus.Closed && c.Status != SupportCaseStatus.AnsweredByPartner, cancellationToken);
        // Breach needs the business-hours clock over each case's pauses: evaluated for the few cases still awaiting a first answer.
        var awaitingAnswer = await db.SupportCases.AsNoTracking().Where(c => c.EscalatedAt != null && c.FirstAnsweredAt == null && c.Status != SupportCaseStatus.Closed)
            .WithHistory().ToListAsync(cancellationToken);
        var sla = await calendars.DeskSlaClockAsync(cancellationToken);
        var breached = awaitingAnswer.Count(c => c.EvaluateSla(sla, now)?.State == SlaState.Breached);
        return new HomeSummary(
            organisation ?? string.Empty,
            await db.Customers.CountAsync(cancellationToken),
            organisationsByKind.GetValueOrDefault(OrganisationKind.SalesPartner),
            organisationsByKind.GetValueOrDefault(OrganisationKind.HardwareVendor),
            await db.Users.CountAsync(cancellationToken),
            await db.DeviceHealths.CountAsync(h => h.State == DeviceState.Offline || h.State == DeviceState.Silent || h.State == DeviceState.Degraded, cancellationToken),
            await db.SensorEvents.CountAsync(e => e.Kind == TelemetryKind.Alert && e.ReceivedAt >= dayAgo, cancellationToken),
            openCases,
            breached);
    }
}

/// <summary>
/// Landing-page counts; <paramref name="DevicesNeedingAttention"/> are offline, silent or degraded sensors,
/// <paramref name="BreachedCases"/> escalations past their first-answer due time without an answer.
/// </summary>
public sealed record HomeSummary(string OrganisationName, int Customers, int Partners, int HardwareVendors, int Users, int DevicesNeedingAttention, int AlertsLastDay,
    int OpenCases, int BreachedCases);
