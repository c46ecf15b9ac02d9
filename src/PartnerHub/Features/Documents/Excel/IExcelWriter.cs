namespace PartnerHub.Features.Documents.Excel;

/// <summary>Writes .xlsx workbooks.</summary>
public interface IExcelWriter
{
    /// <summary>Writes one workbook with <paramref name="sheets"/> (in order) to <paramref name="output"/>, which must be seekable (a file or memory stream).</summary>
    void Write(Stream output, params ExcelSheet[] sheets);
}
