using PartnerHub.Domain.Contracts.Terms;
using PartnerHub.Domain.Money;

namespace PartnerHub.Domain.Tests.Contracts;

public class LiabilityCapsTests
{
    private static readonly Payment[] Payments =
    [
        new(new DateOnly(2025, 4, 1), new Yen(880_000)),
        new(new DateOnly(2026, 4, 1), new Yen(880_000)),
        new(new DateOnly(2026, 10, 1), new Yen(110_000)),
    ];

    [Fact]
    [Trait("Article", "004 §18-2")]
    public void PaidInLastYear_CountsOnlyTheYearBeforeTheIncident()
    {
        LiabilityCaps.PaidInLastYear(Payments, new DateOnly(2026, 11, 22)).ShouldBe(new Yen(990_000));
        LiabilityCaps.PaidInLastYear(Payments, new DateOnly(2026, 4, 1)).ShouldBe(new Yen(880_000));
    }

    [Fact]
    [Trait("Article", "003 §25-1")]
    public void ReceivedInLastSixMonths_CountsOnlyThoseMonths()
    {
        LiabilityCaps.ReceivedInLastSixMonths(Payments, new DateOnly(2026, 11, 22)).ShouldBe(new Yen(110_000));
    }

    [Fact]
    [Trait("Article", "002 §16-3")]
    public void ChamberUtm_CapsEachClaimAtAMonthAndTheYearAtTheAnnualFee()
    {
        var first = LiabilityCaps.ChamberUtm(new Yen(99_000), Yen.Zero, new DateOnly(2026, 6, 1), new DateOnly(2026, 7, 1), RoundingMode.Down);
        var late = LiabilityCaps.ChamberUtm(new Yen(99_000), new Yen(95_000), new DateOnly(2026, 6, 1), new DateOnly(2026, 7, 1), RoundingMode.Down);

        first.CapForThisClaim.ShouldBe(new Yen(8_250));
        late.CapForThisClaim.ShouldBe(new Yen(4_000));
    }

    [Fact]
    [Trait("Article", "002 §16-4")]
    public void ChamberUtm_AfterTwentyMonths_TheClaimHasLapsed()
    {
        LiabilityCaps.ChamberUtm(new Yen(99_000), Yen.Zero, new DateOnly(2025, 1, 10), new DateOnly(2026, 9, 11), RoundingMode.Down).Lapsed.ShouldBeTrue();
        LiabilityCaps.ChamberUtm(new Yen(99_000), Yen.Zero, new DateOnly(2025, 1, 10), new DateOnly(2026, 9, 10), RoundingMode.Down).Lapsed.ShouldBeFalse();
    }
}
