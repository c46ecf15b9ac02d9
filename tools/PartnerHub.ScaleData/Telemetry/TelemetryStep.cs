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
/// freshly delivered contracts) in arrival order, as the vendor's bridges forward it, with the hub's clock at each
/// batch's arrival; then lets the hub's <see cref="DeviceStateEvaluator"/> decide every sensor's state at "now" and
/// checks it is the one planned.
/// </summary>
internal sealed class TelemetryStep(GenerationContext context, IServiceProvider services)
{
    // Heartbeats and capture statistics take half of the events (a pair per interval); alerts take the rest.
    private const double HeartbeatShare = 0.5;

    // A bridge serves the sensors of a region (north to south) and forwards when it holds a batch or its oldest event has
    // waited this long, so an event's ingest time stays within the hour of its arrival.
    private const int AppliancesPerBridge = 1_000;
    private const int KeptAlerts = 12;
    private static readonly TimeSpan s_maxForwardDelay = TimeSpan.FromHours(1);

    private readonly Random _random = context.RandomFor(4);
    private long _stored;
    private long _reported;

    public async Task<long> RunAsync(CancellationToken cancellationToken)
    {
        SuricataRules.CheckAgainst(ThreatClassifier.Default);
        var reporting = context.World.Reporting;
        var policy = services.GetRequiredService<IOptionsMonitor<DeviceHealthOptions>>().CurrentValue.ToPolicy();
        AssignStates(reporting, _random);
        var (pairs, alerts) = Budget(reporting, context.Plan.Events, _random);
        var plan = new List<SensorEventSpec>(context.Plan.Events);
        var stream = new SensorStream(policy, context.Now, _random);
        for (int i = 0; i < reporting.Count; i++)
        {
            stream.Plan(reporting[i], i, pairs[i], alerts[i], plan);
        }

        plan.Sort((a, b) => a.ReceivedAt.CompareTo(b.ReceivedAt));
        var bridgeOf = Bridges(reporting, out int bridgeCount);
        var waiting = Enumerable.Range(0, bridgeCount).Select(_ => new List<TelemetryEvent>(context.Options.BatchSize)).ToArray();
        var ingestor = services.GetRequiredService<TelemetryIngestor>();
        using var lines = new EveLines();
        var watch = Stopwatch.StartNew();
        foreach (var spec in plan)
        {
            var appliance = reporting[spec.Appliance];
            var line = lines.Render(spec, appliance);
            if (spec.Kind == TelemetryKind.Alert)
            {
                Keep(appliance, line, SuricataRules.All[spec.Rule]);
            }

            var bridge = waiting[bridgeOf[spec.Appliance]];
            bridge.Add(line);
            for (int b = 0; b < bridgeCount; b++)
            {
                if (waiting[b].Count >= context.Options.BatchSize || (waiting[b].Count > 0 && spec.ReceivedAt - waiting[b][0].ReceivedAt > s_maxForwardDelay))
                {
                    await ForwardAsync(ingestor, b, waiting[b], watch, cancellationToken);
                }
            }
        }

        for (int b = 0; b < bridgeCount; b++)
        {
            await ForwardAsync(ingestor, b, waiting[b], watch, cancellationToken);
        }

        context.Clock.Set(context.Now);
        await services.GetRequiredService<DeviceStateEvaluator>().EvaluateAsync(cancellationToken);
        await CheckStatesAsync(reporting, cancellationToken);
        await ActivateUnreportedAsync(reporting, cancellationToken);
        return _stored;
    }

    private async Task ForwardAsync(TelemetryIngestor ingestor, int bridge, List<TelemetryEvent> batch, Stopwatch watch, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return;
        }

        // The hub's clock when the bridge forwards the batch: its events' ingest times and any activation they trigger.
        var arrival = batch[^1].ReceivedAt.AddSeconds(1 + _random.Next(0, 4));
        context.Clock.Set(arrival < context.Now ? arrival : context.Now);
        string bridgeId = "bridge-" + (bridge + 1).ToString("D2", System.Globalization.CultureInfo.InvariantCulture);
        var response = await ingestor.IngestAsync(new TelemetryBatch(bridgeId, Generate.Id(_random), batch.ToArray()), cancellationToken);
        if (response.Duplicates != 0)
        {
            throw new InvalidOperationException($"The ingest counted {response.Duplicates} generated events as duplicates.");
        }

        batch.Clear();
        _stored += response.Accepted;
        if (_stored - _reported >= Math.Max(10_000, context.Plan.Events / 10) || _stored == context.Plan.Events)
        {
            _reported = _stored;
            Progress.Line(context.Output, $"  events: {_stored:N0}/{context.Plan.Events:N0} ({_stored / Math.Max(1, watch.Elapsed.TotalSeconds):N0}/s)");
        }
    }

    // Sensors ordered north to south by their customer's prefecture, split evenly over as few bridges as serve them.
    private static int[] Bridges(List<FieldAppliance> reporting, out int count)
    {
        count = Math.Max(1, (reporting.Count + AppliancesPerBridge - 1) / AppliancesPerBridge);
        var order = Enumerable.Range(0, reporting.Count).OrderBy(i => Catalogues.Regions.IndexOf(reporting[i].Customer.Region.Prefecture)).ThenBy(i => i).ToList();
        var bridgeOf = new int[reporting.Count];
        for (int position = 0; position < order.Count; position++)
        {
            bridgeOf[order[position]] = (int)((long)position * count / Math.Max(1, order.Count));
        }

        return bridgeOf;
    }

    // A few alerts per sensor for inquiries opened from an alert (reservoir sample).
    private void Keep(FieldAppliance appliance, TelemetryEvent line, SuricataRule rule)
    {
        var reference = new AlertRef(line.EventId, line.ObservedAt, rule.ExpectedClass, rule.Signature);
        appliance.AlertsSeen++;
        if (appliance.Alerts.Count < KeptAlerts)
        {
            appliance.Alerts.Add(reference);
        }
        else if (_random.Next(appliance.AlertsSeen) < KeptAlerts)
        {
            appliance.Alerts[_random.Next(KeptAlerts)] = reference;
        }
    }

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
            ContractStep.Must(contract.StartService(at, "ops@vendor.example", "管理ポータルでデータ受信を確認"), "activate");
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
