using System.Globalization;

namespace PartnerHub.Domain.Money;

/// <summary>
/// Consumption-tax rates as dated data: each category has rates that apply from a date until the next one.
/// Kept as data rather than constants because rates change by law (DOMAIN.md "Money": keep rates as data),
/// and invoices for past transactions must still use the rate of their transaction date. Immutable:
/// <see cref="With"/> returns an extended copy.
/// </summary>
public sealed class TaxRateTable
{
    private readonly Dictionary<TaxCategory, DatedTaxRate[]> _rates;

    private TaxRateTable(Dictionary<TaxCategory, DatedTaxRate[]> rates)
    {
        _rates = rates;
    }

    // Declared before Japan: static initialisers run in text order.
    /// <summary>A table with no rates; <see cref="TaxCategory.Exempt"/> still resolves to 0%.</summary>
    public static TaxRateTable Empty { get; } = new([]);

    /// <summary>
    /// Japan's national+local consumption tax: standard 3% from 1989-04-01, 5% from 1997-04-01, 8% from
    /// 2014-04-01, 10% from 2019-10-01; reduced 8% from 2019-10-01. Transitional measures (経過措置) for
    /// contracts spanning a change are not modelled: the caller picks the transaction date that applies.
    /// </summary>
    public static TaxRateTable Japan { get; } = Empty
        .With(TaxCategory.Standard, new DateOnly(1989, 4, 1), new TaxRate(3))
        .With(TaxCategory.Standard, new DateOnly(1997, 4, 1), new TaxRate(5))
        .With(TaxCategory.Standard, new DateOnly(2014, 4, 1), new TaxRate(8))
        .With(TaxCategory.Standard, new DateOnly(2019, 10, 1), new TaxRate(10))
        .With(TaxCategory.Reduced, new DateOnly(2019, 10, 1), new TaxRate(8));

    /// <summary>Every dated rate of <paramref name="category"/>, oldest first.</summary>
    public IReadOnlyList<DatedTaxRate> RatesOf(TaxCategory category) =>
        _rates.TryGetValue(category, out DatedTaxRate[]? rates) ? rates : [];

    /// <summary>
    /// A copy of this table where <paramref name="category"/> has <paramref name="rate"/> from
    /// <paramref name="effectiveFrom"/> until the next dated rate.
    /// </summary>
    /// <exception cref="ArgumentException">The category is exempt, or already has a rate starting that day.</exception>
    public TaxRateTable With(TaxCategory category, DateOnly effectiveFrom, TaxRate rate)
    {
        if (category == TaxCategory.Exempt)
        {
            throw new ArgumentException("Exempt supplies carry no rate; they always resolve to 0%.", nameof(category));
        }

        DatedTaxRate[] existing = [.. RatesOf(category)];
        if (existing.Any(r => r.EffectiveFrom == effectiveFrom))
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"{category} already has a rate effective from {effectiveFrom:yyyy-MM-dd}."),
                nameof(effectiveFrom));
        }

        var copy = new Dictionary<TaxCategory, DatedTaxRate[]>(_rates)
        {
            [category] = [.. existing.Append(new DatedTaxRate(effectiveFrom, rate)).OrderBy(r => r.EffectiveFrom)],
        };
        return new TaxRateTable(copy);
    }

    /// <summary>
    /// The rate of <paramref name="category"/> on <paramref name="transactionDate"/>, or false when the category
    /// had no rate yet (e.g. the reduced rate before 2019-10-01).
    /// </summary>
    public bool TryGetRate(TaxCategory category, DateOnly transactionDate, out TaxRate rate)
    {
        if (category == TaxCategory.Exempt)
        {
            rate = TaxRate.None;
            return true;
        }

        DatedTaxRate? found = null;
        foreach (DatedTaxRate candidate in RatesOf(category))
        {
            if (candidate.EffectiveFrom > transactionDate)
            {
                break;
            }

            found = candidate;
        }

        rate = found?.Rate ?? TaxRate.None;
        return found is not null;
    }

    /// <summary>The rate of <paramref name="category"/> on <paramref name="transactionDate"/>.</summary>
    /// <exception cref="InvalidOperationException">The category had no rate on that date.</exception>
    public TaxRate RateFor(TaxCategory category, DateOnly transactionDate) =>
        TryGetRate(category, transactionDate, out TaxRate rate)
            ? rate
            : throw new InvalidOperationException(string.Create(
                CultureInfo.InvariantCulture, $"No {category} consumption-tax rate is in effect on {transactionDate:yyyy-MM-dd}."));
}

/// <summary>A rate that applies from <paramref name="EffectiveFrom"/> until the category's next dated rate.</summary>
/// <param name="EffectiveFrom">First transaction date the rate applies to.</param>
/// <param name="Rate">The rate.</param>
public sealed record DatedTaxRate(DateOnly EffectiveFrom, TaxRate Rate);
