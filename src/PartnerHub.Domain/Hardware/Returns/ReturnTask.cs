using PartnerHub.Domain.Billing.Pending;
using PartnerHub.Domain.Common;
using PartnerHub.Domain.Contracts.Terms;
using PartnerHub.Domain.Money;

namespace PartnerHub.Domain.Hardware.Returns;

/// <summary>Why a lent unit must come back.</summary>
public enum ReturnReason
{
    /// <summary>The service ended (004 §17-1, 別紙4 §4-3; 002 §5-3; 003 §15-3).</summary>
    ContractEnded,

    /// <summary>A replacement was sent and the old unit comes back (004 別紙4 §3).</summary>
    SwapReplaced,

    /// <summary>Any other reason vendor operations name (e.g. a unit recalled by the vendor).</summary>
    Other,
}

/// <summary>Where a return stands.</summary>
public enum ReturnStatus
{
    /// <summary>Waiting for the customer to send the unit.</summary>
    AwaitingShipment,

    /// <summary>Sent back; the tracking number is known.</summary>
    InTransit,

    /// <summary>Received and its condition checked; the return receipt (貸出機器類受領書, 003 §15-3) can be issued.</summary>
    Received,

    /// <summary>Not returned: lost, stolen or never sent (004 §6-1-3, 別紙4 §4-4).</summary>
    Lost,

    /// <summary>The received unit was inspected and refurbished into stock or scrapped.</summary>
    Inspected,
}

/// <summary>The condition check at receipt.</summary>
public enum ReturnCondition
{
    /// <summary>Complete and undamaged.</summary>
    Complete,

    /// <summary>Damaged (004 別紙4 §4-4: 破損等が存在する場合).</summary>
    Damaged,

    /// <summary>Parts (power supply, cables, ownership label) missing: not returned in its original state (002 §5-3).</summary>
    PartsMissing,

    /// <summary>Never came back (004 別紙4 §4-4: 紛失等により返還されない場合).</summary>
    NotReturned,
}

/// <summary>What the inspection of a received unit decided.</summary>
public enum InspectionOutcome
{
    /// <summary>Back to stock, marked refurbished.</summary>
    Refurbished,

    /// <summary>Taken out of service.</summary>
    Scrapped,
}

/// <summary>Why a return step was refused; nothing changed.</summary>
public enum ReturnProblem
{
    /// <summary>The task is not in a state that allows the step.</summary>
    WrongStatus,

    /// <summary>The tracking number fails its format or check digit.</summary>
    InvalidTrackingNumber,

    /// <summary>A date lies in the future, or receipt precedes the shipment.</summary>
    InvalidDate,

    /// <summary>A damaged, incomplete or lost unit needs a description; so does an excused late return or a scrap.</summary>
    NoteRequired,
}

/// <summary>
/// The return of one lent unit: why, by when (the plan's <see cref="ServicePlanPolicy.ReturnExpectedWithin"/>; 別紙4 §4-3:
/// 速やかに), who pays the shipping (004 §17-1: the customer; 002 §5-3: the vendor side, cash on delivery), the shipment
/// back, and the receipt with its condition check that completes the return (003 §15-3). The customer's charges for
/// lateness, damage or loss follow from the receipt and the plan's <see cref="ReturnChargePolicy"/>.
/// </summary>
public sealed class ReturnTask : IPartnerOwned, IVersioned
{
    private ReturnTask()
    {
        SerialNumber = ModelCode = OpenedBy = string.Empty;
    }

    /// <summary>Identifier; also the source of the pending charges it produces.</summary>
    public Guid Id { get; private set; }

    /// <summary>The unit.</summary>
    public Guid ApplianceId { get; private set; }

    /// <summary>Its serial number, as on the return receipt.</summary>
    public string SerialNumber { get; private set; }

    /// <summary>Its model.</summary>
    public string ModelCode { get; private set; }

    /// <summary>The contract it was lent under.</summary>
    public Guid ContractId { get; private set; }

    /// <inheritdoc />
    public Guid PartnerId { get; private set; }

    /// <summary>The hardware vendor that receives it back (the one that kitted it), if any.</summary>
    public Guid? HardwareVendorId { get; private set; }

    /// <summary>Why it comes back.</summary>
    public ReturnReason Reason { get; private set; }

    /// <summary>The record that asked for it: a swap case for <see cref="ReturnReason.SwapReplaced"/>.</summary>
    public Guid? SourceId { get; private set; }

    /// <summary>Free text for <see cref="ReturnReason.Other"/>.</summary>
    public string? ReasonNote { get; private set; }

    /// <summary>The first day the return is owed (the day after the last service day at the end).</summary>
    public DateOnly ReturnFrom { get; private set; }

