using Microsoft.Extensions.Localization;

namespace PartnerHub.Infrastructure.Accounting;

/// <summary>Marker for AccountingFormatStrings.resx.</summary>
public sealed class AccountingFormatStrings
{
}

/// <summary>The localised sentence for a refused 全銀 record or a CSV cell problem; one resource per code.</summary>
public static class AccountingFormatMessages
{
    public static string Describe(IStringLocalizer<AccountingFormatStrings> strings, ZenginParseError error)
    {
        ArgumentNullException.ThrowIfNull(strings);
        ArgumentNullException.ThrowIfNull(error);
        string field = error.Field is null ? string.Empty : strings["ZenginField_" + error.Field];
        return strings["Zengin_" + error.Code, error.RecordNumber, error.Detail ?? string.Empty, field];
    }

    public static string Describe(IStringLocalizer<AccountingFormatStrings> strings, CsvCellProblem problem)
    {
        ArgumentNullException.ThrowIfNull(strings);
        ArgumentNullException.ThrowIfNull(problem);
        return strings["Csv_" + problem.Code, problem.Row, problem.Column, problem.ColumnName, problem.Detail];
    }
}
