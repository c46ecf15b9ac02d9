using PartnerHub.Domain.Contracts;
using PartnerHub.Domain.Money;

namespace PartnerHub.Domain.Tests.Contracts;

public class ServiceContractTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 22, 10, 0, 0, TimeSpan.FromHours(9));

    [Fact]
    [Trait("Article", "004 §1-4")]
    public void New_WhenOrdered_StartsAtOrderedWithOneEvent()
    {
        var contract = NewContract();

        contract.Status.ShouldBe(ContractStatus.Ordered);
        contract.Events.Single().Status.ShouldBe(ContractStatus.Ordered);
        contract.DeliveryCompletedOn.ShouldBeNull();
    }

    [Fact]
    [Trait("Article", "004 §4-2")]
    public void CompleteDelivery_AfterShipping_FixesTheTermStart()
    {
        var contract = Shipped();

        contract.CompleteDelivery(new DateOnly(2026, 12, 10), At, "ops").ShouldBeTrue();

        contract.Status.ShouldBe(ContractStatus.Delivered);
        contract.DeliveryCompletedOn.ShouldBe(new DateOnly(2026, 12, 10));
    }

    [Fact]
    public void CompleteDelivery_BeforeShipping_IsRefused()
    {
        var contract = NewContract();

        contract.CompleteDelivery(new DateOnly(2026, 12, 10), At, "ops").ShouldBeFalse();

        contract.Status.ShouldBe(ContractStatus.Ordered);
        contract.DeliveryCompletedOn.ShouldBeNull();
    }

    [Theory]
    [InlineData(ContractStatus.Kitting)]
    [InlineData(ContractStatus.Shipped)]
    [InlineData(ContractStatus.Active)]
    [InlineData(ContractStatus.Terminated)]
    public void MoveTo_WhenSkippingSteps_IsRefusedAndNothingChanges(ContractStatus target)
    {
        var contract = NewContract();

        contract.MoveTo(target, At, "staff").ShouldBeFalse();

        contract.Status.ShouldBe(ContractStatus.Ordered);
        contract.Events.Count.ShouldBe(1);
    }

    [Fact]
    [Trait("Article", "004 §4-3")]
    public void RecordNonRenewalNotice_WhenActive_EndsAtTermEnd()
    {
        var contract = Shipped();
        contract.CompleteDelivery(new DateOnly(2026, 12, 10), At, "ops");
        contract.MoveTo(ContractStatus.Active, At, "ops").ShouldBeTrue();

        contract.RecordNonRenewalNotice(new DateOnly(2027, 9, 1), At, "staff").ShouldBeTrue();

        contract.Status.ShouldBe(ContractStatus.EndingAtTermEnd);
        contract.NonRenewalNoticeOn.ShouldBe(new DateOnly(2027, 9, 1));
    }

    [Fact]
    public void MoveTo_Cancelled_OnlyBeforeDelivery()
    {
        var early = NewContract();
        var delivered = Shipped();
        delivered.CompleteDelivery(new DateOnly(2026, 12, 10), At, "ops");

        early.MoveTo(ContractStatus.Cancelled, At, "staff").ShouldBeTrue();
        delivered.MoveTo(ContractStatus.Cancelled, At, "staff").ShouldBeFalse();
    }

    [Fact]
    [Trait("Article", "004 §4-2")]
    public void Timeline_StartsOnDeliveryAndIsAbsentBefore()
    {
        var contract = Shipped();
        contract.Timeline().ShouldBeNull();

        contract.CompleteDelivery(new DateOnly(2026, 12, 10), At, "ops");

        contract.Timeline()!.Term(1).Start.ShouldBe(new DateOnly(2026, 12, 10));
    }

    [Fact]
    public void New_WithoutAppliances_IsRejected()
    {
        Should.Throw<ArgumentOutOfRangeException>(() =>
            new ServiceContract(Guid.NewGuid(), "C-1", Guid.NewGuid(), Guid.NewGuid(), "CTS-STD", 0, new Yen(1), null, new DateOnly(2026, 11, 22), At, "staff"));
    }

    private static ServiceContract Shipped()
    {
        var contract = NewContract();
        contract.MoveTo(ContractStatus.ParameterSheet, At, "staff").ShouldBeTrue();
        contract.MoveTo(ContractStatus.Kitting, At, "ops").ShouldBeTrue();
        contract.MoveTo(ContractStatus.Shipped, At, "hw").ShouldBeTrue();
        return contract;
    }

    private static ServiceContract NewContract() =>
        new(Guid.NewGuid(), "C-20261122-0001", Guid.NewGuid(), Guid.NewGuid(), "CTS-STD", 1, new Yen(880_000), null, new DateOnly(2026, 11, 22), At, "staff");
}
