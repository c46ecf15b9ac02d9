using System.Diagnostics;
using System.Globalization;

namespace PartnerHub.Tests.Features.Documents;

/// <summary>Finds the Chromium browser process this test run started (by a marker switch on its command line) and kills it.</summary>
public static class ChromiumProcesses
{
    public static void KillBrowserLaunchedWith(string marker)
    {
        int? browser = null;
        foreach (string dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out int pid))
            {
                continue;
            }

            string commandLine;
            try
            {
                commandLine = File.ReadAllText(Path.Combine(dir, "cmdline")).Replace('\0', ' ');
            }
            catch (IOException)
            {
                continue;
            }
            catch (UnauthorizedAccessException)
            {
                continue;
            }

            // The browser process carries the marker and has no --type switch (renderers, GPU and utility processes do).
            if (commandLine.Contains(marker, StringComparison.Ordinal) && !commandLine.Contains("--type=", StringComparison.Ordinal) && IsDescendantOfThisProcess(pid))
            {
                browser = pid;
                break;
            }
        }

        browser.ShouldNotBeNull("the test's Chromium browser process was not found");
        using Process process = Process.GetProcessById(browser.Value);
        process.Kill(entireProcessTree: true);
        process.WaitForExit(TimeSpan.FromSeconds(10));
    }

    private static bool IsDescendantOfThisProcess(int pid)
    {
        int current = pid;
        for (int depth = 0; depth < 10 && current > 1; depth++)
        {
            current = ParentOf(current);
            if (current == Environment.ProcessId)
            {
                return true;
            }
        }

        return false;
    }

    private static int ParentOf(int pid)
    {
        // /proc/<pid>/stat: "pid (comm) state ppid ..."; comm may contain spaces, so read after the last ')'.
        string stat = File.ReadAllText($"/proc/{pid}/stat");
        string[] fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return int.Parse(fields[1], CultureInfo.InvariantCulture);
    }
}
