using PartnerHub.Domain.Billing.Pending;
using PartnerHub.Domain.Hardware.Swaps;
using PartnerHub.Domain.Money;

namespace PartnerHub.Features.Swaps;

/// <summary>
/// The pending charge a customer-fault swap leaves for billing: a lost or stolen unit as a loss (004 §6-1-3), any other swap
/// as its swap cost (004 §7-1 proviso).
/// </summary>
public static class SwapPendingCharge
{
    /// <summary>The kinds of charge a swap may leave, so withdrawing it finds them.</summary>
    public static readonly PendingChargeKind[] Kinds = [PendingChargeKind.SwapCost, PendingChargeKind.Loss];

    public static PendingCharge For(SwapCase swap, Yen amount, DateOnly on, DateTimeOffset at, string by)
    {
        ArgumentNullException.ThrowIfNull(swap);
        var (kind, description, article) = swap.Reason == SwapReason.LossOrTheft
            ? (PendingChargeKind.Loss, $"貸出機器の紛失・盗難による損害金（{swap.OldSerialNumber}）", "004 §6-1-3, 別紙4 §3-2")
            : (PendingChargeKind.SwapCost, $"機器交換費用（{swap.OldSerialNumber}）", "004 §7-1");
        return new PendingCharge(Guid.NewGuid(), swap.PartnerId, swap.ContractId, kind, amount, description, article, swap.Id, on, at, by);
    }
}
