using System.Text;
using ApplianceBridge.Shipping;
using ApplianceBridge.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace ApplianceBridge.Tests.Shipping;

// An eve.json in a folder of its own, written the way Suricata writes it: appended lines, sometimes half a line first.
internal sealed class EveFile : IDisposable
{
    public EveFile()
    {
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "eve-tail-tests", Guid.NewGuid().ToString("N"));

    public string Live => Path.Combine(Folder, "eve.json");

    public FakeTimeProvider Clock { get; } = new();

    public static string Line(int n) => Eve.Alert(n);

    public void Append(string text) => File.AppendAllText(Live, text);

    public void AppendLines(int first, int count) => Append(Eve.Lines(Enumerable.Range(first, count).Select(Line)));

    // logrotate's default: the numbered rotations move up one (eve.json.1 becomes eve.json.2) and eve.json becomes
    // eve.json.1; with dateext, eve.json gets the day instead. The writer then starts a new eve.json.
    public void RotateByRename(RotationNames names)
    {
        _rotations++;
        if (names == RotationNames.Dated)
        {
            File.Move(Live, Live + "-202612" + _rotations.ToString("00", System.Globalization.CultureInfo.InvariantCulture));
            return;
        }

        ShiftNumbered();
        File.Move(Live, Live + ".1");
    }

    // logrotate's copytruncate: eve.json is copied to eve.json.1 (the older copies move up one) and emptied in place.
    public void CopyTruncate()
    {
        ShiftNumbered();
        File.Copy(Live, Live + ".1");
        using var truncate = new FileStream(Live, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
        truncate.SetLength(0);
    }

    private void ShiftNumbered()
    {
        for (int n = 9; n >= 1; n--)
        {
            if (File.Exists(Live + "." + n))
            {
                File.Move(Live + "." + n, Live + "." + (n + 1));
            }
        }
    }

    private int _rotations;

    public EveTail Tail(TailPosition? resume = null) => new(Live, resume, NullLogger.Instance, Clock, TimeSpan.FromSeconds(5));

    // Everything the tail has now, as lines, reading in small batches so that rotations fall between reads.
    public static List<string> ReadAll(EveTail tail, int batchBytes = 2048)
    {
        var lines = new List<string>();
        while (tail.Read(batchBytes) is { } chunk)
        {
            string text = Encoding.UTF8.GetString(chunk.Lines);
            text.ShouldEndWith("\n");
            lines.AddRange(text.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            chunk.LineCount.ShouldBe(text.Count(c => c == '\n'));
        }

        return lines;
    }

    // One read of at most maxBytes: fewer lines than the file has, so that a rotation falls behind the position.
    public static (List<string> Lines, TailChunk Chunk) ReadOnce(EveTail tail, int maxBytes = 1500)
    {
        TailChunk chunk = tail.Read(maxBytes)!;
        return ([.. Encoding.UTF8.GetString(chunk.Lines).Split('\n', StringSplitOptions.RemoveEmptyEntries)], chunk);
    }

    public static IEnumerable<string> Lines(int first, int count) => Enumerable.Range(first, count).Select(Line);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // the OS cleans its temp folder
        }
    }
}

public enum RotationNames
{
    Numbered,
    Dated,
}
