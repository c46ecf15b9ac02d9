using System.Net;
using System.Net.Http.Json;
using ApplianceBridge.Ingest;
using ApplianceBridge.Tests.Infrastructure;
using PartnerHub.Domain.Devices.Telemetry;

namespace ApplianceBridge.Tests.Ingest;

public sealed class IngestParsingTests : BridgeTestBase
{
    [Fact]
    public async Task Post_MalformedLines_ReportedByLineNumberAndValidLinesDelivered()
    {
        var appliance = new Appliance(StartBridge().CreateClient());
        string body = string.Join("\n",
            Eve.Alert(1),
            "{not json",
            "[1,2,3]",
            """{"timestamp":"2026-04-01T09:00:00.000000+0900","flow_id":1}""",
            "",
            Eve.Alert(2).Replace("\"severity\":2", "\"severity\":9", StringComparison.Ordinal),
            """{"timestamp":"yesterday","event_type":"alert"}""",
            Eve.Stats(1)) + "\n";

        IngestResponse answer = await appliance.PostAcceptedAsync(body);

        answer.Accepted.ShouldBe(2);
        answer.Rejected.Select(r => r.Line).ShouldBe([2, 3, 4, 6, 7]);
        answer.Rejected[0].Reason.ShouldStartWith("not valid JSON");
        answer.Rejected[1].Reason.ShouldBe("not a JSON object");
        answer.Rejected[2].Reason.ShouldContain("event_type");
        answer.Rejected[3].Reason.ShouldContain("alert.severity");
        answer.Rejected[4].Reason.ShouldContain("timestamp");
        await Wait.UntilAsync(() => Hub.StoredEvents == 2, "the 2 valid events at the hub");
        Hub.HasEvent(appliance.EventId(Eve.Alert(1))).ShouldBeTrue();
        Hub.HasEvent(appliance.EventId(Eve.Stats(1))).ShouldBeTrue();
    }

    [Fact]
    public async Task Post_OnlyMalformedLines_Returns422WithReport()
    {
        var appliance = new Appliance(StartBridge().CreateClient());

        using HttpResponseMessage response = await appliance.PostAsync("garbage\n{\"event_type\":5}\n");

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        IngestResponse? answer = await response.Content.ReadFromJsonAsync(IngestJsonContext.Default.IngestResponse, TestContext.Current.CancellationToken);
        answer!.Rejected.Count.ShouldBe(2);
    }

    [Fact]
    public async Task Post_SameBatchResent_AnsweredAsDuplicatesAndHubStoresOnce()
    {
        var appliance = new Appliance(StartBridge().CreateClient());
        string body = Eve.Alerts(1, 10);

        IngestResponse first = await appliance.PostAcceptedAsync(body);
        await Wait.UntilAsync(() => Hub.StoredEvents == 10, "first copy at the hub");
        // A real resend is signed anew: a later timestamp, so it is not a replay of the first request.
        IngestResponse second = await appliance.PostAcceptedAsync(body, TimeProvider.System.GetUtcNow().ToUnixTimeSeconds() + 5);

        first.Accepted.ShouldBe(10);
        second.Accepted.ShouldBe(0);
        second.Duplicates.ShouldBe(10);
        Hub.DeliveredEventCount.ShouldBe(10);
        Hub.StoredEvents.ShouldBe(10);
    }

    [Fact]
    public async Task Post_TypedRecords_ForwardedWithPayloads()
    {
        var appliance = new Appliance(StartBridge().CreateClient());

        await appliance.PostAcceptedAsync(Eve.Lines([Eve.Alert(1, severity: 1), Eve.Stats(2), Eve.Heartbeat(3), Eve.Flow(4)]));

        await Wait.UntilAsync(() => Hub.StoredEvents == 4, "4 events at the hub");
        TelemetryEvent[] events = Hub.Events;
        TelemetryEvent alert = events.Single(e => e.Kind == TelemetryKind.Alert);
        alert.Alert!.SignatureId.ShouldBe(2024218);
        alert.Alert.Severity.ShouldBe(1);
        alert.Alert.DestinationPort.ShouldBe(445);
        alert.ObservedAt.ShouldBe(new DateTimeOffset(2026, 4, 1, 9, 0, 1, TimeSpan.FromHours(9)).AddTicks(10));
        alert.RawJson.ShouldBe(Eve.Alert(1, severity: 1));
        TelemetryEvent stats = events.Single(e => e.Kind == TelemetryKind.CaptureStats);
        stats.CaptureStats.ShouldBe(new CaptureStatsPayload(1_000_002, 2, 700_000_002, 3602, 999_002));
        TelemetryEvent heartbeat = events.Single(e => e.Kind == TelemetryKind.Heartbeat);
        heartbeat.Heartbeat.ShouldBe(new HeartbeatPayload(23.5, 61, 27.25, 86_403, "7.0.8-sensor.3"));
        TelemetryEvent flow = events.Single(e => e.Kind == TelemetryKind.Other);
        flow.EveEventType.ShouldBe("flow");
        events.ShouldAllBe(e => e.ApplianceSerial == BridgeFactory.Serial);
    }

    [Fact]
    public async Task Post_OtherTypesWithSkipRule_SkippedNotSpooled()
    {
        BridgeFactory bridge = StartBridge(new Dictionary<string, string?> { ["ApplianceBridge:OtherEventTypes"] = "Skip" });
        var appliance = new Appliance(bridge.CreateClient());

        IngestResponse answer = await appliance.PostAcceptedAsync(Eve.Lines([Eve.Flow(1), Eve.Alert(2), Eve.Flow(3)]));

        answer.Accepted.ShouldBe(1);
        answer.Skipped.ShouldBe(2);
        answer.Rejected.ShouldBeEmpty();
    }

    [Fact]
    public async Task Post_ListedSkipEventType_Skipped()
    {
        BridgeFactory bridge = StartBridge(new Dictionary<string, string?> { ["ApplianceBridge:SkipEventTypes:0"] = "flow" });
        var appliance = new Appliance(bridge.CreateClient());

        IngestResponse answer = await appliance.PostAcceptedAsync(Eve.Lines([Eve.Flow(1), Eve.Stats(2)]));

        answer.Accepted.ShouldBe(1);
        answer.Skipped.ShouldBe(1);
    }
}
