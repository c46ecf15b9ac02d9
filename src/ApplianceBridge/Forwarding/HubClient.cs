using System.Buffers;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Options;
using PartnerHub.Domain.Devices.Telemetry;
using ApplianceBridge.Buffer;

namespace ApplianceBridge.Forwarding;

// HubRefused: events of appliances the hub has not bound to this bridge's key (not stored there).
internal sealed record SendResult(DeliveryOutcome Outcome, int? Status, string Detail, int HubDuplicates, int HubRefused = 0);

// Posts one spooled batch to the hub's ingest endpoint (BridgeIngestContract) and classifies the answer.
// A client per call from the factory, so handler rotation (DNS changes of the hub) applies to a long-running bridge.
internal sealed class HubClient(IHttpClientFactory httpClients, IOptions<BridgeOptions> options)
{
    public const string HttpClientName = "hub";

    private readonly string _bridgeId = options.Value.BridgeId;
    private readonly string _apiKey = options.Value.HubApiKey;

    // The spool holds each event already serialized by TelemetryJsonContext, so the batch is assembled from raw JSON
    // without deserializing; property names match TelemetryBatch's camelCase contract (a test checks it).
    public byte[] BuildBody(SpooledBatch batch)
    {
        var buffer = new ArrayBufferWriter<byte>((int)Math.Min(int.MaxValue, batch.Bytes + 256));
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("bridgeId", _bridgeId);
            writer.WriteString("batchId", batch.BatchId);
            writer.WriteStartArray("events");
            foreach (byte[] json in batch.Events)
            {
                writer.WriteRawValue(json, skipInputValidation: true);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    public async Task<SendResult> SendAsync(Guid batchId, byte[] body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, BridgeIngestContract.BatchesPath);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _apiKey);
        request.Headers.Add(BridgeIngestContract.IdempotencyKeyHeader, batchId.ToString("D"));
        request.Content = new ByteArrayContent(body);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        try
        {
            HttpClient http = httpClients.CreateClient(HttpClientName);
            using HttpResponseMessage response = await http.SendAsync(request, cancellationToken);
            int status = (int)response.StatusCode;
            DeliveryOutcome outcome = BridgeIngestContract.Classify(status);
            if (outcome == DeliveryOutcome.Delivered)
            {
                BatchIngestResponse? answer = await ReadAnswerAsync(response, cancellationToken);
                return new SendResult(outcome, status, "", answer?.Duplicates ?? 0, answer?.Refused ?? 0);
            }

            return new SendResult(outcome, status, await ReadSnippetAsync(response, cancellationToken), 0);
        }
        catch (HttpRequestException ex)
        {
            return new SendResult(DeliveryOutcome.Retry, null, $"network error: {ex.Message}", 0);
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            return new SendResult(DeliveryOutcome.Retry, null, $"timeout: {ex.Message}", 0);
        }
    }

    // The counts are informational (metrics, log); a 2xx without the documented body still means delivered.
    private static async Task<BatchIngestResponse?> ReadAnswerAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            return await response.Content.ReadFromJsonAsync(TelemetryJsonContext.Default.BatchIngestResponse, cancellationToken);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static async Task<string> ReadSnippetAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        string text = await response.Content.ReadAsStringAsync(cancellationToken);
        return text.Length <= 2000 ? text : text[..2000];
    }
}
