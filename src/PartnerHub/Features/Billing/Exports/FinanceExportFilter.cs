using PartnerHub.Domain.Accounting;
using PartnerHub.Infrastructure.Querying;

namespace PartnerHub.Features.Billing.Exports;

/// <summary>
/// What an export covers, as it travels in the download URL: a period of transaction dates (inclusive), optionally one issuer
/// and one partner. Without a period the current month is meant (the page always sends one).
/// </summary>
public sealed record FinanceExportFilter(DateOnly From, DateOnly To, Guid? IssuerId = null, Guid? PartnerId = null)
{
    public static FinanceExportFilter FromUrl(string? from, string? to, string? issuer, string? partner, DateOnly today)
    {
        var month = YearMonth.Of(today);
        return new FinanceExportFilter(QueryValue.Date(from) ?? month.FirstDay, QueryValue.Date(to) ?? month.LastDay, QueryValue.Id(issuer), QueryValue.Id(partner));
    }

    /// <summary>Whether the period runs forwards.</summary>
    public bool IsValid => From <= To;

    /// <summary>The query string of this filter (for the download links).</summary>
    public string ToQuery() =>
        $"from={QueryValue.Format(From)}&to={QueryValue.Format(To)}"
        + (IssuerId is { } issuer ? $"&issuer={issuer}" : string.Empty)
        + (PartnerId is { } partner ? $"&partner={partner}" : string.Empty);
}
