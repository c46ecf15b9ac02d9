using System.Globalization;

namespace PartnerHub.Testing;

/// <summary>The machine's load, printed beside every benchmark figure: on a shared 2-core box it decides what a figure means.</summary>
public static class LoadAverage
{
    /// <summary>"load 1.23 0.98 0.71" (1, 5 and 15 minutes) from /proc/loadavg, or "load n/a" where there is none.</summary>
    public static string Now()
    {
        try
        {
            string[] parts = File.ReadAllText("/proc/loadavg").Split(' ');
            return string.Create(CultureInfo.InvariantCulture, $"load {parts[0]} {parts[1]} {parts[2]}");
        }
        catch (IOException)
        {
            return "load n/a";
        }
    }
}
