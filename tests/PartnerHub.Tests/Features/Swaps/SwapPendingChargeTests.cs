using PartnerHub.Domain.Billing.Pending;
using PartnerHub.Domain.Contracts.Terms;
using PartnerHub.Domain.Hardware.Swaps;
using PartnerHub.Features.Swaps;

namespace PartnerHub.Tests.Features.Swaps;

public class SwapPendingChargeTests
{
    private static readonly DateTimeOffset s_now = new(2027, 3, 10, 10, 0, 0, TimeSpan.FromHours(9));

    [Theory]
    [Trait("Article", "004 §6-1-3, §7-1")]
    [InlineData(SwapReason.LossOrTheft, CustomerFaultGround.LossOrTheft, PendingChargeKind.Loss, 150_000, "貸出機器の紛失・盗難による損害金（CTS-0001）")]
    [InlineData(SwapReason.Failure, CustomerFaultGround.CustomerDamage, PendingChargeKind.SwapCost, 33_000, "機器交換費用（CTS-0001）")]
    public void For_CustomerFaultSwap_BillsTheLossOrTheSwapCost(SwapReason reason, CustomerFaultGround ground, PendingChargeKind kind, long amount, string description)
    {
        var swap = SwapCase.Open(Guid.NewGuid(), new ContractRef(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()), Guid.NewGuid(), "CTS-0001", reason, "状況",
            s_now.AddDays(-1), reason == SwapReason.Failure ? new DateOnly(2027, 3, 9) : null, (new DateOnly(2026, 12, 11), new DateOnly(2027, 12, 10)), null, s_now, "staff").Case!;
        swap.DecideAttribution(FaultAttribution.Customer, ground, null, ServicePlanPolicy.SensorService004, s_now, "ops").ShouldBeNull();

        var charge = SwapPendingCharge.For(swap, swap.SwapCost!.Value, new DateOnly(2027, 3, 10), s_now, "ops");

        (charge.Kind, charge.Amount.Amount, charge.Description, charge.SourceId).ShouldBe((kind, amount, description, swap.Id));
        SwapPendingCharge.Kinds.ShouldContain(charge.Kind);
    }
}
