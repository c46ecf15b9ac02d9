using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PartnerHub.Domain.Devices.Telemetry;

namespace ApplianceBridge.Benchmarks;

// A hub stand-in that does what the real ingest must do per batch (deserialize with the contract's context, dedupe by
// batch id and event id) and records when each event id first arrived, on the same Stopwatch clock as the simulator.
internal sealed class BenchHub : IAsyncDisposable
{
    public const string ApiKey = "bench-hub-api-key-0123456789";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<Guid, byte> _batches = new();
    private readonly ConcurrentDictionary<string, long> _firstSeen = new(StringComparer.Ordinal);
    private long _requests;
    private long _eventDeliveries;

    private BenchHub(WebApplication app)
    {
        _app = app;
    }

    public Uri Url { get; private set; } = null!;

    public long Requests => Interlocked.Read(ref _requests);

    public long EventDeliveries => Interlocked.Read(ref _eventDeliveries);

    public int StoredEvents => _firstSeen.Count;

    public bool TryGetArrival(string eventId, out long timestamp) => _firstSeen.TryGetValue(eventId, out timestamp);

    public static async Task<BenchHub> StartAsync()
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        WebApplication app = builder.Build();
        var hub = new BenchHub(app);
        app.MapPost(BridgeIngestContract.BatchesPath, (Delegate)hub.HandleAsync);
        await app.StartAsync();
        hub.Url = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return hub;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<IResult> HandleAsync(HttpContext context)
    {
        Interlocked.Increment(ref _requests);
        TelemetryBatch batch = (await JsonSerializer.DeserializeAsync(context.Request.Body, TelemetryJsonContext.Default.TelemetryBatch))!;
        long now = Stopwatch.GetTimestamp();
        Interlocked.Add(ref _eventDeliveries, batch.Events.Count);
        if (!_batches.TryAdd(batch.BatchId, 0))
        {
            return Results.Json(new BatchIngestResponse(0, batch.Events.Count), TelemetryJsonContext.Default.BatchIngestResponse);
        }

        int accepted = batch.Events.Count(e => _firstSeen.TryAdd(e.EventId, now));
        return Results.Json(new BatchIngestResponse(accepted, batch.Events.Count - accepted), TelemetryJsonContext.Default.BatchIngestResponse);
    }
}
