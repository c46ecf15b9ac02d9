using System.Buffers;

namespace PartnerHub.Features.Documents.Excel;

/// <summary>One worksheet to write: its columns and its rows (one value per column, typed as the column's kind says).</summary>
public sealed class ExcelSheet
{
    private static readonly SearchValues<char> s_forbiddenNameChars = SearchValues.Create("[]:*?/\\");

    public ExcelSheet(string name, IReadOnlyList<ExcelColumn> columns, IEnumerable<object?[]> rows, string? totalsLabel = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        // Excel refuses (and repairs away) sheet names longer than 31 characters or with these characters.
        if (name.Length > 31 || name.AsSpan().ContainsAny(s_forbiddenNameChars) || name.StartsWith('\'') || name.EndsWith('\''))
        {
            throw new ArgumentException($"'{name}' is not a valid Excel sheet name (at most 31 characters, none of []:*?/\\, no leading or trailing ').", nameof(name));
        }

        Name = name;
        Columns = columns;
        Rows = rows;
        TotalsLabel = totalsLabel;
    }

    public string Name { get; }

    public IReadOnlyList<ExcelColumn> Columns { get; }

    public IEnumerable<object?[]> Rows { get; }

    public string? TotalsLabel { get; }

    public bool HasTotals => Columns.Any(c => c.Total);
}
