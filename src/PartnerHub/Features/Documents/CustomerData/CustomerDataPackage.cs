using System.IO.Compression;
using PartnerHub.Data;
using PartnerHub.Features.Documents.Excel;

namespace PartnerHub.Features.Documents.CustomerData;

/// <summary>
/// What one feature adds to a customer's data export (before the data is erased after the service's end, 001 §16):
/// sheets of the workbook and files. Each feature knows its own data; <c>Features/Customers</c> serves the zip.
/// </summary>
public interface ICustomerDataExporter
{
    /// <summary>Adds the customer's data this feature holds to <paramref name="package"/>.</summary>
    Task AddToAsync(HubDbContext db, Guid customerId, CustomerDataPackage package, CancellationToken cancellationToken);
}

/// <summary>A customer's data export: one workbook with a sheet per kind of data, plus the stored files.</summary>
public sealed class CustomerDataPackage
{
    private readonly List<ExcelSheet> _sheets = [];
    private readonly List<(string Path, Func<Stream> Open)> _files = [];

    /// <summary>Sheets in the order added.</summary>
    public IReadOnlyList<ExcelSheet> Sheets => _sheets;

    /// <summary>Paths of the files added, inside the zip.</summary>
    public IEnumerable<string> FilePaths => _files.Select(f => f.Path);

    public void AddSheet(ExcelSheet sheet) => _sheets.Add(sheet);

    /// <summary>Adds a stored file at <paramref name="path"/> (folders separated by '/'); a name used twice gets a number.</summary>
    public void AddFile(string path, Func<Stream> open)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string unique = path;
        for (int n = 2; _files.Exists(f => f.Path == unique); n++)
        {
            unique = Path.ChangeExtension(path, null) + $" ({n})" + Path.GetExtension(path);
        }

        _files.Add((unique, open));
    }

    /// <summary>Writes the zip: <paramref name="workbookName"/> with every sheet, then the files.</summary>
    public void WriteZip(Stream output, IExcelWriter writer, string workbookName)
    {
        ArgumentNullException.ThrowIfNull(writer);
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        using (var workbook = new MemoryStream())
        {
            writer.Write(workbook, [.. _sheets]);
            workbook.Position = 0;
            using var entry = zip.CreateEntry(workbookName, CompressionLevel.Optimal).Open();
            workbook.CopyTo(entry);
        }

        foreach (var (path, open) in _files)
        {
            using var source = open();
            using var entry = zip.CreateEntry(path, CompressionLevel.Optimal).Open();
            source.CopyTo(entry);
        }
    }
}
