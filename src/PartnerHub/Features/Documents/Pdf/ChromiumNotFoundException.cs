namespace PartnerHub.Features.Documents.Pdf;

/// <summary>The configured Chromium executable does not exist, so no PDF can be printed.</summary>
public sealed class ChromiumNotFoundException : InvalidOperationException
{
    public ChromiumNotFoundException(string path)
        : base($"Chromium was not found at '{path}'. PDF documents are printed with the system Chromium: install Debian's "
            + "'chromium' package (apt-get install chromium) or set Documents:ChromiumPath. Do not run 'playwright install'.")
    {
        Path = path;
    }

    public ChromiumNotFoundException()
        : this("/usr/bin/chromium")
    {
    }

    public ChromiumNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
        Path = string.Empty;
    }

    public string Path { get; }
}
