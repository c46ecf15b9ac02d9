using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using PartnerHub.Domain.Devices.Telemetry;
using PartnerHub.Infrastructure.Security.RateLimiting;

namespace PartnerHub.Features.Devices.Ingest;

public static class BridgeIngestEndpoint
{
    /// <summary>
    /// POST /api/bridge/v1/batches: the ApplianceBridge delivers events here (contract in
    /// src/PartnerHub.Domain/Devices/Telemetry/README.md). Authenticated by the bridge's API key, not by a user session.
    /// </summary>
    public static IEndpointRouteBuilder MapBridgeIngestEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(BridgeIngestContract.BatchesPath, IngestAsync)
            .AllowAnonymous()
            .DisableAntiforgery()
            .RequireRateLimiting(HubRateLimitPolicies.BridgeIngest)
            .WithName("IngestTelemetryBatch")
            .WithTags("ApplianceBridge")
            .WithSummary("Deliver a batch of sensor events (idempotent by batchId and eventId)")
            .WithDescription("Authorization: Bearer <bridge api key>. 200 with {accepted, duplicates, refused} when stored now or before; "
                + "refused counts events of appliances the key is not bound to (not stored, logged); "
                + "400 malformed JSON; 401 unknown key; 413 too many events or too large; 422 an event breaks the contract. "
                + "429 too many batches from this key (wait Retry-After seconds). Retry 5xx/408/429 with the same batchId.")
            .Accepts<TelemetryBatch>("application/json")
            .Produces<BatchIngestResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return endpoints;
    }

    private static async Task<IResult> IngestAsync(HttpContext http, BridgeKeys keys, TelemetryIngestor ingestor, IOptionsMonitor<BridgeIngestOptions> options,
        ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        if (keys.Authenticate(http.Request.Headers.Authorization) is not { } bridge)
        {
            return Results.Problem("The bridge API key is missing or not configured in the hub (Devices:Ingest:Bridges).", statusCode: StatusCodes.Status401Unauthorized);
        }

        if (http.Request.ContentLength > settings.MaxRequestBytes)
        {
            return TooLarge(settings);
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = settings.MaxRequestBytes;
        }

        TelemetryBatch? batch;
        try
        {
            batch = await JsonSerializer.DeserializeAsync(http.Request.Body, TelemetryJsonContext.Default.TelemetryBatch, cancellationToken);
        }
        catch (JsonException exception)
        {
            return Results.Problem("The body is not a telemetry batch: " + exception.Message, statusCode: StatusCodes.Status400BadRequest);
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(settings);
        }

        if (batch is null)
        {
            return Results.Problem("The body is empty.", statusCode: StatusCodes.Status400BadRequest);
        }

        if (batch.Events?.Count > settings.MaxEventsPerBatch)
        {
            return Results.Problem($"A batch may hold at most {settings.MaxEventsPerBatch} events; send smaller batches.", statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        if (TelemetryBatchValidator.Problem(batch, settings.MaxRawJsonLength) is { } problem)
        {
            return Results.Problem(problem, statusCode: StatusCodes.Status422UnprocessableEntity);
        }

        // A bridge key speaks only for the appliances bound to it: the others' events are refused one by one, so a
        // misbound appliance does not hold up the rest of the batch (the bridge would retry or quarantine all of it).
        var refused = (batch.Events ?? []).Where(e => !bridge.Serves(e.ApplianceSerial)).ToList();
        if (refused.Count > 0)
        {
            loggers.CreateLogger(typeof(BridgeIngestEndpoint)).LogWarning("Bridge {BridgeId} sent {Count} events of appliances its key is not bound to ({Serials}) in batch {BatchId}; refused (Devices:Ingest:Bridges:n:Appliances)",
                bridge.BridgeId, refused.Count, string.Join(", ", refused.Select(e => e.ApplianceSerial).Distinct(StringComparer.OrdinalIgnoreCase).Take(20)), batch.BatchId);
            batch = batch with { Events = [.. batch.Events!.Where(e => bridge.Serves(e.ApplianceSerial))] };
        }

        var stored = await ingestor.IngestAsync(batch, cancellationToken);
        return Results.Json(stored with { Refused = refused.Count }, TelemetryJsonContext.Default.BatchIngestResponse);
    }

    private static IResult TooLarge(BridgeIngestOptions settings) =>
        Results.Problem($"The body is larger than {settings.MaxRequestBytes} bytes; send smaller batches.", statusCode: StatusCodes.Status413PayloadTooLarge);
}
