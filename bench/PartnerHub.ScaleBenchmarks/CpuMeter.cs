using System.Globalization;

namespace PartnerHub.ScaleBenchmarks;

/// <summary>
/// CPU time (user + system) used by this process and every process below it — Playwright's driver and Chromium's browser, GPU,
/// utility and renderer processes — read from /proc. Unlike wall time it hardly depends on how many other processes share the
/// cores, so "CPU seconds per document" compares runs taken at different loads, and 2 cores ÷ it is the rate a quiet 2-core
/// machine could reach at best. Processes that ended in between are not counted (Chromium keeps its processes while pages are pooled)
/// unless <c>includeReaped</c>: then each process's cutime/cstime (the CPU of the children it has reaped) is added, which takes in
/// the print-compositor process Chromium starts and ends for every <c>Page.pdf</c> (reaped by Chromium's own processes). Compare
/// like with like: the README's figures before 2026-12-08 are without it.
/// </summary>
internal static class CpuMeter
{
    private static readonly double s_ticksPerSecond = 100; // USER_HZ on Linux

    /// <summary>Seconds of CPU used so far by this process tree; NaN where /proc is not there.</summary>
    public static double TreeSeconds(bool includeReaped = false)
    {
        if (!Directory.Exists("/proc/self"))
        {
            return double.NaN;
        }

        var parents = new Dictionary<int, int>();
        var ticks = new Dictionary<int, long>();
        foreach (string dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out int pid))
            {
                continue;
            }

            string stat;
            try
            {
                stat = File.ReadAllText(Path.Combine(dir, "stat"));
            }
            catch (IOException)
            {
                continue;
            }
            catch (UnauthorizedAccessException)
            {
                continue;
            }

            // pid (comm) state ppid ... utime(14) stime(15) cutime(16) cstime(17): comm may hold spaces, so count fields after its closing parenthesis.
            string[] fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            parents[pid] = int.Parse(fields[1], CultureInfo.InvariantCulture);
            ticks[pid] = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)
                + (includeReaped ? long.Parse(fields[13], CultureInfo.InvariantCulture) + long.Parse(fields[14], CultureInfo.InvariantCulture) : 0);
        }

        int self = Environment.ProcessId;
        long total = 0;
        foreach (var (pid, used) in ticks)
        {
            for (int p = pid, depth = 0; p > 1 && depth < 64; p = parents.GetValueOrDefault(p), depth++)
            {
                if (p == self)
                {
                    total += used;
                    break;
                }
            }
        }

        return total / s_ticksPerSecond;
    }
}
