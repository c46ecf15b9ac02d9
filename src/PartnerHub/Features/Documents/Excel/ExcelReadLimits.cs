using System.IO.Compression;

namespace PartnerHub.Features.Documents.Excel;

/// <summary>
/// How much an uploaded workbook may unpack to. An .xlsx is a zip: a 2 MB upload can hold gigabytes of repeated XML (a zip
/// bomb), so the size of the upload alone protects nothing. Checked on the zip directory before anything is inflated, and
/// again while reading, since a crafted directory can under-declare what an entry inflates to.
/// </summary>
/// <param name="MaxPartBytes">Largest uncompressed part (worksheet, shared strings, styles).</param>
/// <param name="MaxTotalBytes">All parts together, uncompressed.</param>
/// <param name="MaxExpansionRatio">Uncompressed ÷ compressed size of a part larger than <see cref="RatioCheckedFromBytes"/>.</param>
/// <param name="MaxRows">Rows read from one worksheet.</param>
public sealed record ExcelReadLimits(long MaxPartBytes, long MaxTotalBytes, int MaxExpansionRatio, int MaxRows)
{
    /// <summary>Small parts compress very well (a few repeated tags), so their ratio says nothing.</summary>
    public const long RatioCheckedFromBytes = 1024 * 1024;

    /// <summary>Limits for a form-like workbook a user uploads (a parameter sheet is two sheets of a few dozen rows).</summary>
    public static ExcelReadLimits Upload { get; } = new(MaxPartBytes: 16 * 1024 * 1024, MaxTotalBytes: 32 * 1024 * 1024, MaxExpansionRatio: 100, MaxRows: 5_000);

    /// <summary>Throws <see cref="ExcelLimitExceededException"/> when the zip directory declares more than these limits allow.</summary>
    public void CheckPackage(Stream input)
    {
        ArgumentNullException.ThrowIfNull(input);
        long start = input.Position;
        try
        {
            using var zip = new ZipArchive(input, ZipArchiveMode.Read, leaveOpen: true);
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                if (entry.Length > MaxPartBytes || total > MaxTotalBytes)
                {
                    throw new ExcelLimitExceededException($"'{entry.FullName}' unpacks to {entry.Length:N0} bytes ({total:N0} so far).");
                }

                if (entry.Length > RatioCheckedFromBytes && entry.Length > (long)MaxExpansionRatio * Math.Max(1, entry.CompressedLength))
                {
                    throw new ExcelLimitExceededException($"'{entry.FullName}' expands {entry.Length / Math.Max(1, entry.CompressedLength):N0} times.");
                }
            }
        }
        finally
        {
            input.Position = start;
        }
    }
}

/// <summary>An uploaded workbook unpacks to more than <see cref="ExcelReadLimits"/> allow.</summary>
public sealed class ExcelLimitExceededException : IOException
{
    public ExcelLimitExceededException()
    {
    }

    public ExcelLimitExceededException(string message)
        : base(message)
    {
    }

    public ExcelLimitExceededException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
