using System.Text;
using ApplianceBridge.Shipping;

namespace ApplianceBridge.Tests.Shipping;

public sealed class EveTailTests : IDisposable
{
    private readonly EveFile _eve = new();

    public void Dispose() => _eve.Dispose();

    [Fact]
    public void Read_LastLineWithoutNewline_WaitsForItsEnd()
    {
        string second = EveFile.Line(2);
        _eve.Append(EveFile.Line(1) + "\n" + second[..40]);
        using EveTail tail = _eve.Tail();

        EveFile.ReadAll(tail).ShouldBe([EveFile.Line(1)]);
        tail.Read(4096).ShouldBeNull();
        _eve.Append(second[40..] + "\n");

        EveFile.ReadAll(tail).ShouldBe([second]);
    }

    [Fact]
    public void Read_FileRenamedWhileBeingRead_FinishesTheOldFileThenReadsTheNewOne()
    {
        _eve.AppendLines(1, 20);
        using EveTail tail = _eve.Tail();
        List<string> lines = EveFile.ReadOnce(tail).Lines;
        lines.Count.ShouldBeLessThan(20);

        // Suricata keeps writing to the renamed file until its SIGHUP, then starts a new eve.json.
        using (var writer = new FileStream(_eve.Live, FileMode.Append, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete))
        {
            File.Move(_eve.Live, _eve.Live + ".1");
            writer.Write(Encoding.UTF8.GetBytes(Eve(21, 5)));
        }

        _eve.AppendLines(26, 10);
        lines.AddRange(EveFile.ReadAll(tail));
        _eve.AppendLines(36, 3);
        lines.AddRange(EveFile.ReadAll(tail));

        lines.ShouldBe(EveFile.Lines(1, 38));
    }

    [Fact]
    public void Read_FileCopyTruncatedWhileBehind_ReadsTheRestFromTheCopyThenTheLiveFileFromItsStart()
    {
        _eve.AppendLines(1, 30);
        using EveTail tail = _eve.Tail();
        List<string> lines = EveFile.ReadOnce(tail).Lines;

        File.Copy(_eve.Live, _eve.Live + "-20261206");
        using (var truncate = new FileStream(_eve.Live, FileMode.Open, FileAccess.Write, FileShare.ReadWrite))
        {
            truncate.SetLength(0);
        }

        _eve.AppendLines(31, 4);
        lines.AddRange(EveFile.ReadAll(tail));

        lines.ShouldBe(EveFile.Lines(1, 34));
    }

    [Fact]
    public void Read_TruncatedAndGrownPastThePositionWithoutCopy_StartsOverInsteadOfReadingMidLine()
    {
        _eve.AppendLines(1, 5);
        using EveTail tail = _eve.Tail();
        EveFile.ReadAll(tail).Count.ShouldBe(5);

        File.WriteAllText(_eve.Live, Eve(100, 10));
        List<string> after = EveFile.ReadAll(tail);

        after.ShouldBe(EveFile.Lines(100, 10));
    }

    [Fact]
    public void Read_ResumedFromSavedPosition_ContinuesWithTheNextLine()
    {
        _eve.AppendLines(1, 20);
        var state = new ShipperStateFile(Path.Combine(_eve.Folder, "state", "position.json"));
        List<string> lines = ShipFirstBatch(state);

        _eve.AppendLines(21, 5);
        using EveTail second = _eve.Tail(state.Load());
        lines.AddRange(EveFile.ReadAll(second));

        lines.ShouldBe(EveFile.Lines(1, 25));
    }

    [Fact]
    public void Read_RotatedWhileStopped_ResumesInTheRotatedFileThenTheNewOne()
    {
        _eve.AppendLines(1, 20);
        var state = new ShipperStateFile(Path.Combine(_eve.Folder, "position.json"));
        List<string> lines = ShipFirstBatch(state);

        _eve.AppendLines(21, 2);
        File.Move(_eve.Live, _eve.Live + ".1");
        _eve.AppendLines(23, 4);
        using EveTail second = _eve.Tail(state.Load());
        lines.AddRange(EveFile.ReadAll(second));

        lines.ShouldBe(EveFile.Lines(1, 26));
    }

