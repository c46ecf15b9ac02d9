using PartnerHub.Domain.Billing.Invoices;
using PartnerHub.Domain.Billing.Runs;
using PartnerHub.Domain.Contracts;
using PartnerHub.Domain.Contracts.Terms;
using PartnerHub.Domain.Money;

namespace PartnerHub.Domain.Tests.Billing.Runs;

/// <summary>
/// What the monthly run bills for a contract, hand-computed from the articles. The 004 contract is delivered 2026-11-20: its first
/// term runs 2026-11-21 – 2027-11-20 (004 §4-2). The 002 contract applies on 2026-06-10 (after the 5th), so its service starts on the
/// 5th business day of August (Mon 3, Tue 4, Wed 5, Thu 6, Fri 7 → 2026-08-07) and its first term ends 2027-03-31 (002 §4-2).
/// </summary>
public class MonthlyBillingTests
{
    private const int PaymentTermDays = 30;
    private static readonly HashSet<ChargeKey> NothingBilled = [];

    [Fact]
    [Trait("Article", "004 §4-2")]
    public void For_FirstTermOf004InItsStartMonth_BillsTheWholesaleAnnualFeeOnTheTermsFirstDay()
    {
        var contract = Sensor(currentTerm: 1);

        var billing = MonthlyBilling.For(contract, new BillingMonth(2026, 11), PaymentTermDays, NothingBilled);

        var charge = billing.Charges.ShouldHaveSingleItem();
        charge.Key.ShouldBe(new ChargeKey(contract.Id, 1, ContractCharge.TermFee));
        charge.Amount.ShouldBe(new Yen(396_000));
        charge.BilledOn.ShouldBe(D(2026, 11, 21));
        charge.DueOn.ShouldBe(D(2026, 12, 21));
        (charge.PeriodFrom, charge.PeriodTo).ShouldBe((D(2026, 11, 21), D(2027, 11, 20)));
        billing.Refused.ShouldBeNull();
    }

    [Fact]
    public void For_004InAMonthWithoutATermStart_BillsNothing()
    {
        MonthlyBilling.For(Sensor(currentTerm: 1), new BillingMonth(2026, 12), PaymentTermDays, NothingBilled).Charges.ShouldBeEmpty();
    }

    [Fact]
    [Trait("Article", "004 §4-3")]
    public void For_004RenewalMonthBeforeTheRenewalRun_BillsNothingUntilTheContractRenews()
    {
        var month = new BillingMonth(2027, 11);

        MonthlyBilling.For(Sensor(currentTerm: 1), month, PaymentTermDays, NothingBilled).Charges.ShouldBeEmpty();
        var renewed = MonthlyBilling.For(Sensor(currentTerm: 2), month, PaymentTermDays, NothingBilled).Charges.ShouldHaveSingleItem();

        renewed.Key.Term.ShouldBe(2);
        renewed.BilledOn.ShouldBe(D(2027, 11, 21));
        (renewed.PeriodFrom, renewed.PeriodTo).ShouldBe((D(2027, 11, 21), D(2028, 11, 20)));
        renewed.Amount.ShouldBe(new Yen(396_000));
    }

    [Fact]
    public void For_ChargeAlreadyBilled_BillsItAgainNeverAndCountsIt()
    {
        var contract = Sensor(currentTerm: 1);
        HashSet<ChargeKey> billed = [new(contract.Id, 1, ContractCharge.TermFee)];

        var billing = MonthlyBilling.For(contract, new BillingMonth(2026, 11), PaymentTermDays, billed);

        billing.Charges.ShouldBeEmpty();
        billing.AlreadyBilled.ShouldBe(1);
    }

    [Fact]
    [Trait("Article", "002 §13-3-①")]
    public void For_002FirstTermInTheContractMonth_BillsMonthsAfterTheFreePeriodDueThe25th()
    {
        // 79,200 / 12 × 7 (September – March; August is the free period) = 46,200; formed on the 10th → due June 25.
        var contract = Chamber(D(2026, 6, 10), fee: 79_200);

        var charge = MonthlyBilling.For(contract, new BillingMonth(2026, 6), PaymentTermDays, NothingBilled).Charges.ShouldHaveSingleItem();

        charge.Amount.ShouldBe(new Yen(46_200));
        charge.Months.ShouldBe(7);
        charge.BilledOn.ShouldBe(D(2026, 6, 10));
        charge.DueOn.ShouldBe(D(2026, 6, 25));
        (charge.PeriodFrom, charge.PeriodTo).ShouldBe((D(2026, 9, 1), D(2027, 3, 31)));
    }

    [Fact]
    [Trait("Article", "002 §13-3-①")]
    public void For_002FormedOnOrAfterThe15th_IsDueThe25thOfTheNextMonthAndRoundsOnceDown()
    {
        // Formed 2026-06-15 → start 2026-08-07 again; 100,000 × 7 / 12 = 58,333.33… → 58,333 (one rounding, down).
        var charge = MonthlyBilling.For(Chamber(D(2026, 6, 15), fee: 100_000), new BillingMonth(2026, 6), PaymentTermDays, NothingBilled)
            .Charges.ShouldHaveSingleItem();

        charge.Amount.ShouldBe(new Yen(58_333));
        charge.DueOn.ShouldBe(D(2026, 7, 25));
    }

