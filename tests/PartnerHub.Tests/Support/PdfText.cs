using System.Diagnostics;

namespace PartnerHub.Tests.Support;

/// <summary>Text of a PDF through poppler's pdftotext, as a person copying it would get it.</summary>
public static class PdfText
{
    /// <summary>
    /// The text; with <paramref name="writingOrder"/>, in the order it was written (pdftotext -raw), so that a table cell wrapped
    /// over two lines reads as one run.
    /// </summary>
    public static async Task<string> ExtractAsync(byte[] pdf, bool writingOrder = false)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        var file = Path.GetTempFileName();
        try
        {
            await File.WriteAllBytesAsync(file, pdf);
            using var process = Process.Start(new ProcessStartInfo("pdftotext", writingOrder ? ["-raw", file, "-"] : [file, "-"]) { RedirectStandardOutput = true })!;
            var text = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            return text;
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>The text in writing order without any white space: what a table cell holds, however it wrapped.</summary>
    public static async Task<string> CompactAsync(byte[] pdf) => string.Concat((await ExtractAsync(pdf, writingOrder: true)).Where(c => !char.IsWhiteSpace(c)));
}
