using ApplianceBridge.Shipping;

namespace ApplianceBridge.Tests.Shipping;

/// <summary>
/// The shipper's position names the customer's eve.json and hashes its content: what the shipper creates for it is its
/// service account's only, as the bridge's spool is (hub issue 13).
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class ShipperStatePermissionsTests : IDisposable
{
    private const UnixFileMode OwnerFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode Readable = OwnerFile | UnixFileMode.GroupRead | UnixFileMode.OtherRead;

    private readonly EveFile _eve = new();

    public void Dispose() => _eve.Dispose();

    [Fact]
    public void Save_InAFolderTheShipperCreates_FolderAndPositionAreReadableByTheServiceAccountOnly()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Unix file modes");
        string folder = Path.Combine(_eve.Folder, "state", "eve-shipper");
        var state = new ShipperStateFile(Path.Combine(folder, "position.json"));

        state.Save(Position(100));
        state.Save(Position(200));

        File.GetUnixFileMode(folder).ShouldBe(OwnerFile | UnixFileMode.UserExecute);
        File.GetUnixFileMode(state.Path).ShouldBe(OwnerFile);
        Directory.GetFiles(folder).ShouldHaveSingleItem().ShouldBe(state.Path);
        state.Load()!.Offset.ShouldBe(200);
    }

    [Fact]
    public void Save_OverAReadablePositionAndAStaleTemporaryFile_LeavesTheFoldersModeAndRestrictsThePosition()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Unix file modes");
        var folderMode = File.GetUnixFileMode(_eve.Folder);
        var state = new ShipperStateFile(Path.Combine(_eve.Folder, "position.json"));
        state.Save(Position(100));
        // A position written by an earlier shipper, and a temporary file a power loss left behind, both readable by all.
        File.SetUnixFileMode(state.Path, Readable);
        File.WriteAllText(state.Path + ".tmp", "{");
        File.SetUnixFileMode(state.Path + ".tmp", Readable);

        state.Save(Position(300));

        File.GetUnixFileMode(_eve.Folder).ShouldBe(folderMode);
        File.GetUnixFileMode(state.Path).ShouldBe(OwnerFile);
        File.Exists(state.Path + ".tmp").ShouldBeFalse();
        state.Load()!.Offset.ShouldBe(300);
    }

    private TailPosition Position(long offset) => new(_eve.Live, new FileIdentity(2049, 131_073), offset, new byte[32]);
}
