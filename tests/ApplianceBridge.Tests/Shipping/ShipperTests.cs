using System.Text;
using ApplianceBridge.Shipping;
using ApplianceBridge.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace ApplianceBridge.Tests.Shipping;

// The shipper against the bridge in process and the fake hub: what the hub stores is what eve.json holds, once.
public sealed class ShipperTests : BridgeTestBase
{
    private readonly EveFile _eve = new();

    public override async ValueTask DisposeAsync()
    {
        _eve.Dispose();
        await base.DisposeAsync();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task Ship_FileRotatedWhileShipperStoppedMidFile_EveryLineReachesTheHubOnceInOrder(int rotations)
    {
        BridgeFactory bridge = StartBridge();
        _eve.AppendLines(1, 40);
        await ShipSomeThenStopAsync(bridge, 40);

        int next = 41;
        for (int rotation = 0; rotation < rotations; rotation++)
        {
            _eve.AppendLines(next, 10);
            next += 10;
            _eve.RotateByRename(RotationNames.Numbered);
        }

        _eve.AppendLines(next, 20);
        int written = next + 19;
        using var stopSecond = new CancellationTokenSource();
        Task second = Shipper(bridge.CreateClient()).RunAsync(stopSecond.Token);
        await Wait.UntilAsync(() => Hub.StoredEvents == written, $"all {written} lines at the hub");
        _eve.AppendLines(written + 1, 5);
        await Wait.UntilAsync(() => Hub.StoredEvents == written + 5, "the lines written after the restart");
        await stopSecond.CancelAsync();
        await Should.ThrowAsync<OperationCanceledException>(second);

        Hub.Events.Select(e => e.RawJson).ShouldBe(EveFile.Lines(1, written + 5));
        Hub.Events.ShouldAllBe(e => e.ApplianceSerial == BridgeFactory.Serial);
    }

    [Fact]
    public async Task Ship_BridgeRateLimits_BacksOffAndDeliversEverything()
    {
        BridgeFactory bridge = StartBridge(new Dictionary<string, string?>
        {
            ["ApplianceBridge:RateLimitRequestsPerSecond"] = "1",
            ["ApplianceBridge:RateLimitBurst"] = "1",
        });
        _eve.AppendLines(1, 12);
        using var stop = new CancellationTokenSource();
        Task running = Shipper(bridge.CreateClient()).RunAsync(stop.Token);

        await Wait.UntilAsync(() => Hub.StoredEvents == 12, "all lines despite 429s", timeoutSeconds: 60);
        await stop.CancelAsync();
        await Should.ThrowAsync<OperationCanceledException>(running);
        Hub.Events.Length.ShouldBe(12);
    }

    // Ships the first batches of eve.json, then stops the shipper well before the end of the file.
    private async Task ShipSomeThenStopAsync(BridgeFactory bridge, int linesInFile)
    {
        using var stop = new CancellationTokenSource();
        EveShipper first = Shipper(bridge.CreateClient());
        Task running = first.RunAsync(stop.Token);
        await Wait.UntilAsync(() => first.LinesShipped >= 8, "the first batches shipped");
        await stop.CancelAsync();
        await Should.ThrowAsync<OperationCanceledException>(running);
        first.LinesShipped.ShouldBeLessThan(linesInFile);
    }

    private EveShipper Shipper(HttpClient http) => new(
        new ShipperSettings(
            _eve.Live,
            http.BaseAddress!,
            BridgeFactory.Serial,
            Encoding.UTF8.GetBytes(BridgeFactory.Secret),
            Path.Combine(_eve.Folder, "state", "position.json"),
            BatchBytes: 2048,
            PollInterval: TimeSpan.FromMilliseconds(20),
            BackoffInitial: TimeSpan.FromMilliseconds(20),
            BackoffMax: TimeSpan.FromMilliseconds(200),
            RotationGrace: TimeSpan.FromMilliseconds(300)),
        http,
        TimeProvider.System,
        NullLogger.Instance);
}
