using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PartnerHub.Domain.Contracts;
using PartnerHub.Domain.Devices.Alerts;
using PartnerHub.Domain.Devices.Telemetry;
using PartnerHub.Domain.ParameterSheets;
using PartnerHub.Features.Devices.Health;
using PartnerHub.Features.Devices.Ingest;
using PartnerHub.ScaleData.Catalogues;
using PartnerHub.ScaleData.Generation;

namespace PartnerHub.ScaleData.Telemetry;

/// <summary>
/// Sends the sensors' telemetry through the hub's own ingest (<see cref="TelemetryIngestor"/>: dedup by batch and event,
/// prepared INSERTs on SQLite, device health pictures, daily alert counts, and the first-telemetry activation of
/// freshly delivered contracts), bridge by bridge in time order with the hub's clock at each batch's arrival, then
/// lets the hub's <see cref="DeviceStateEvaluator"/> decide every sensor's state at "now" and checks it is the one planned.
/// </summary>
internal sealed class TelemetryStep(GenerationContext context, IServiceProvider services)
{
    // Heartbeats and capture statistics take half of the events (a pair per interval); alerts take the rest.
    private const double HeartbeatShare = 0.5;
    private const int AppliancesPerBridge = 100;

    public async Task<long> RunAsync(CancellationToken cancellationToken)
    {
        SuricataRules.CheckAgainst(ThreatClassifier.Default);
        var random = context.RandomFor(4);
        var reporting = context.World.Reporting;
        var policy = services.GetRequiredService<IOptionsMonitor<DeviceHealthOptions>>().CurrentValue.ToPolicy();
        AssignStates(reporting, random);
        var (pairs, alerts) = Budget(reporting, context.Plan.Events, random);

        var ingestor = services.GetRequiredService<TelemetryIngestor>();
        using var lines = new EveLines();
        var stream = new SensorStream(lines, policy, context.Now, random);
        var bridges = reporting.Select((appliance, index) => (appliance, index))
            .GroupBy(a => a.appliance.Customer.Partner.Domain)
            .SelectMany(g => g.Chunk(AppliancesPerBridge).Select((members, n) => (Bridge: BridgeId(g.Key, n), Members: members)))
            .ToList();
        long stored = 0;
        long reported = 0;
        var watch = Stopwatch.StartNew();
        foreach (var (bridge, members) in bridges)
        {
            var events = members.SelectMany(m => stream.Make(m.appliance, pairs[m.index], alerts[m.index])).ToList();
            events.Sort((a, b) => a.ReceivedAt.CompareTo(b.ReceivedAt));
            foreach (var batch in events.Chunk(context.Options.BatchSize))
            {
                // The hub's clock when the bridge forwards the batch: its events' ingest times and any activation they trigger.
                var arrival = batch[^1].ReceivedAt.AddSeconds(1 + random.Next(0, 4));
                context.Clock.Set(arrival < context.Now ? arrival : context.Now);
                var response = await ingestor.IngestAsync(new TelemetryBatch(bridge, Generate.Id(random), batch), cancellationToken);
                if (response.Duplicates != 0)
                {
                    throw new InvalidOperationException($"The ingest counted {response.Duplicates} generated events as duplicates.");
                }

                stored += response.Accepted;
                if (stored - reported >= 100_000 || stored == context.Plan.Events)
                {
                    reported = stored;
                    Progress.Line(context.Output, $"  events: {stored:N0}/{context.Plan.Events:N0} ({stored / Math.Max(1, watch.Elapsed.TotalSeconds):N0}/s)");
                }
            }
        }

        context.Clock.Set(context.Now);
        await services.GetRequiredService<DeviceStateEvaluator>().EvaluateAsync(cancellationToken);
        await CheckStatesAsync(reporting, cancellationToken);
        await ActivateUnreportedAsync(reporting, cancellationToken);
        return stored;
    }

    private static string BridgeId(string partnerDomain, int n) =>
        "bridge-" + partnerDomain[..partnerDomain.IndexOf('.', StringComparison.Ordinal)] + "-" + (n + 1).ToString("D2", System.Globalization.CultureInfo.InvariantCulture);