    [Theory]
    [InlineData(RotationNames.Numbered)]
    [InlineData(RotationNames.Dated)]
    public void Read_RotatedThreeTimesWhileStopped_ReadsEveryLineOnceOldestFileFirstThenTheLiveFile(RotationNames names)
    {
        // A rotation from before shipping started, which must not be read again.
        _eve.AppendLines(901, 3);
        _eve.RotateByRename(names);

        List<string> lines = ShipThenResumeAfterThreeRotations(() => _eve.RotateByRename(names));

        lines.ShouldBe(EveFile.Lines(1, 47));
    }

    [Fact]
    public void Read_CopyTruncatedThreeTimesWhileStopped_ReadsTheRestOfTheOldestCopyThenTheNewerCopiesThenTheLiveFile()
    {
        List<string> lines = ShipThenResumeAfterThreeRotations(_eve.CopyTruncate);

        lines.ShouldBe(EveFile.Lines(1, 47));
    }

    [Fact]
    public void Read_RotatedTwiceBetweenTwoReads_ReadsTheFileInBetweenBeforeTheLiveFile()
    {
        _eve.AppendLines(1, 5);
        using EveTail tail = _eve.Tail();
        List<string> lines = EveFile.ReadAll(tail);

        _eve.AppendLines(6, 3);
        _eve.RotateByRename(RotationNames.Numbered);
        _eve.AppendLines(9, 4);
        _eve.RotateByRename(RotationNames.Numbered);
        _eve.AppendLines(13, 2);
        lines.AddRange(EveFile.ReadAll(tail));

        lines.ShouldBe(EveFile.Lines(1, 14));
    }

    [Fact]
    public void Read_RotatedFileEndsWithHalfALine_WaitsForTheGraceThenSendsItAsTheLastLine()
    {
        _eve.Append(EveFile.Line(1) + "\n{\"event_type\":\"alert\"");
        using EveTail tail = _eve.Tail();
        EveFile.ReadAll(tail).ShouldBe([EveFile.Line(1)]);
        File.Move(_eve.Live, _eve.Live + ".1");

        tail.Read(4096).ShouldBeNull();
        _eve.Clock.Advance(TimeSpan.FromSeconds(6));
        List<string> rest = EveFile.ReadAll(tail);

        rest.ShouldBe(["{\"event_type\":\"alert\""]);
        _eve.AppendLines(2, 1);
        EveFile.ReadAll(tail).ShouldBe([EveFile.Line(2)]);
    }

    // Ships a first batch of lines 1–20, then, with the shipper stopped, writes lines 21–45 across three rotations made by
    // rotate; resumes from the stored position and reads everything, then lines 46–47 written after the restart.
    private List<string> ShipThenResumeAfterThreeRotations(Action rotate)
    {
        _eve.AppendLines(1, 20);
        var state = new ShipperStateFile(Path.Combine(_eve.Folder, "state", "position.json"));
        List<string> lines = ShipFirstBatch(state);
        lines.Count.ShouldBeLessThan(20);

        _eve.AppendLines(21, 2);
        rotate();
        _eve.AppendLines(23, 8);
        rotate();
        _eve.AppendLines(31, 10);
        rotate();
        _eve.AppendLines(41, 5);
        using EveTail resumed = _eve.Tail(state.Load());
        lines.AddRange(EveFile.ReadAll(resumed));
        _eve.AppendLines(46, 2);
        lines.AddRange(EveFile.ReadAll(resumed));
        return lines;
    }

    private List<string> ShipFirstBatch(ShipperStateFile state)
    {
        using EveTail first = _eve.Tail();
        (List<string> lines, TailChunk chunk) = EveFile.ReadOnce(first);
        state.Save(chunk.After);
        return lines;
    }

    private static string Eve(int first, int count) => Infrastructure.Eve.Lines(EveFile.Lines(first, count));
}
