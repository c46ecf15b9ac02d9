namespace PartnerHub.Features.Documents.Excel;

/// <summary>Writes .xlsx workbooks.</summary>
public interface IExcelWriter
{
    /// <summary>
    /// Writes one workbook with <paramref name="sheets"/> (in order) to <paramref name="output"/>, front to back: any writable
    /// stream will do, and the rows are read once, while they are written.
    /// </summary>
    void Write(Stream output, params ExcelSheet[] sheets);
}
