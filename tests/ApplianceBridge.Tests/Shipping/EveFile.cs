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