    /// <summary>The last day to send it back without being late.</summary>
    public DateOnly Deadline { get; private set; }

    /// <summary>Who pays the shipping.</summary>
    public ReturnShippingPayer ShippingPaidBy { get; private set; }

    /// <summary>Status.</summary>
    public ReturnStatus Status { get; private set; }

    /// <summary>Carrier of the shipment back.</summary>
    public Carrier? Carrier { get; private set; }

    /// <summary>Tracking number (formatted), once shipped.</summary>
    public string? TrackingNumber { get; private set; }

    /// <summary>When it was handed to the carrier.</summary>
    public DateOnly? ShippedOn { get; private set; }

    /// <summary>When the vendor side received it (or declared it lost).</summary>
    public DateOnly? ReceivedOn { get; private set; }

    /// <summary>Who received it.</summary>
    public string? ReceivedBy { get; private set; }

    /// <summary>The condition check.</summary>
    public ReturnCondition? Condition { get; private set; }

    /// <summary>What was found (damage, missing parts, circumstances of a loss).</summary>
    public string? ConditionNote { get; private set; }

    /// <summary>Why a late return was with just reason (別紙4 §4-3: 正当な事由), which spares the late charge.</summary>
    public string? LateExcuse { get; private set; }

    /// <summary>The inspection's outcome.</summary>
    public InspectionOutcome? Outcome { get; private set; }

    /// <summary>When it was opened.</summary>
    public DateTimeOffset OpenedAt { get; private set; }

    /// <summary>Who opened it.</summary>
    public string OpenedBy { get; private set; }

    /// <inheritdoc />
    public Guid Version { get; set; }

    /// <summary>
    /// Opens the return of <paramref name="appliance"/>, lent under <paramref name="contractId"/> (a swapped unit may already
    /// be unbound from it), under <paramref name="policy"/>: the deadline counts
    /// <see cref="ServicePlanPolicy.ReturnExpectedWithin"/> from <paramref name="returnFrom"/> (for a contract end, the day
    /// after the last service day: <see cref="ContractTimeline.HardwareReturn"/>).
    /// </summary>
    public static ReturnTask Open(
        Guid id, Appliance appliance, Guid contractId, Guid partnerId, ReturnReason reason, Guid? sourceId, string? reasonNote, DateOnly returnFrom,
        ServicePlanPolicy policy, DateTimeOffset at, string by)
    {
        ArgumentNullException.ThrowIfNull(appliance);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        if (appliance.ContractId is { } lentUnder ? lentUnder != contractId : appliance.Status is not (ApplianceStatus.AtCustomer or ApplianceStatus.Faulty))
        {
            throw new ArgumentException("Only a unit lent under the contract can be returned.", nameof(appliance));
        }

        return new ReturnTask
        {
            Id = id,
            ApplianceId = appliance.Id,
            SerialNumber = appliance.SerialNumber,
            ModelCode = appliance.ModelCode,
            ContractId = contractId,
            PartnerId = partnerId,
            HardwareVendorId = appliance.HardwareVendorId,
            Reason = reason,
            SourceId = sourceId,
            ReasonNote = string.IsNullOrWhiteSpace(reasonNote) ? null : reasonNote.Trim(),
            ReturnFrom = returnFrom,
            Deadline = policy.ReturnExpectedWithin.EndWhenStartingOn(returnFrom),
            ShippingPaidBy = policy.ReturnShipping,
            Status = ReturnStatus.AwaitingShipment,
            OpenedAt = at,
            OpenedBy = by,
        };
    }

    /// <summary>Still waiting for the unit after its deadline (nothing sent, or sent only after it).</summary>
    public bool IsOverdue(DateOnly today) => Status == ReturnStatus.AwaitingShipment && today > Deadline;

    /// <summary>
    /// Sent (or, without a shipment, received) after the deadline. The customer's act is the sending: the carrier's days are
    /// not the customer's delay (別紙4 §4-3: 返還が遅延する場合).
    /// </summary>
    public bool WasLate => (ShippedOn ?? ReceivedOn) is { } handedOver && handedOver > Deadline;

    /// <summary>Records the shipment back; a wrong tracking number may be corrected while it travels.</summary>
    public ReturnProblem? RecordShipment(Carrier carrier, string trackingNumber, DateOnly shippedOn, DateOnly today)
    {
        if (Status is not (ReturnStatus.AwaitingShipment or ReturnStatus.InTransit))
        {
            return ReturnProblem.WrongStatus;
        }

        var tracking = Identifiers.TrackingNumber.Validate(trackingNumber);
        if (!tracking.IsValid)
        {
            return ReturnProblem.InvalidTrackingNumber;
        }

        if (shippedOn > today)
        {
            return ReturnProblem.InvalidDate;
        }

        Carrier = carrier;
        TrackingNumber = tracking.Value.Value;
        ShippedOn = shippedOn;
        Status = ReturnStatus.InTransit;
        return null;
    }

