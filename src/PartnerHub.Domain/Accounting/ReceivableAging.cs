using PartnerHub.Domain.Money;

namespace PartnerHub.Domain.Accounting;

/// <summary>
/// An amount a counterparty still owes on one invoice: the input of the aging report and of payer matching.
/// Negative open amounts (an over-payment kept as credit) are allowed and age like any other amount.
/// </summary>
/// <param name="Counterparty">Who owes it: a stable key (the partner's id or code), also used to group the report.</param>
/// <param name="InvoiceNumber">The invoice's number.</param>
/// <param name="DueDate">The day payment was due.</param>
/// <param name="OpenAmount">What is still unpaid.</param>
public sealed record OpenReceivable(string Counterparty, string InvoiceNumber, DateOnly DueDate, Yen OpenAmount);

/// <summary>The days-past-due brackets of the AR aging report (issue 12: current, 1–30, 31–60, 61–90, 90+).</summary>
public enum AgingBucket
{
    /// <summary>Not yet past due: the due date is the as-of date or later.</summary>
    Current,

    /// <summary>1–30 days past due.</summary>
    PastDue1To30,

    /// <summary>31–60 days past due.</summary>
    PastDue31To60,

    /// <summary>61–90 days past due.</summary>
    PastDue61To90,

    /// <summary>More than 90 days past due.</summary>
    PastDueOver90,
}

/// <summary>One counterparty's open amounts by bracket (or the report's total row).</summary>
/// <param name="Counterparty">The counterparty key; null on the total row.</param>
/// <param name="Current">Not yet due.</param>
/// <param name="PastDue1To30">1–30 days past due.</param>
/// <param name="PastDue31To60">31–60 days past due.</param>
/// <param name="PastDue61To90">61–90 days past due.</param>
/// <param name="PastDueOver90">More than 90 days past due.</param>
public sealed record AgingRow(
    string? Counterparty, Yen Current, Yen PastDue1To30, Yen PastDue31To60, Yen PastDue61To90, Yen PastDueOver90)
{
    /// <summary>Everything open, due or not.</summary>
    public Yen Total => Current + PastDue1To30 + PastDue31To60 + PastDue61To90 + PastDueOver90;

    /// <summary>Everything past due (all brackets but <see cref="AgingBucket.Current"/>).</summary>
    public Yen PastDue => Total - Current;

    /// <summary>The amount in <paramref name="bucket"/>.</summary>
    public Yen this[AgingBucket bucket] => bucket switch
    {
        AgingBucket.Current => Current,
        AgingBucket.PastDue1To30 => PastDue1To30,
        AgingBucket.PastDue31To60 => PastDue31To60,
        AgingBucket.PastDue61To90 => PastDue61To90,
        AgingBucket.PastDueOver90 => PastDueOver90,
    };
}

/// <summary>The AR aging report: one row per counterparty (ordinal order of the key) and the total row.</summary>
/// <param name="AsOf">The day the ages are measured on.</param>
/// <param name="Rows">One row per counterparty with any open receivable.</param>
/// <param name="Total">The column sums over every row.</param>
public sealed record AgingReport(DateOnly AsOf, IReadOnlyList<AgingRow> Rows, AgingRow Total);

/// <summary>
/// Accounts-receivable aging. Age = calendar days from the due date to the as-of date: an invoice due on the as-of
/// date is current, due the day before is 1 day past due. Calendar days, not business days: the report measures how
/// long money has been outstanding; whether a reminder goes out (dunning, on the business calendar) is a separate rule.
/// </summary>
public static class ReceivableAging
{
    /// <summary>Days past due on <paramref name="asOf"/>; zero or negative means not yet past due.</summary>
    public static int DaysPastDue(DateOnly dueDate, DateOnly asOf) => asOf.DayNumber - dueDate.DayNumber;

    /// <summary>The bracket of an amount due on <paramref name="dueDate"/>, seen on <paramref name="asOf"/>.</summary>
    public static AgingBucket BucketOf(DateOnly dueDate, DateOnly asOf) => DaysPastDue(dueDate, asOf) switch
    {
        <= 0 => AgingBucket.Current,
        <= 30 => AgingBucket.PastDue1To30,
        <= 60 => AgingBucket.PastDue31To60,
        <= 90 => AgingBucket.PastDue61To90,
        _ => AgingBucket.PastDueOver90,
    };

    /// <summary>Groups <paramref name="receivables"/> per counterparty and bracket as of <paramref name="asOf"/>; settled (zero) amounts are left out, so a counterparty with nothing open has no row.</summary>
    public static AgingReport Build(IEnumerable<OpenReceivable> receivables, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(receivables);
        AgingRow[] rows =
        [
            .. receivables
                .Where(r => r.OpenAmount != Yen.Zero)
                .GroupBy(r => r.Counterparty, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => Sum(g.Key, g.Select(r => (BucketOf(r.DueDate, asOf), r.OpenAmount)))),
        ];
        AgingRow total = Sum(null, rows.SelectMany(r => Enum.GetValues<AgingBucket>().Select(b => (b, r[b]))));
        return new AgingReport(asOf, rows, total);
    }

    private static AgingRow Sum(string? counterparty, IEnumerable<(AgingBucket Bucket, Yen Amount)> amounts)
    {
        var sums = new Yen[Enum.GetValues<AgingBucket>().Length];
        foreach ((AgingBucket bucket, Yen amount) in amounts)
        {
            sums[(int)bucket] += amount;
        }

        return new AgingRow(counterparty, sums[0], sums[1], sums[2], sums[3], sums[4]);
    }
}
