using PartnerHub.Domain.Money;

namespace PartnerHub.Domain.Billing;

/// <summary>
/// Compensation for a total outage that a hardware swap did not fix (004 §7-2): for every full 24 hours the
/// outage lasted, counted from when the vendor learned of it, the partner pays one day's worth of the licence
/// price. Whether the exclusions of 004 §7-1 (customer modification, misuse…) apply is decided before calling.
/// </summary>
public static class OutageCredit
{
    /// <summary>Full 24-hour periods from <paramref name="vendorAwareAt"/> to <paramref name="restoredAt"/>; partial days do not count.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Restoration precedes awareness.</exception>
    public static int FullDays(DateTimeOffset vendorAwareAt, DateTimeOffset restoredAt)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(restoredAt, vendorAwareAt);
        return (int)((restoredAt - vendorAwareAt).Ticks / TimeSpan.TicksPerDay);
    }

    /// <summary>
    /// The credit: licence price × full days / days in the licence term (365, or 366 when the year from delivery
    /// spans February 29), rounded by policy. Returned as a positive amount; put it on an invoice with
    /// <see cref="InvoiceLine.Credit"/>.
    /// </summary>
    public static Yen Compute(Yen licencePrice, int daysInTerm, DateTimeOffset vendorAwareAt, DateTimeOffset restoredAt, RoundingMode rounding)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(daysInTerm);
        return licencePrice.MultiplyFraction(FullDays(vendorAwareAt, restoredAt), daysInTerm, rounding);
    }
}