    /// <summary>
    /// The hardware vendor or vendor operations received the unit and checked it. A damaged or incomplete unit needs what
    /// was found; a late return may be excused with its just reason (別紙4 §4-3), otherwise it is charged.
    /// </summary>
    public ReturnProblem? Receive(ReturnCondition condition, DateOnly receivedOn, string? note, string? lateExcuse, DateOnly today, string by)
    {
        if (Status is not (ReturnStatus.AwaitingShipment or ReturnStatus.InTransit))
        {
            return ReturnProblem.WrongStatus;
        }

        if (condition == ReturnCondition.NotReturned)
        {
            return DeclareLost(note, today, by);
        }

        if (receivedOn > today || (ShippedOn is { } shipped && receivedOn < shipped))
        {
            return ReturnProblem.InvalidDate;
        }

        if (condition != ReturnCondition.Complete && string.IsNullOrWhiteSpace(note))
        {
            return ReturnProblem.NoteRequired;
        }

        Condition = condition;
        ConditionNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        LateExcuse = string.IsNullOrWhiteSpace(lateExcuse) ? null : lateExcuse.Trim();
        ReceivedOn = receivedOn;
        ReceivedBy = by;
        Status = ReturnStatus.Received;
        return null;
    }

    /// <summary>The unit will not come back (lost, stolen, refused): recorded with the circumstances (004 §6-1-3, 別紙4 §4-4).</summary>
    public ReturnProblem? DeclareLost(string? circumstances, DateOnly today, string by)
    {
        if (Status is not (ReturnStatus.AwaitingShipment or ReturnStatus.InTransit))
        {
            return ReturnProblem.WrongStatus;
        }

        if (string.IsNullOrWhiteSpace(circumstances))
        {
            return ReturnProblem.NoteRequired;
        }

        Condition = ReturnCondition.NotReturned;
        ConditionNote = circumstances.Trim();
        ReceivedOn = today;
        ReceivedBy = by;
        Status = ReturnStatus.Lost;
        return null;
    }

    /// <summary>Closes a received return with the inspection's outcome.</summary>
    public bool CompleteInspection(InspectionOutcome outcome)
    {
        if (Status != ReturnStatus.Received)
        {
            return false;
        }

        Outcome = outcome;
        Status = ReturnStatus.Inspected;
        return true;
    }

    /// <summary>
    /// The customer's charges this return produces under <paramref name="charges"/>, as pending charges for the partner's
    /// next invoice (each at most once: <see cref="PendingCharge.SourceId"/> is this task): a late return without just
    /// reason (004 別紙4 §4-3), a damaged or incomplete unit (別紙4 §4-4; 002 §5-3; 003 §15-1), a lost one (004 §6-1-3,
    /// 別紙4 §4-4). None before the receipt or a loss, and none when the plan lends no hardware.
    /// </summary>
    public IReadOnlyList<PendingCharge> ChargesDue(ReturnChargePolicy? charges, string policyCode, DateTimeOffset at, string by)
    {
        if (charges is null || Status is not (ReturnStatus.Received or ReturnStatus.Lost or ReturnStatus.Inspected) || ReceivedOn is not { } on)
        {
            return [];
        }

        var due = new List<PendingCharge>();
        if (Condition == ReturnCondition.NotReturned)
        {
            due.Add(Charge(PendingChargeKind.Loss, charges.Loss, $"貸出機器の紛失等による損害金（{SerialNumber}）", Article(policyCode, loss: true)));
            return due;
        }

        if (WasLate && LateExcuse is null && charges.LateReturn is { } late)
        {
            due.Add(Charge(PendingChargeKind.LateReturn, late, $"貸出機器の返還遅延損害金（{SerialNumber}、返還期限 {Deadline:yyyy/MM/dd}）", "004 別紙4 §4-3"));
        }

        if (Condition is ReturnCondition.Damaged or ReturnCondition.PartsMissing)
        {
            due.Add(Charge(PendingChargeKind.Damage, charges.Damage, $"貸出機器の破損等による損害金（{SerialNumber}）", Article(policyCode, loss: false)));
        }

        return due;

        PendingCharge Charge(PendingChargeKind kind, Yen amount, string description, string article) =>
            new(Guid.NewGuid(), PartnerId, ContractId, kind, amount, description, article, Id, on, at, by);
    }

    private static string Article(string policyCode, bool loss) => policyCode switch
    {
        "002" => "002 §5-3",
        "003" => "003 §15-1",
        _ => loss ? "004 §6-1-3, 別紙4 §4-4" : "004 別紙4 §4-4",
    };
}
