using System.Text;
using System.Text.Json;
using ApplianceBridge.Buffer;
using ApplianceBridge.Forwarding;
using Microsoft.Extensions.Options;
using PartnerHub.Domain.Devices.Telemetry;

namespace ApplianceBridge.Tests.Contract;

public sealed class TelemetryContractTests
{
    private static readonly TelemetryEvent Sample = new(
        TelemetryEventId.Derive("SN-1", "{\"event_type\":\"alert\"}"u8),
        "SN-1",
        new DateTimeOffset(2026, 4, 1, 9, 0, 0, TimeSpan.FromHours(9)),
        new DateTimeOffset(2026, 4, 1, 0, 0, 1, TimeSpan.Zero),
        TelemetryKind.Alert,
        null,
        null,
        new AlertPayload(2024218, "ET EXPLOIT", "Attempted Administrator Privilege Gain", 1, "203.0.113.7", 51234, "192.168.1.20", 445, "TCP", "smb"),
        "alert",
        "{\"event_type\":\"alert\"}");

    [Fact]
    public void Serialize_Event_CamelCaseNamesEnumAsStringNullsOmitted()
    {
        string json = JsonSerializer.Serialize(Sample, TelemetryJsonContext.Default.TelemetryEvent);

        using JsonDocument document = JsonDocument.Parse(json);
        JsonElement root = document.RootElement;
        root.GetProperty("kind").GetString().ShouldBe("alert");
        root.GetProperty("applianceSerial").GetString().ShouldBe("SN-1");
        root.GetProperty("alert").GetProperty("signatureId").GetInt64().ShouldBe(2024218);
        root.GetProperty("alert").GetProperty("destinationPort").GetInt32().ShouldBe(445);
        root.TryGetProperty("heartbeat", out _).ShouldBeFalse();
        root.GetProperty("rawJson").GetString().ShouldBe("{\"event_type\":\"alert\"}");
    }

    [Theory]
    [InlineData(TelemetryKind.Heartbeat, "heartbeat")]
    [InlineData(TelemetryKind.CaptureStats, "captureStats")]
    [InlineData(TelemetryKind.Alert, "alert")]
    [InlineData(TelemetryKind.Other, "other")]
    public void Serialize_Kind_WireName(TelemetryKind kind, string wire)
    {
        string json = JsonSerializer.Serialize(Sample with { Kind = kind }, TelemetryJsonContext.Default.TelemetryEvent);

        JsonDocument.Parse(json).RootElement.GetProperty("kind").GetString().ShouldBe(wire);
    }

    [Fact]
    public void BuildBody_SpooledEvents_DeserializesAsTelemetryBatch()
    {
        var options = Options.Create(new BridgeOptions { BridgeId = "bridge-x", HubApiKey = "0123456789abcdef0123" });
        var client = new HubClient(null!, options);
        byte[] eventJson = JsonSerializer.SerializeToUtf8Bytes(Sample, TelemetryJsonContext.Default.TelemetryEvent);
        var spooled = new SpooledBatch(Guid.CreateVersion7(), 1, 2, [eventJson, eventJson], eventJson.Length * 2);

        TelemetryBatch batch = JsonSerializer.Deserialize(client.BuildBody(spooled), TelemetryJsonContext.Default.TelemetryBatch)!;

        batch.BridgeId.ShouldBe("bridge-x");
        batch.BatchId.ShouldBe(spooled.BatchId);
        batch.Events.Count.ShouldBe(2);
        batch.Events[0].ShouldBe(Sample with { });
    }

    [Fact]
    public void Derive_SameSerialAndLine_SameId()
    {
        byte[] line = Encoding.UTF8.GetBytes("{\"event_type\":\"stats\"}");

        string id = TelemetryEventId.Derive("SN-1", line);

        id.ShouldBe(TelemetryEventId.Derive("SN-1", line));
        id.Length.ShouldBe(TelemetryEventId.Length);
        id.ShouldNotBe(TelemetryEventId.Derive("SN-2", line));
        id.ShouldNotBe(TelemetryEventId.Derive("SN-1", Encoding.UTF8.GetBytes("{\"event_type\":\"stats\"} ")));
    }

    [Theory]
    [InlineData(200, DeliveryOutcome.Delivered)]
    [InlineData(202, DeliveryOutcome.Delivered)]
    [InlineData(400, DeliveryOutcome.Undeliverable)]
    [InlineData(401, DeliveryOutcome.Undeliverable)]
    [InlineData(413, DeliveryOutcome.Undeliverable)]
    [InlineData(422, DeliveryOutcome.Undeliverable)]
    [InlineData(408, DeliveryOutcome.Retry)]
    [InlineData(429, DeliveryOutcome.Retry)]
    [InlineData(500, DeliveryOutcome.Retry)]
    [InlineData(503, DeliveryOutcome.Retry)]
    public void Classify_Status_Outcome(int status, DeliveryOutcome outcome)
    {
        BridgeIngestContract.Classify(status).ShouldBe(outcome);
    }
}
