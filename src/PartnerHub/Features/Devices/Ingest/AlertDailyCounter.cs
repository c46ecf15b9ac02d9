using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Devices.Alerts;

namespace PartnerHub.Features.Devices.Ingest;

/// <summary>
/// The daily alert counts a batch of work touches: the existing rows of its appliances and days read in one query,
/// then counted in memory and saved with the work (ingest adds alerts; re-applying mapping rules moves them between
/// classes).
/// </summary>
internal sealed class AlertDailyCounter
{
    private readonly HubDbContext _db;
    private readonly Dictionary<(Guid, DateOnly, ThreatClass), AlertDailyCount> _rows;

    private AlertDailyCounter(HubDbContext db, Dictionary<(Guid, DateOnly, ThreatClass), AlertDailyCount> rows)
    {
        _db = db;
        _rows = rows;
    }

    public static async Task<AlertDailyCounter> LoadAsync(HubDbContext db, IEnumerable<Guid> applianceIds, IEnumerable<DateOnly> days, CancellationToken cancellationToken)
    {
        var appliances = applianceIds.Distinct().ToList();
        var dayList = days.Distinct().ToList();
        var existing = appliances.Count == 0 || dayList.Count == 0
            ? []
            : await db.AlertDailyCounts.Where(c => appliances.Contains(c.ApplianceId) && dayList.Contains(c.Day)).ToListAsync(cancellationToken);
        return new AlertDailyCounter(db, existing.ToDictionary(r => (r.ApplianceId, r.Day, r.ThreatClass)));
    }

    public void Increment(Guid applianceId, Guid? partnerId, Guid? customerId, DateOnly day, ThreatClass threatClass) =>
        Row(applianceId, partnerId, customerId, day, threatClass).Increment();

    public void Decrement(Guid applianceId, DateOnly day, ThreatClass threatClass)
    {
        if (_rows.TryGetValue((applianceId, day, threatClass), out var count))
        {
            count.Decrement();
        }
    }

    private AlertDailyCount Row(Guid applianceId, Guid? partnerId, Guid? customerId, DateOnly day, ThreatClass threatClass)
    {
        if (!_rows.TryGetValue((applianceId, day, threatClass), out var count))
        {
            count = new AlertDailyCount(applianceId, day, threatClass, partnerId, customerId);
            _db.AlertDailyCounts.Add(count);
            _rows.Add((applianceId, day, threatClass), count);
        }

        return count;
    }
}
