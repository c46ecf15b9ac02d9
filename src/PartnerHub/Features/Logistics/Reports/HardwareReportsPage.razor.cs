using Microsoft.AspNetCore.Components;
using MudBlazor;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Querying;

namespace PartnerHub.Features.Logistics.Reports;

/// <summary>Filters live in the URL (?model=&amp;from=&amp;to=), so an export link carries exactly what the page shows.</summary>
public partial class HardwareReportsPage
{
    private MudDataGrid<AtCustomersRow>? _atCustomers;
    private MudDataGrid<OverdueReturnRow>? _overdue;
    private UnitReportGrid? _inTransit;
    private UnitReportGrid? _inRepair;
    private HardwareReportSummary? _summary;
    private IReadOnlyList<SwapRateRow> _swapRates = [];

    [SupplyParameterFromQuery(Name = "model")]
    public string? ModelParameter { get; set; }

    [SupplyParameterFromQuery(Name = "from")]
    public string? FromParameter { get; set; }

    [SupplyParameterFromQuery(Name = "to")]
    public string? ToParameter { get; set; }

    private HardwareReportFilter Filter => HardwareReportFilter.FromUrl(ModelParameter);

    private DateOnly Today => JapaneseFormat.TokyoDate(Clock.GetUtcNow());

    private ReportPeriod DefaultPeriod => ReportPeriod.LastTwelveMonths(Today);

    private ReportPeriod? Period => ReportPeriod.FromUrl(FromParameter, ToParameter, Today);

    protected override async Task OnParametersSetAsync()
    {
        _summary = await Queries.SummaryAsync(Filter);
        _swapRates = Period is { } period ? await Queries.SwapRatesAsync(Filter, period) : [];
        await Reload(_atCustomers);
        await Reload(_overdue);
        await (_inTransit?.ReloadAsync() ?? Task.CompletedTask);
        await (_inRepair?.ReloadAsync() ?? Task.CompletedTask);
    }

    private static Task Reload<T>(MudDataGrid<T>? grid) => grid?.ReloadServerData() ?? Task.CompletedTask;

    private async Task<GridData<AtCustomersRow>> LoadAtCustomersAsync(GridState<AtCustomersRow> state, CancellationToken cancellationToken)
    {
        var page = await Queries.AtCustomersPageAsync(Filter, ListRequest.From(state), cancellationToken);
        return new GridData<AtCustomersRow> { Items = page.Rows.Items, TotalItems = page.Rows.TotalCount };
    }

    private async Task<GridData<OverdueReturnRow>> LoadOverdueAsync(GridState<OverdueReturnRow> state, CancellationToken cancellationToken)
    {
        var page = await Queries.OverdueReturnsAsync(Filter, ListRequest.From(state), cancellationToken);
        return new GridData<OverdueReturnRow> { Items = page.Items, TotalItems = page.TotalCount };
    }

    private void SetFilter(string name, string? value) =>
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameter(name, string.IsNullOrWhiteSpace(value) ? null : value), replace: true);

    private string WithQuery(string relativeUrl) => relativeUrl + new Uri(Navigation.Uri).Query;

    private string TabText(string key, int? count) => count is { } n ? $"{L[key]} ({Count(n)})" : L[key];

    private static string Count(int? count) => (count ?? 0).ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
}