    private static void AssignStates(List<FieldAppliance> reporting, Random random)
    {
        var states = ScalePlan.HealthStates(reporting.Count).SelectMany(s => Enumerable.Repeat(s.Key, s.Value)).ToList();
        Generate.Shuffle(states, random);
        for (int i = 0; i < reporting.Count; i++)
        {
            reporting[i].TargetState = states[i];
        }
    }

    // Heartbeats at a steady rate over each sensor's window; alerts by a heavy-tailed noisiness (a few sensors see most
    // scans), split by largest remainder so the total is exactly the events asked for.
    private (int[] Pairs, int[] Alerts) Budget(List<FieldAppliance> reporting, int events, Random random)
    {
        int count = reporting.Count;
        var pairs = new int[count];
        var alerts = new int[count];
        if (count == 0)
        {
            return (pairs, alerts);
        }

        var window = TimeSpan.FromDays(context.Plan.TelemetryDays);
        var share = reporting.Select(a => Math.Clamp((context.Now - a.ReportingFrom) / window, 0.01, 1)).ToArray();
        double pairsPerFullWindow = HeartbeatShare * events / count / 2;
        for (int i = 0; i < count; i++)
        {
            pairs[i] = (int)(pairsPerFullWindow * share[i]);
        }

        int alertTotal = events - (2 * pairs.Sum());
        var weights = share.Select(s => s * Math.Exp(Normal(random))).ToArray();
        double sum = weights.Sum();
        var exact = weights.Select(w => alertTotal * w / sum).ToArray();
        for (int i = 0; i < count; i++)
        {
            alerts[i] = (int)Math.Floor(exact[i]);
        }

        foreach (int i in Enumerable.Range(0, count).OrderByDescending(i => exact[i] - alerts[i]).Take(alertTotal - alerts.Sum()))
        {
            alerts[i]++;
        }

        return (pairs, alerts);
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    private async Task CheckStatesAsync(List<FieldAppliance> reporting, CancellationToken cancellationToken)
    {
        await using var db = context.CreateContext();
        var states = await db.DeviceHealths.AsNoTracking().Select(h => new { h.ApplianceId, h.State }).ToDictionaryAsync(h => h.ApplianceId, h => h.State, cancellationToken);
        var wrong = reporting.Where(a => states.TryGetValue(a.ApplianceId, out var state) && state != a.TargetState)
            .Select(a => $"{a.Serial}: {states[a.ApplianceId]}, planned {a.TargetState}")
            .ToList();
        if (wrong.Count > 0)
        {
            throw new InvalidOperationException("The hub's evaluation disagrees with the planned device states: " + string.Join("; ", wrong.Take(10)));
        }
    }

    // A sensor installed in the window whose telemetry did not arrive (no events asked for) is confirmed by hand instead.
    private async Task ActivateUnreportedAsync(List<FieldAppliance> reporting, CancellationToken cancellationToken)
    {
        var ids = reporting.Where(a => a.ActivatedByTelemetry).Select(a => a.ContractId).ToList();
        await using var db = context.CreateContext();
        var waiting = await db.Contracts.Include(c => c.Events).Where(c => ids.Contains(c.Id) && c.Status == ContractStatus.Delivered).ToListAsync(cancellationToken);
        foreach (var contract in waiting)
        {
            var sheet = await db.ParameterSheets.Include(s => s.Events).SingleAsync(s => s.ContractId == contract.Id, cancellationToken);
            var delivered = contract.Events.Max(e => e.At);
            var at = delivered.AddDays(2) < context.Now ? delivered.AddDays(2) : context.Now;
            ContractStep.Must(sheet.MoveTo(ParameterSheetStatus.DataCollectionConfirmed, at, "ops@vendor.example", "管理ポータルでデータ受信を確認"), "confirm data collection");
            ContractStep.Must(contract.MoveTo(ContractStatus.Active, at, "ops@vendor.example", "管理ポータルでデータ受信を確認"), "activate");
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
