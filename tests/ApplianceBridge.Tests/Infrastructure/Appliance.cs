using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using ApplianceBridge.Ingest;
using PartnerHub.Domain.Devices.Telemetry;

namespace ApplianceBridge.Tests.Infrastructure;

// A test appliance: signs NDJSON bodies the way real appliances must.
internal sealed class Appliance(HttpClient http, string serial = BridgeFactory.Serial, string secret = BridgeFactory.Secret)
{
    public string Serial => serial;

    public async Task<HttpResponseMessage> PostAsync(string body, long? unixSeconds = null, string? signature = null, string? serialHeader = null)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(body);
        long timestamp = unixSeconds ?? TimeProvider.System.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, IngestEndpoint.Path) { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
        request.Headers.Add(RequestSignature.SerialHeader, serialHeader ?? serial);
        request.Headers.Add(RequestSignature.TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(RequestSignature.SignatureHeader, signature ?? RequestSignature.ComputeHex(Encoding.UTF8.GetBytes(secret), timestamp, bytes));
        return await http.SendAsync(request);
    }

    public async Task<IngestResponse> PostAcceptedAsync(string body, long? unixSeconds = null)
    {
        using HttpResponseMessage response = await PostAsync(body, unixSeconds);
        string text = await response.Content.ReadAsStringAsync();
        ((int)response.StatusCode).ShouldBe(200, text);
        return (await response.Content.ReadFromJsonAsync(IngestJsonContext.Default.IngestResponse))!;
    }

    public string EventId(string line) => TelemetryEventId.Derive(serial, Encoding.UTF8.GetBytes(line));
}