    [Fact]
    [Trait("Article", "002 §13-3")]
    public void For_002StartingInMarch_BillsNoFreeFirstTermButTheAprilYearFromTheDayItForms()
    {
        // Formed 2027-02-03 (on or before the 5th) → 5th business day of March 2027 (1 Mon … 5 Fri): the first term (March) is all free
        // period, 0 months; the April year falls due February 25 (②) and is billed from the contract's day (なお書き: paid together).
        var contract = Chamber(D(2027, 2, 3), fee: 79_200);

        var charge = MonthlyBilling.For(contract, new BillingMonth(2027, 2), PaymentTermDays, NothingBilled).Charges.ShouldHaveSingleItem();

        charge.Key.Term.ShouldBe(2);
        charge.BilledOn.ShouldBe(D(2027, 2, 3));
        charge.DueOn.ShouldBe(D(2027, 2, 25));
        charge.Amount.ShouldBe(new Yen(79_200));
    }

    [Fact]
    [Trait("Article", "002 §13-3-②")]
    public void For_002RenewalYear_IsBilledInFebruaryInFullDueFebruary25()
    {
        var contract = Chamber(D(2026, 6, 10), fee: 79_200);

        MonthlyBilling.For(contract, new BillingMonth(2027, 1), PaymentTermDays, NothingBilled).Charges.ShouldBeEmpty();
        var charge = MonthlyBilling.For(contract, new BillingMonth(2027, 2), PaymentTermDays, NothingBilled).Charges.ShouldHaveSingleItem();

        charge.Key.ShouldBe(new ChargeKey(contract.Id, 2, ContractCharge.TermFee));
        charge.Amount.ShouldBe(new Yen(79_200));
        charge.BilledOn.ShouldBe(D(2027, 2, 1));
        charge.DueOn.ShouldBe(D(2027, 2, 25));
        (charge.PeriodFrom, charge.PeriodTo).ShouldBe((D(2027, 4, 1), D(2028, 3, 31)));
    }

    [Fact]
    [Trait("Article", "002 §12-1")]
    public void For_002WithANonRenewalNoticeInTime_BillsNoRenewalYear()
    {
        var contract = Chamber(D(2026, 6, 10), fee: 79_200) with { NonRenewalNoticeOn = D(2027, 1, 15) };

        MonthlyBilling.For(contract, new BillingMonth(2027, 2), PaymentTermDays, NothingBilled).Charges.ShouldBeEmpty();
    }

    [Fact]
    [Trait("Article", "004 §4-5")]
    public void For_004EndedEarlyByTheCustomer_BillsThePenaltyForTheRemainingDaysOnTheLastDay()
    {
        // Last day 2027-05-20; remaining 2027-05-21 – 2027-11-20 = 184 days of a 365-day term year: 396,000 × 184 / 365 = 199,627.39 → 199,627.
        var contract = Sensor(currentTerm: 1) with { Status = ContractStatus.Ending, EarlyEndOn = D(2027, 5, 20), EarlyEndCause = TerminationCause.CustomerConvenience };

        var charge = MonthlyBilling.For(contract, new BillingMonth(2027, 5), PaymentTermDays, NothingBilled).Charges.ShouldHaveSingleItem();

        charge.Key.ShouldBe(new ChargeKey(contract.Id, 1, ContractCharge.EarlyTerminationPenalty));
        charge.Amount.ShouldBe(new Yen(199_627));
        charge.Days.ShouldBe(184);
        charge.BilledOn.ShouldBe(D(2027, 5, 20));
        (charge.PeriodFrom, charge.PeriodTo).ShouldBe((D(2027, 5, 21), D(2027, 11, 20)));
    }

    [Fact]
    [Trait("Article", "004 §15-4")]
    public void For_004DiscontinuedByTheVendor_CreditsTheUnexpiredPart()
    {
        var contract = Sensor(currentTerm: 1) with { Status = ContractStatus.Ending, EarlyEndOn = D(2027, 5, 20), EarlyEndCause = TerminationCause.ServiceDiscontinued };

        var charge = MonthlyBilling.For(contract, new BillingMonth(2027, 5), PaymentTermDays, NothingBilled).Charges.ShouldHaveSingleItem();

        charge.Key.Charge.ShouldBe(ContractCharge.UnexpiredRefund);
        charge.Amount.ShouldBe(new Yen(-199_627));
        charge.IsCredit.ShouldBeTrue();
    }

