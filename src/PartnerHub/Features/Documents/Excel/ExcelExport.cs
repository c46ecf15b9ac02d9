using PartnerHub.Domain.Money;

namespace PartnerHub.Features.Documents.Excel;

/// <summary>What a column holds; it decides the cell type and the number format.</summary>
public enum ExcelCellKind
{
    /// <summary>A string cell, always: "00123" and "=SUM(...)" stay text.</summary>
    Text,

    /// <summary>A whole number (count, quantity) shown as #,##0.</summary>
    Number,

    /// <summary>Yen shown as "¥"#,##0.</summary>
    Yen,

    /// <summary>Yen shown as #,##0, for sheets whose header already says 円 or that accounting imports.</summary>
    YenPlain,

    /// <summary>A real Excel date (serial number) shown as yyyy/mm/dd.</summary>
    Date,

    /// <summary>A real Excel date-time in Tokyo wall-clock time, shown as yyyy/mm/dd hh:mm.</summary>
    DateTime,

    /// <summary>A fraction (0.125) shown as 12.5%.</summary>
    Percent,
}

/// <summary>One column: header, kind, how to read the value from a row, width and whether the totals row sums it.</summary>
public sealed record ExcelColumn(string Header, ExcelCellKind Kind, double? Width, bool Total);

/// <summary>
/// A sheet layout for rows of <typeparamref name="TRow"/>, built fluently and reusable for any number of exports:
/// <c>new ExcelExport&lt;Invoice&gt;().Text(L["Customer"], r =&gt; r.Name, width: 30).Yen(L["Amount"], r =&gt; r.Amount, total: true)</c>.
/// </summary>
public sealed class ExcelExport<TRow>
{
    private readonly List<ExcelColumn> _columns = [];
    private readonly List<Func<TRow, object?>> _values = [];

    public IReadOnlyList<ExcelColumn> Columns => _columns;

    /// <summary>Label of the totals row (defaults to the localized "合計" / "Total" of the rendering culture).</summary>
    public string? TotalsLabel { get; private set; }

    public ExcelExport<TRow> Text(string header, Func<TRow, string?> value, double? width = null) =>
        Add(header, ExcelCellKind.Text, value, width, total: false);

    /// <summary>A whole number (count, quantity); codes with leading zeros belong in <see cref="Text"/>.</summary>
    public ExcelExport<TRow> Number(string header, Func<TRow, long?> value, double? width = null, bool total = false) =>
        Add(header, ExcelCellKind.Number, r => value(r), width, total);

    /// <summary>Yen: "¥"#,##0 by default, #,##0 when <c>withSign</c> is false.</summary>
    public ExcelExport<TRow> Yen(string header, Func<TRow, long?> value, double? width = null, bool total = false, bool withSign = true) =>
        Add(header, withSign ? ExcelCellKind.Yen : ExcelCellKind.YenPlain, r => value(r), width, total);

    /// <summary>Yen from the Domain's <see cref="Domain.Money.Yen"/>.</summary>
    public ExcelExport<TRow> Yen(string header, Func<TRow, Yen?> value, double? width = null, bool total = false, bool withSign = true) =>
        Add(header, withSign ? ExcelCellKind.Yen : ExcelCellKind.YenPlain, r => value(r)?.Amount, width, total);

    public ExcelExport<TRow> Date(string header, Func<TRow, DateOnly?> value, double? width = null) =>
        Add(header, ExcelCellKind.Date, r => value(r), width, total: false);

    /// <summary>An instant, written as its Tokyo wall-clock time (Excel has no time zones).</summary>
    public ExcelExport<TRow> DateTime(string header, Func<TRow, DateTimeOffset?> value, double? width = null) =>
        Add(header, ExcelCellKind.DateTime, r => value(r), width, total: false);

    /// <summary>A fraction: 0.125 is shown as 12.5%.</summary>
    public ExcelExport<TRow> Percent(string header, Func<TRow, decimal?> value, double? width = null) =>
        Add(header, ExcelCellKind.Percent, r => value(r), width, total: false);

    public ExcelExport<TRow> WithTotalsLabel(string label)
    {
        TotalsLabel = label;
        return this;
    }

    /// <summary>A sheet of this layout over <paramref name="rows"/>; the rows are enumerated once, while writing.</summary>
    public ExcelSheet ToSheet(string name, IEnumerable<TRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (_columns.Count == 0)
        {
            throw new InvalidOperationException("An Excel export needs at least one column.");
        }

        Func<TRow, object?>[] values = [.. _values];
        return new ExcelSheet(name, [.. _columns], rows.Select(row => Project(values, row)), TotalsLabel);
    }

    private static object?[] Project(Func<TRow, object?>[] values, TRow row)
    {
        var cells = new object?[values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            cells[i] = values[i](row);
        }

        return cells;
    }

    private ExcelExport<TRow> Add(string header, ExcelCellKind kind, Func<TRow, object?> value, double? width, bool total)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(header);
        ArgumentNullException.ThrowIfNull(value);
        if (width is <= 0 or > 255)
        {
            throw new ArgumentOutOfRangeException(nameof(width), width, "Excel column widths are 0–255 characters.");
        }

        _columns.Add(new ExcelColumn(header, kind, width, total));
        _values.Add(value);
        return this;
    }
}
