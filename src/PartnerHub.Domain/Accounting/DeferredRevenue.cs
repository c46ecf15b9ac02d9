using PartnerHub.Domain.Money;

namespace PartnerHub.Domain.Accounting;

/// <summary>A prepaid service right (e.g. an annual licence paid up front) whose revenue is recognised over its term.</summary>
/// <param name="ContractKey">The contract it belongs to (number or id), carried into the schedule.</param>
/// <param name="TermStart">First day of service, inclusive.</param>
/// <param name="TermEnd">Last day of service, inclusive.</param>
/// <param name="Amount">The amount to recognise, tax-excluded revenue in whole yen.</param>
public sealed record PrepaidServiceRight(string ContractKey, DateOnly TermStart, DateOnly TermEnd, Yen Amount);

/// <summary>The revenue recognised in one month of a term.</summary>
/// <param name="Month">The month.</param>
/// <param name="ServiceDays">Days of the term inside the month (the whole month for a full month).</param>
/// <param name="Amount">Revenue recognised in the month.</param>
public sealed record MonthlyRecognition(YearMonth Month, int ServiceDays, Yen Amount);

/// <summary>One contract's recognition schedule; its months sum to the right's amount exactly.</summary>
/// <param name="Right">The service right.</param>
/// <param name="Months">Every month the term touches, oldest first.</param>
public sealed record RecognitionSchedule(PrepaidServiceRight Right, IReadOnlyList<MonthlyRecognition> Months)
{
    /// <summary>Revenue recognised from the term's start through the end of <paramref name="month"/>.</summary>
    public Yen RecognizedThrough(YearMonth month) => Yen.Sum(Months.Where(m => m.Month.FirstDay <= month.FirstDay).Select(m => m.Amount));

    /// <summary>Still deferred (前受収益) at the end of <paramref name="month"/>.</summary>
    public Yen DeferredAfter(YearMonth month) => Right.Amount - RecognizedThrough(month);
}

/// <summary>Revenue recognised in one month over all contracts.</summary>
/// <param name="Month">The month.</param>
/// <param name="Amount">Sum of every contract's recognition in the month.</param>
public sealed record MonthlyTotal(YearMonth Month, Yen Amount);

/// <summary>Schedules per contract and the month totals across them.</summary>
/// <param name="Contracts">One schedule per right, in input order.</param>
/// <param name="Totals">Every month any schedule touches, oldest first.</param>
public sealed record DeferredRevenueReport(IReadOnlyList<RecognitionSchedule> Contracts, IReadOnlyList<MonthlyTotal> Totals)
{
    /// <summary>Still deferred over all contracts at the end of <paramref name="month"/>.</summary>
    public Yen DeferredAfter(YearMonth month) => Yen.Sum(Contracts.Select(c => c.DeferredAfter(month)));
}

/// <summary>
/// Monthly recognition of prepaid service rights (issue 12, "deferred revenue schedule").
/// <para>
/// <b>Weights.</b> Each calendar month fully inside the term weighs 1; a partial first or last month weighs
/// service days ÷ days of that calendar month (day-count). So an annual right from the 1st earns 1/12 a month, and a
/// term from 4/15 to the next 4/14 weighs 16/30 + 11 + 14/30 = 12. A month's share = amount × its weight ÷ the sum of
/// the weights, computed exactly in integers (weights scaled by 377,580 = lcm(28, 29, 30, 31)).
/// </para>
/// <para>
/// <b>Rounding and remainder.</b> Every month but the last is rounded down to a whole yen (for a credit, toward zero);
/// the term's <b>last month</b> takes the amount minus the other months, so the schedule sums to the amount exactly and
/// the remainder (at most one yen per other month) lands in the last month.
/// </para>
/// </summary>
public static class DeferredRevenue
{
    // Least common multiple of 28, 29, 30 and 31: every day of every month is a whole number of these units.
    private const long MonthUnits = 377_580;

    /// <summary>The month-by-month recognition of <paramref name="right"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The term ends before it starts.</exception>
    public static RecognitionSchedule Schedule(PrepaidServiceRight right)
    {
        ArgumentNullException.ThrowIfNull(right);
        ArgumentOutOfRangeException.ThrowIfLessThan(right.TermEnd, right.TermStart);

        var months = new List<(YearMonth Month, int Days, long Weight)>();
        for (YearMonth month = YearMonth.Of(right.TermStart); month.FirstDay <= right.TermEnd; month = month.Next())
        {
            DateOnly from = right.TermStart > month.FirstDay ? right.TermStart : month.FirstDay;
            DateOnly to = right.TermEnd < month.LastDay ? right.TermEnd : month.LastDay;
            int days = to.DayNumber - from.DayNumber + 1;
            months.Add((month, days, days * (MonthUnits / month.DaysInMonth)));
        }

        long totalWeight = months.Sum(m => m.Weight);
        var recognitions = new List<MonthlyRecognition>(months.Count);
        Yen allocated = Yen.Zero;
        for (int i = 0; i < months.Count; i++)
        {
            Yen share = i == months.Count - 1
                ? right.Amount - allocated
                : right.Amount.MultiplyFraction(months[i].Weight, totalWeight, RoundingMode.Down);
            allocated += share;
            recognitions.Add(new MonthlyRecognition(months[i].Month, months[i].Days, share));
        }

        return new RecognitionSchedule(right, recognitions);
    }

    /// <summary>Schedules for every right and the totals per month.</summary>
    public static DeferredRevenueReport Report(IEnumerable<PrepaidServiceRight> rights)
    {
        ArgumentNullException.ThrowIfNull(rights);
        RecognitionSchedule[] schedules = [.. rights.Select(Schedule)];
        MonthlyTotal[] totals =
        [
            .. schedules
                .SelectMany(s => s.Months)
                .GroupBy(m => m.Month)
                .OrderBy(g => g.Key.FirstDay)
                .Select(g => new MonthlyTotal(g.Key, Yen.Sum(g.Select(m => m.Amount)))),
        ];
        return new DeferredRevenueReport(schedules, totals);
    }
}
