using ApplianceBridge.Tests.Infrastructure;

namespace ApplianceBridge.Tests.Buffer;

/// <summary>The spool holds customers' sensor data: what the bridge creates for it is its service account's only (hub issue 13).</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class SpoolPermissionsTests : BridgeTestBase
{
    private const UnixFileMode OwnerFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    [Fact]
    public async Task Spool_InAFolderTheBridgeCreates_IsReadableByTheServiceAccountOnly()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Unix file modes");
        Hub.Mode = FakeHubMode.Unavailable;
        string folder = Path.Combine(SpoolDirectory, "new", "spool");
        string spool = Path.Combine(folder, "bridge-spool.db");
        BridgeFactory bridge = StartBridge(new Dictionary<string, string?> { ["ApplianceBridge:SpoolPath"] = spool });

        await new Appliance(bridge.CreateClient()).PostAcceptedAsync(Eve.Alerts(1, 3));

        File.GetUnixFileMode(folder).ShouldBe(OwnerFile | UnixFileMode.UserExecute);
        File.GetUnixFileMode(spool).ShouldBe(OwnerFile);
        // SQLite creates its write-ahead log and index with the database file's mode.
        string[] companions = [.. Directory.GetFiles(folder).Where(f => f != spool)];
        companions.ShouldNotBeEmpty();
        companions.ShouldAllBe(f => File.GetUnixFileMode(f) == OwnerFile);
    }

    [Fact]
    public async Task Spool_InAnExistingFolder_LeavesTheFoldersModeAndRestrictsTheFile()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Unix file modes");
        var folderMode = File.GetUnixFileMode(SpoolDirectory);
        BridgeFactory bridge = StartBridge();

        await new Appliance(bridge.CreateClient()).PostAcceptedAsync(Eve.Alerts(1, 3));

        File.GetUnixFileMode(SpoolDirectory).ShouldBe(folderMode);
        File.GetUnixFileMode(SpoolPath).ShouldBe(OwnerFile);
    }
}
