using System.Globalization;

namespace PartnerHub.ScaleData;

/// <summary>
/// <c>PartnerHub.ScaleData --database FILE [--scale X] …</c> (see README.md). Exit codes: 0 done, 1 failed, 2 usage or a
/// refused file, 130 cancelled (Ctrl+C).
/// </summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length == 0 || args.Contains("--help") || args.Contains("-h"))
        {
            Console.WriteLine(ScaleDataOptions.Usage);
            return args.Length == 0 ? 2 : 0;
        }

        var options = ScaleDataOptions.Parse(args, out string? error);
        if (options is null)
        {
            Console.Error.WriteLine(error);
            Console.Error.WriteLine(ScaleDataOptions.Usage);
            return 2;
        }

        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        try
        {
            await new ScaleDataGenerator(options, Console.Out).RunAsync(cancel.Token);
            return 0;
        }
        catch (ScaleDataException refused)
        {
            Console.Error.WriteLine(refused.Message);
            return 2;
        }
        catch (ArgumentException invalid) when (invalid.ParamName is null)
        {
            Console.Error.WriteLine(invalid.Message);
            return 2;
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Cancelled; {options.Database} is incomplete."));
            return 130;
        }
    }
}
