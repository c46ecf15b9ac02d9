using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PartnerHub.Domain.Devices.Telemetry;

namespace ApplianceBridge.Tests.Infrastructure;

public enum FakeHubMode
{
    Up,
    Unavailable,
    Reject,
}

// The hub's ingest endpoint as the contract describes it, on real Kestrel (port 0) so both in-process bridges and a
// child-process bridge can reach it. It is idempotent by batch id and event id like the real one, and also counts raw
// deliveries so tests can prove resends reuse their idempotency keys.
public sealed class FakeHub : IAsyncDisposable
{
    public const string ApiKey = "test-hub-api-key-0123456789";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<Guid, string[]> _batches = new();
    private readonly ConcurrentDictionary<string, Guid> _events = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<TelemetryBatch> _deliveries = new();
    private int _requests;
    private int _disposed;
    private int _rejectedRequests;

    private FakeHub(WebApplication app)
    {
        _app = app;
    }

    public FakeHubMode Mode { get; set; } = FakeHubMode.Up;

    public TimeSpan ResponseDelay { get; set; } = TimeSpan.Zero;

    public Uri Url { get; private set; } = null!;

    public int Requests => _requests;

    public int RefusedRequests => _rejectedRequests;

    public int StoredEvents => _events.Count;

    public int StoredBatches => _batches.Count;

    public IReadOnlyCollection<TelemetryBatch> Deliveries => _deliveries.ToArray();

    public int DeliveredEventCount => _deliveries.Sum(d => d.Events.Count);

    public bool HasEvent(string eventId) => _events.ContainsKey(eventId);

    public TelemetryEvent[] Events => _deliveries.SelectMany(d => d.Events).GroupBy(e => e.EventId).Select(g => g.First()).ToArray();

    public static async Task<FakeHub> StartAsync()
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        WebApplication app = builder.Build();
        var hub = new FakeHub(app);
        app.MapPost(BridgeIngestContract.BatchesPath, (Delegate)hub.HandleAsync);
        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        hub.Url = new Uri(address);
        return hub;
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<IResult> HandleAsync(HttpContext context)
    {
        Interlocked.Increment(ref _requests);
        if (ResponseDelay > TimeSpan.Zero)
        {
            await Task.Delay(ResponseDelay);
        }

        switch (Mode)
        {
            case FakeHubMode.Unavailable:
                Interlocked.Increment(ref _rejectedRequests);
                return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
            case FakeHubMode.Reject:
                Interlocked.Increment(ref _rejectedRequests);
                return Results.BadRequest("schema version not supported");
            case FakeHubMode.Up:
                break;
        }

        if (!string.Equals(context.Request.Headers.Authorization, "Bearer " + ApiKey, StringComparison.Ordinal))
        {
            return Results.Unauthorized();
        }

        TelemetryBatch? batch;
        try
        {
            batch = await JsonSerializer.DeserializeAsync(context.Request.Body, TelemetryJsonContext.Default.TelemetryBatch);
        }
        catch (JsonException ex)
        {
            return Results.BadRequest(ex.Message);
        }

        if (batch is null || !string.Equals(context.Request.Headers[BridgeIngestContract.IdempotencyKeyHeader], batch.BatchId.ToString("D"), StringComparison.Ordinal))
        {
            return Results.BadRequest("Idempotency-Key header must equal batchId");
        }

        _deliveries.Enqueue(batch);
        if (!_batches.TryAdd(batch.BatchId, batch.Events.Select(e => e.EventId).ToArray()))
        {
            return Results.Json(new BatchIngestResponse(0, batch.Events.Count), TelemetryJsonContext.Default.BatchIngestResponse);
        }

        int accepted = batch.Events.Count(e => _events.TryAdd(e.EventId, batch.BatchId));
        return Results.Json(new BatchIngestResponse(accepted, batch.Events.Count - accepted), TelemetryJsonContext.Default.BatchIngestResponse);
    }
}
