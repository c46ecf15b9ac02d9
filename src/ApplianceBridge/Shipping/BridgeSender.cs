using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using ApplianceBridge.Ingest;

namespace ApplianceBridge.Shipping;

internal enum SendOutcome
{
    // The bridge has the lines (stored now or before); the position may move past them.
    Delivered,

    // Nothing was stored; send the same lines again later.
    Retry,

    // The body is larger than the bridge takes: send fewer lines at a time.
    TooLarge,
}

internal sealed record SendResult(SendOutcome Outcome, string Detail, TimeSpan? RetryAfter = null, IngestResponse? Answer = null);

// Posts lines to a bridge as the appliance protocol says (src/ApplianceBridge/README.md): NDJSON, signed with
// HMAC-SHA256(secret, unix seconds + "\n" + body), a fresh timestamp on every attempt.
internal sealed class BridgeSender(HttpClient http, string serial, byte[] secret, TimeProvider time)
{
    public async Task<SendResult> SendAsync(byte[] body, CancellationToken cancellationToken)
    {
        long timestamp = time.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, IngestEndpoint.Path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
        request.Headers.Add(RequestSignature.SerialHeader, serial);
        request.Headers.Add(RequestSignature.TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(RequestSignature.SignatureHeader, RequestSignature.ComputeHex(secret, timestamp, body));
        try
        {
            using HttpResponseMessage response = await http.SendAsync(request, cancellationToken);
            string text = await response.Content.ReadAsStringAsync(cancellationToken);
            int status = (int)response.StatusCode;
            string detail = string.Create(CultureInfo.InvariantCulture, $"{status}: {(text.Length <= 500 ? text : text[..500])}");
            return status switch
            {
                // 422: no line of the batch was usable; they never will be, so they count as handled (and are reported).
                StatusCodes.Status200OK or StatusCodes.Status422UnprocessableEntity => new SendResult(SendOutcome.Delivered, detail, Answer: ReadAnswer(text)),
                // The identical signed request was accepted before (an answer lost on the way back).
                StatusCodes.Status409Conflict => new SendResult(SendOutcome.Delivered, detail),
                StatusCodes.Status413PayloadTooLarge => new SendResult(SendOutcome.TooLarge, detail),
                // 401 (key, clock), 429 (rate), 507 (spool full), 5xx and anything unexpected: nothing stored, try again.
                _ => new SendResult(SendOutcome.Retry, detail, response.Headers.RetryAfter?.Delta),
            };
        }
        catch (HttpRequestException ex)
        {
            return new SendResult(SendOutcome.Retry, "network error: " + ex.Message);
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            return new SendResult(SendOutcome.Retry, "timeout: " + ex.Message);
        }
    }

    private static IngestResponse? ReadAnswer(string text)
    {
        try
        {
            return JsonSerializer.Deserialize(text, IngestJsonContext.Default.IngestResponse);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
