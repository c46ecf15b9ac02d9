using PartnerHub.Domain.Hardware;

namespace PartnerHub.Domain.Tests.Hardware;

public class SwapRateTests
{
    private static readonly TimeSpan s_tokyo = TimeSpan.FromHours(9);

    [Fact]
    public void AtCustomerSpells_DeliveredFaultySwappedOutAndSentBack_IsOneSpellFromTheReceiptUntilTheShipmentBack()
    {
        var history = new[]
        {
            (ApplianceStatus.ReturnInTransit, Day(10, 8)),
            (ApplianceStatus.InStock, Day(9, 1)),
            (ApplianceStatus.Shipped, Day(9, 3)),
            (ApplianceStatus.AtCustomer, Day(9, 4)),
            (ApplianceStatus.Faulty, Day(9, 20)),
            (ApplianceStatus.SwappedOut, Day(10, 5)),
            (ApplianceStatus.AwaitingReturn, Day(10, 6)),
        };

        SwapRate.AtCustomerSpells(history).ShouldBe([new AtCustomerSpell(Day(9, 4), Day(10, 8))]);
    }

    [Fact]
    public void AtCustomerSpells_RefurbishedAndLentAgain_GivesTwoSpellsTheLastOneOpen()
    {
        var history = new[]
        {
            (ApplianceStatus.AtCustomer, Day(1, 10)),
            (ApplianceStatus.Returned, Day(3, 1)),
            (ApplianceStatus.InStock, Day(3, 5)),
            (ApplianceStatus.Shipped, Day(4, 1)),
            (ApplianceStatus.AtCustomer, Day(4, 2)),
        };

        var spells = SwapRate.AtCustomerSpells(history);

        spells.ShouldBe([new AtCustomerSpell(Day(1, 10), Day(3, 1)), new AtCustomerSpell(Day(4, 2), null)]);
        spells[0].Overlaps(Day(3, 1), Day(4, 1)).ShouldBeFalse();
        spells[1].Overlaps(Day(12, 1), Day(12, 31)).ShouldBeTrue();
    }

    [Theory]
    [InlineData(1, 3, "0.3333")]
    [InlineData(2, 3, "0.6667")]
    [InlineData(0, 5, "0")]
    [InlineData(3, 2, "1.5")]
    public void Of_SwapsOverUnits_IsTheFractionRoundedToFourPlaces(int swaps, int units, string expected) =>
        SwapRate.Of(swaps, units).ShouldBe(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void Of_NoUnitsAtCustomers_IsNull() => SwapRate.Of(2, 0).ShouldBeNull();

    private static DateTimeOffset Day(int month, int day) => new(2026, month, day, 10, 0, 0, s_tokyo);
}