    [Fact]
    [Trait("Article", "002 §11-2")]
    public void For_002DiscontinuedMidTerm_CreditsTheMonthsAfterTheLastDaysMonth()
    {
        // Last day 2026-12-15: January – March = 3 months, 79,200 × 3 / 12 = 19,800.
        var contract = Chamber(D(2026, 6, 10), fee: 79_200) with
        {
            Status = ContractStatus.Ending, DeliveryCompletedOn = D(2026, 8, 5), EarlyEndOn = D(2026, 12, 15), EarlyEndCause = TerminationCause.ServiceDiscontinued,
        };

        var charge = MonthlyBilling.For(contract, new BillingMonth(2026, 12), PaymentTermDays, NothingBilled).Charges.ShouldHaveSingleItem();

        charge.Key.Charge.ShouldBe(ContractCharge.UnexpiredRefund);
        charge.Amount.ShouldBe(new Yen(-19_800));
        charge.Months.ShouldBe(3);
    }

    [Fact]
    [Trait("Article", "002 §12-5")]
    public void For_002CancelledAfterATermsChange_BillsNoRefundTheVendorMayOnlyGrant()
    {
        var contract = Chamber(D(2026, 6, 10), fee: 79_200) with
        {
            Status = ContractStatus.Ending, EarlyEndOn = D(2026, 12, 15), EarlyEndCause = TerminationCause.TermsChange,
        };

        MonthlyBilling.For(contract, new BillingMonth(2026, 12), PaymentTermDays, NothingBilled).Charges.ShouldBeEmpty();
    }

    [Fact]
    public void For_ContractWithoutWholesaleFee_IsRefusedOnlyInAMonthItOwes()
    {
        var contract = Sensor(currentTerm: 1) with { WholesaleAnnualFee = null };

        MonthlyBilling.For(contract, new BillingMonth(2026, 11), PaymentTermDays, NothingBilled).Refused.ShouldNotBeNull().Reason.ShouldBe(ChargeRefusal.NoWholesaleFee);
        MonthlyBilling.For(contract, new BillingMonth(2026, 12), PaymentTermDays, NothingBilled).Refused.ShouldBeNull();
    }

    [Fact]
    public void For_PlanWithoutPolicy_IsRefusedNeverBilledAs004()
    {
        var contract = Sensor(currentTerm: 1) with { PlanCode = "NO-SUCH-PLAN" };

        var billing = MonthlyBilling.For(contract, new BillingMonth(2026, 11), PaymentTermDays, NothingBilled);

        billing.Charges.ShouldBeEmpty();
        billing.Refused.ShouldNotBeNull().Reason.ShouldBe(ChargeRefusal.PlanWithoutPolicy);
    }

    [Fact]
    public void For_CancelledOrder_BillsNothing()
    {
        var contract = Chamber(D(2026, 6, 10), fee: 79_200) with { Status = ContractStatus.Cancelled };

        MonthlyBilling.For(contract, new BillingMonth(2026, 6), PaymentTermDays, NothingBilled).ShouldBe(ContractBilling.Nothing);
    }

    [Fact]
    public void For_ServiceContractThroughItsOwnMethods_BillsWhatItsFactsSay()
    {
        var at = new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.FromHours(9));
        var contract = new ServiceContract(Guid.NewGuid(), "C-1", Guid.NewGuid(), Guid.NewGuid(), "CTS-STD", 1, new Yen(480_000), null, D(2026, 11, 2), at, "staff",
            new Yen(396_000));
        contract.StartKitting(at, "ops").ShouldBeNull();
        contract.Ship(at, "hw", "yamato").ShouldBeNull();
        contract.CompleteDelivery(D(2026, 11, 20), at, "ops").ShouldBeNull();

        MonthlyBilling.For(ContractFacts.Of(contract), new BillingMonth(2026, 11), PaymentTermDays, NothingBilled).Charges.ShouldHaveSingleItem()
            .BilledOn.ShouldBe(D(2026, 11, 21));
    }

    [Theory]
    [InlineData("2026-11", true)]
    [InlineData(" 2027-02 ", true)]
    [InlineData("2026-13", false)]
    [InlineData("2026/11", false)]
    [InlineData("", false)]
    public void TryParse_MonthText_ReadsOnlyYearDashMonth(string text, bool reads)
    {
        BillingMonth.TryParse(text, out var month).ShouldBe(reads);
        (month is not null).ShouldBe(reads);
    }

    private static ContractFacts Sensor(int currentTerm) =>
        new(Guid.NewGuid(), "C-20261102-0001", Guid.NewGuid(), "CTS-STD", new Yen(396_000), ContractStatus.Active, D(2026, 11, 2), D(2026, 11, 20),
            D(2026, 11, 21), currentTerm, null, null, null);

    private static ContractFacts Chamber(DateOnly orderedOn, long fee) =>
        new(Guid.NewGuid(), "C-20260610-0002", Guid.NewGuid(), "UTM-CCI", new Yen(fee), ContractStatus.Ordered, orderedOn, null, null, 0, null, null, null);

    private static DateOnly D(int year, int month, int day) => new(year, month, day);
}
