using PartnerHub.Domain.Money;

namespace PartnerHub.Domain.Contracts.Terms;

/// <summary>A payment the customer made (or the vendor received), for the liability caps that look back over payments.</summary>
/// <param name="PaidOn">Date of payment or receipt.</param>
/// <param name="Amount">Amount.</param>
public sealed record Payment(DateOnly PaidOn, Yen Amount);

/// <summary>
/// The upper limits of damages the seed terms set. Intent, gross negligence and the carve-outs of each article
/// (e.g. 004 §18-2: IP and confidentiality breaches) are outside these caps and decided case by case.
/// </summary>
public static class LiabilityCaps
{
    /// <summary>
    /// 004 §18-2: the cumulative damages are capped at the price of the service right the customer paid to the partner
    /// in the past year (payments in the year up to and including <paramref name="incidentOn"/>).
    /// </summary>
    public static Yen PaidInLastYear(IEnumerable<Payment> payments, DateOnly incidentOn) =>
        SumBetween(payments, incidentOn.AddYears(-1), incidentOn);

    /// <summary>003 §25-1: capped at the fees actually received from the customer in the past 6 months.</summary>
    public static Yen ReceivedInLastSixMonths(IEnumerable<Payment> payments, DateOnly incidentOn) =>
        SumBetween(payments, incidentOn.AddMonths(-6), incidentOn);

    /// <summary>
    /// 002 §16-3, §16-4: per damage at most the annual fee of the year of the damage / 12, in total at most that annual
    /// fee; the claim lapses 20 months after the damage occurred. Returns what may still be paid for a new claim.
    /// </summary>
    public static ChamberLiability ChamberUtm(Yen annualFee, Yen alreadyPaidThisYear, DateOnly damageOn, DateOnly claimedOn, RoundingMode rounding)
    {
        if (claimedOn > damageOn.AddMonths(20))
        {
            return new ChamberLiability(Yen.Zero, Yen.Zero, Lapsed: true);
        }

        var perDamage = annualFee.MultiplyFraction(1, 12, rounding);
        var remainingTotal = annualFee - alreadyPaidThisYear;
        if (remainingTotal.IsNegative)
        {
            remainingTotal = Yen.Zero;
        }

        return new ChamberLiability(perDamage < remainingTotal ? perDamage : remainingTotal, remainingTotal, Lapsed: false);
    }

    private static Yen SumBetween(IEnumerable<Payment> payments, DateOnly afterExclusive, DateOnly untilInclusive)
    {
        ArgumentNullException.ThrowIfNull(payments);
        return Yen.Sum(payments.Where(p => p.PaidOn > afterExclusive && p.PaidOn <= untilInclusive).Select(p => p.Amount));
    }
}

/// <summary>The cap for one claim under 002 §16 and what remains of the yearly total.</summary>
/// <param name="CapForThisClaim">At most annual fee / 12, and never more than what remains of the year's total.</param>
/// <param name="RemainingTotal">Annual fee less damages already paid for that year.</param>
/// <param name="Lapsed">True when the claim came more than 20 months after the damage (002 §16-4).</param>
public sealed record ChamberLiability(Yen CapForThisClaim, Yen RemainingTotal, bool Lapsed);
