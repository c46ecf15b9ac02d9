using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PartnerHub.Features.Documents;
using PartnerHub.Features.Documents.Pdf;
using PartnerHub.Tests.Features.Documents;

[assembly: AssemblyFixture(typeof(DocumentsFixture))]

namespace PartnerHub.Tests.Features.Documents;

/// <summary>One document pipeline (one Chromium) for every PDF test in the assembly; tests that break a browser build their own.</summary>
public sealed class DocumentsFixture : IAsyncDisposable
{
    public DocumentsFixture()
    {
        Services = BuildServices();
    }

    public ServiceProvider Services { get; }

    public IPdfRenderer Renderer => Services.GetRequiredService<IPdfRenderer>();

    /// <summary>A separate pipeline with its own browser, for tests that kill or time out the browser.</summary>
    public static ServiceProvider BuildServices(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var services = new ServiceCollection();
        services.AddSingleton(configuration);
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Information));
        services.AddSingleton(TimeProvider.System);
        services.AddDocumentsFeature();
        configure?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public ValueTask DisposeAsync() => Services.DisposeAsync();
}

/// <summary>Runs poppler-utils on a PDF: the way a person (or a search index) would read the document.</summary>
public static class PdfTools
{
    /// <summary>Keeps a copy in $PARTNERHUB_DOCUMENT_DUMP (when set) so a person can look at it: pdftoppm -png -r 60 -f 1 -l 1.</summary>
    public static void Keep(byte[] pdf, string name)
    {
        if (Environment.GetEnvironmentVariable("PARTNERHUB_DOCUMENT_DUMP") is { Length: > 0 } directory)
        {
            Directory.CreateDirectory(directory);
            File.WriteAllBytes(Path.Combine(directory, name), pdf);
        }
    }

    public static Task<string> TextAsync(byte[] pdf) => RunAsync("pdftotext", pdf, "-layout", "{file}", "-");

    /// <summary>The text in the order it was written, every run of white space removed: a table cell that wraps reads as one
    /// string (the layout text puts a wrapped cell's second line after the other columns of the row).</summary>
    public static async Task<string> CompactTextAsync(byte[] pdf) =>
        string.Concat((await RunAsync("pdftotext", pdf, "-raw", "{file}", "-")).Where(c => !char.IsWhiteSpace(c)));

    public static Task<string> InfoAsync(byte[] pdf) => RunAsync("pdfinfo", pdf, "{file}");

    public static Task<string> FontsAsync(byte[] pdf) => RunAsync("pdffonts", pdf, "{file}");

    public static int PageCount(string info) =>
        int.Parse(info.Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal))["Pages:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);

    public static string PageSize(string info) =>
        info.Split('\n').Single(l => l.StartsWith("Page size:", StringComparison.Ordinal))["Page size:".Length..].Trim();

    public static async Task<string> RunAsync(string tool, byte[] pdf, params string[] arguments)
    {
        string file = Path.Combine(Path.GetTempPath(), $"partnerhub-test-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, pdf, TestContext.Current.CancellationToken);
        try
        {
            var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (string argument in arguments)
            {
                start.ArgumentList.Add(argument == "{file}" ? file : argument);
            }

            using Process process = Process.Start(start)!;
            string output = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
            process.ExitCode.ShouldBe(0, $"{tool} failed: {await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken)}");
            return output;
        }
        finally
        {
            File.Delete(file);
        }
    }
}
