using PartnerHub.Domain.Common;

namespace PartnerHub.Domain.Hardware;

/// <summary>Where a kitting task stands.</summary>
public enum KittingStatus
{
    /// <summary>Assigned to the hardware vendor.</summary>
    Assigned,

    /// <summary>Checklist complete: ready to ship.</summary>
    Kitted,

    /// <summary>Shipped to the customer.</summary>
    Shipped,

    /// <summary>The order was cancelled before shipping: nothing more to kit.</summary>
    Cancelled,
}

/// <summary>The carriers a shipment can go with (all use 12-digit tracking numbers with a mod-7 check digit).</summary>
public enum Carrier
{
    /// <summary>ヤマト運輸.</summary>
    Yamato,

    /// <summary>佐川急便.</summary>
    Sagawa,

    /// <summary>日本郵便.</summary>
    JapanPost,
}

/// <summary>
/// The hardware vendor's work for one contract: kit the allocated appliances with the registered parameter sheet
/// (004 別紙4 §2-1), tick the checklist, ship them with a tracking number.
/// </summary>
public sealed class KittingTask : IPartnerOwned, IVersioned
{
    /// <summary>The checklist every kitting goes through.</summary>
    public static IReadOnlyList<string> ChecklistItems { get; } = ["Software", "Parameters", "SelfTest", "OwnershipLabel", "Packed"];

    /// <summary>Assigns the kitting of <paramref name="contractId"/> to <paramref name="hardwareVendorId"/>.</summary>
    public KittingTask(Guid id, Guid contractId, Guid partnerId, Guid hardwareVendorId, DateTimeOffset assignedAt)
    {
        Id = id;
        ContractId = contractId;
        PartnerId = partnerId;
        HardwareVendorId = hardwareVendorId;
        AssignedAt = assignedAt;
        Status = KittingStatus.Assigned;
        CompletedChecklist = string.Empty;
    }

    /// <summary>
    /// Assigns the kitting of a swap's replacement unit for <paramref name="contractId"/>: the contract's parameter sheet
    /// is applied again (別紙4 §3; §2-1).
    /// </summary>
    public static KittingTask ForSwap(Guid id, Guid contractId, Guid partnerId, Guid hardwareVendorId, Guid swapCaseId, DateTimeOffset assignedAt) =>
        new(id, contractId, partnerId, hardwareVendorId, assignedAt) { SwapCaseId = swapCaseId };

    private KittingTask()
    {
        CompletedChecklist = string.Empty;
    }

    /// <summary>Identifier.</summary>
    public Guid Id { get; private set; }

    /// <summary>The contract.</summary>
    public Guid ContractId { get; private set; }

    /// <summary>The swap case a replacement is kitted for; null for the contract's first delivery.</summary>
    public Guid? SwapCaseId { get; private set; }

    /// <inheritdoc />
    public Guid PartnerId { get; private set; }

    /// <summary>The hardware vendor doing the work.</summary>
    public Guid HardwareVendorId { get; private set; }

    /// <summary>When it was assigned.</summary>
    public DateTimeOffset AssignedAt { get; private set; }

    /// <summary>Status.</summary>
    public KittingStatus Status { get; private set; }

    /// <summary>Checklist items done, comma-separated (<see cref="ChecklistItems"/>).</summary>
    public string CompletedChecklist { get; private set; }

    /// <summary>Carrier, once shipped.</summary>
    public Carrier? Carrier { get; private set; }

    /// <summary>Tracking number (12 digits), once shipped.</summary>
    public string? TrackingNumber { get; private set; }

    /// <summary>Ship date.</summary>
    public DateOnly? ShippedOn { get; private set; }

    /// <summary>Planned delivery date given to the customer.</summary>
    public DateOnly? PlannedDeliveryOn { get; private set; }

    /// <inheritdoc />
    public Guid Version { get; set; }

    /// <summary>True when the checklist item is done.</summary>
    public bool IsDone(string item) => CompletedChecklist.Split(',', StringSplitOptions.RemoveEmptyEntries).Contains(item, StringComparer.Ordinal);

    /// <summary>Ticks or unticks a checklist item; the task is kitted when all are ticked.</summary>
    public bool SetChecklistItem(string item, bool done)
    {
        if (Status is KittingStatus.Shipped or KittingStatus.Cancelled || !ChecklistItems.Contains(item, StringComparer.Ordinal))
        {
            return false;
        }

        var items = CompletedChecklist.Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        if (done)
        {
            items.Add(item);
        }
        else
        {
            items.Remove(item);
        }

        CompletedChecklist = string.Join(",", ChecklistItems.Where(items.Contains));
        Status = ChecklistItems.All(items.Contains) ? KittingStatus.Kitted : KittingStatus.Assigned;
        return true;
    }

    /// <summary>Stops the work because the order was cancelled; refused once shipped (the appliances must then come back).</summary>
    public bool Cancel()
    {
        if (Status is KittingStatus.Shipped or KittingStatus.Cancelled)
        {
            return false;
        }

        Status = KittingStatus.Cancelled;
        return true;
    }

    /// <summary>Records the shipment; refused unless kitted, with a valid tracking number and sensible dates.</summary>
    public ShipmentProblem? Ship(Carrier carrier, string trackingNumber, DateOnly shippedOn, DateOnly plannedDeliveryOn)
    {
        if (Status != KittingStatus.Kitted)
        {
            return ShipmentProblem.NotKitted;
        }

        var tracking = Identifiers.TrackingNumber.Validate(trackingNumber);
        if (!tracking.IsValid)
        {
            return ShipmentProblem.InvalidTrackingNumber;
        }

        if (plannedDeliveryOn < shippedOn)
        {
            return ShipmentProblem.DeliveryBeforeShipping;
        }

        Carrier = carrier;
        TrackingNumber = tracking.Value.Value;
        ShippedOn = shippedOn;
        PlannedDeliveryOn = plannedDeliveryOn;
        Status = KittingStatus.Shipped;
        return null;
    }
}

/// <summary>Why a shipment cannot be recorded.</summary>
public enum ShipmentProblem
{
    /// <summary>The checklist is not complete.</summary>
    NotKitted,

    /// <summary>The tracking number fails its check digit or format.</summary>
    InvalidTrackingNumber,

    /// <summary>The planned delivery is before the ship date.</summary>
    DeliveryBeforeShipping,
}
