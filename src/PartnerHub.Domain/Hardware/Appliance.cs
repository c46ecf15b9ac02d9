using PartnerHub.Domain.Common;

namespace PartnerHub.Domain.Hardware;

/// <summary>
/// A sensor appliance owned by the vendor and lent to customers (004 §6; 003 §15: equipment carries an
/// ownership label). Partners see an appliance while it serves one of their contracts; a hardware vendor while it
/// is assigned to it.
/// </summary>
public sealed class Appliance : IVersioned
{
    private readonly List<ApplianceEvent> _history = [];

    /// <summary>Registers an appliance into stock.</summary>
    public Appliance(Guid id, string serialNumber, string modelCode, ApplianceCondition condition, DateTimeOffset at, string by)
    {
        if (string.IsNullOrWhiteSpace(serialNumber))
        {
            throw new ArgumentException("A serial number is required.", nameof(serialNumber));
        }

        Id = id;
        SerialNumber = serialNumber.Trim().ToUpperInvariant();
        ModelCode = modelCode;
        Condition = condition;
        Status = ApplianceStatus.InStock;
        _history.Add(new ApplianceEvent(Guid.NewGuid(), id, ApplianceStatus.InStock, at, by, null));
    }

    private Appliance()
    {
        SerialNumber = ModelCode = string.Empty;
    }

    /// <summary>Identifier.</summary>
    public Guid Id { get; private set; }

    /// <summary>Serial number (upper case).</summary>
    public string SerialNumber { get; private set; }

    /// <summary>Model code, e.g. CTS.</summary>
    public string ModelCode { get; private set; }

    /// <summary>New or refurbished.</summary>
    public ApplianceCondition Condition { get; private set; }

    /// <summary>Current status.</summary>
    public ApplianceStatus Status { get; private set; }

    /// <summary>The contract it serves, while allocated.</summary>
    public Guid? ContractId { get; private set; }

    /// <summary>The partner of that contract (tenant visibility).</summary>
    public Guid? PartnerId { get; private set; }

    /// <summary>The hardware vendor kitting and shipping it.</summary>
    public Guid? HardwareVendorId { get; private set; }

    /// <summary>Every status change, oldest first.</summary>
    public IReadOnlyList<ApplianceEvent> History => _history;

    /// <inheritdoc />
    public Guid Version { get; set; }

    /// <summary>Reserves a stock appliance for a contract and the hardware vendor that will kit it.</summary>
    public bool AllocateTo(Guid contractId, Guid partnerId, Guid hardwareVendorId, DateTimeOffset at, string by)
    {
        if (Status != ApplianceStatus.InStock)
        {
            return false;
        }

        ContractId = contractId;
        PartnerId = partnerId;
        HardwareVendorId = hardwareVendorId;
        return Move(ApplianceStatus.Allocated, at, by, null);
    }

    /// <summary>Moves along the loan lifecycle; only the next steps are allowed.</summary>
    public bool MoveTo(ApplianceStatus next, DateTimeOffset at, string by, string? note = null)
    {
        bool allowed = (Status, next) switch
        {
            (ApplianceStatus.Allocated, ApplianceStatus.Kitting) => true,
            // An order cancelled before shipping gives its appliances back to stock.
            (ApplianceStatus.Allocated or ApplianceStatus.Kitting, ApplianceStatus.InStock) => true,
            (ApplianceStatus.Kitting, ApplianceStatus.Shipped) => true,
            (ApplianceStatus.Shipped, ApplianceStatus.AtCustomer) => true,
            (ApplianceStatus.AtCustomer or ApplianceStatus.Shipped or ApplianceStatus.SwappedOut, ApplianceStatus.Returned) => true,
            (ApplianceStatus.Returned or ApplianceStatus.Faulty, ApplianceStatus.InStock) => true,
            (not ApplianceStatus.Retired, ApplianceStatus.Faulty) => true,
            (ApplianceStatus.InStock or ApplianceStatus.Faulty or ApplianceStatus.Returned, ApplianceStatus.Retired) => true,
            _ => false,
        };
        if (!allowed)
        {
            return false;
        }

        if (next is ApplianceStatus.InStock or ApplianceStatus.Retired)
        {
            ContractId = null;
            PartnerId = null;
            HardwareVendorId = null;
        }

        return Move(next, at, by, note);
    }

    /// <summary>
    /// A return was opened: the unit stays with the customer until it is sent back (004 §17-1; 別紙4 §3-1 for a swapped
    /// unit, which a swap may already have unbound from its contract).
    /// </summary>
    public bool AwaitReturn(DateTimeOffset at, string by, string? note = null) =>
        Status is ApplianceStatus.AtCustomer or ApplianceStatus.Shipped or ApplianceStatus.Faulty or ApplianceStatus.SwappedOut
        && Move(ApplianceStatus.AwaitingReturn, at, by, note);

    /// <summary>The customer or partner sent it back with a tracking number.</summary>
    public bool ShipBack(DateTimeOffset at, string by, string? note = null) =>
        Status == ApplianceStatus.AwaitingReturn && Move(ApplianceStatus.ReturnInTransit, at, by, note);

    /// <summary>The vendor side received it (the return receipt, 貸出機器類受領書, 003 §15-3, is issued).</summary>
    public bool ReceiveBack(DateTimeOffset at, string by, string? note = null) =>
        Status is ApplianceStatus.AwaitingReturn or ApplianceStatus.ReturnInTransit && Move(ApplianceStatus.Returned, at, by, note);

    /// <summary>Never came back: lost, stolen or not returned (004 §6-1-3, 別紙4 §4-4).</summary>
    public bool DeclareLost(DateTimeOffset at, string by, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return Status is ApplianceStatus.AtCustomer or ApplianceStatus.AwaitingReturn or ApplianceStatus.ReturnInTransit
            && Move(ApplianceStatus.Lost, at, by, reason);
    }

    /// <summary>A received unit goes on the bench.</summary>
    public bool StartInspection(DateTimeOffset at, string by) =>
        Status == ApplianceStatus.Returned && Move(ApplianceStatus.InInspection, at, by, null);

    /// <summary>The inspection found a fault to repair before the unit can go out again.</summary>
    public bool SendToRepair(DateTimeOffset at, string by, string finding)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(finding);
        return Status == ApplianceStatus.InInspection && Move(ApplianceStatus.Faulty, at, by, finding);
    }

    /// <summary>
    /// Inspected (and repaired where needed): back to stock as refurbished, free of its old contract, offered for kitting as
    /// such (004 別紙4 §1-2: the lent hardware is not necessarily new).
    /// </summary>
    public bool Refurbish(DateTimeOffset at, string by, string? note = null)
    {
        if (Status is not (ApplianceStatus.InInspection or ApplianceStatus.Faulty))
        {
            return false;
        }

        Condition = ApplianceCondition.Refurbished;
        ReleaseFromContract();
        return Move(ApplianceStatus.InStock, at, by, note);
    }

    /// <summary>Taken out of service for good, with the reason (kept in the history).</summary>
    public bool Scrap(DateTimeOffset at, string by, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (Status is not (ApplianceStatus.InInspection or ApplianceStatus.Faulty or ApplianceStatus.Returned or ApplianceStatus.InStock))
        {
            return false;
        }

        ReleaseFromContract();
        return Move(ApplianceStatus.Retired, at, by, reason.Trim());
    }

    private void ReleaseFromContract()
    {
        ContractId = null;
        PartnerId = null;
        HardwareVendorId = null;
    }

    /// <summary>
    /// Whether telemetry from a unit in <paramref name="status"/> belongs to the contract it is allocated to: not once it is
    /// lost, swapped out or on its way back (a replacement serves the contract then, or the service has ended).
    /// </summary>
    public static bool ServesContractIn(ApplianceStatus status) => !NotServingContract.Contains(status);

    /// <summary>The states in which a unit no longer serves the contract it is allocated to (<see cref="ServesContractIn"/>), for queries.</summary>
    public static IReadOnlyList<ApplianceStatus> NotServingContract { get; } =
        [ApplianceStatus.Lost, ApplianceStatus.SwappedOut, ApplianceStatus.AwaitingReturn, ApplianceStatus.ReturnInTransit, ApplianceStatus.InInspection];

    /// <summary>
    /// The customer reported the unit faulty and a swap case was opened (004 §7-1): it stays at the customer, serving the
    /// contract, until the replacement arrives.
    /// </summary>
    public bool ReportFaulty(Guid swapCaseId, DateTimeOffset at, string by) =>
        Status == ApplianceStatus.AtCustomer && Move(ApplianceStatus.Faulty, at, by, SwapNote(swapCaseId, "reported faulty"));

    /// <summary>The unit was lost or stolen at the customer (004 §6-1-3): it no longer serves the contract and will not come back.</summary>
    public bool ReportLost(Guid swapCaseId, DateTimeOffset at, string by) =>
        Status is ApplianceStatus.AtCustomer or ApplianceStatus.Faulty && Move(ApplianceStatus.Lost, at, by, SwapNote(swapCaseId, "reported lost or stolen"));

    /// <summary>
    /// The swap's replacement was delivered: this unit stops serving the contract and waits for its return (a lost unit
    /// stays lost).
    /// </summary>
    public bool SwapOut(Guid swapCaseId, DateTimeOffset at, string by) =>
        Status is ApplianceStatus.AtCustomer or ApplianceStatus.Faulty && Move(ApplianceStatus.SwappedOut, at, by, SwapNote(swapCaseId, "replaced; return requested"));

    /// <summary>
    /// The swap case was withdrawn before its replacement shipped (the fault went away, the unit was found): a unit reported
    /// faulty or lost is back in service at the customer. False when the unit is in any other state (nothing to undo).
    /// </summary>
    public bool SwapWithdrawn(Guid swapCaseId, DateTimeOffset at, string by) =>
        Status is ApplianceStatus.Faulty or ApplianceStatus.Lost && Move(ApplianceStatus.AtCustomer, at, by, SwapNote(swapCaseId, "swap withdrawn"));

    /// <summary>The note that ties a history entry to its swap case, so the serial history shows it.</summary>
    public static string SwapNote(Guid swapCaseId, string what) => $"swap {swapCaseId}: {what}";

    private bool Move(ApplianceStatus next, DateTimeOffset at, string by, string? note)
    {
        Status = next;
        _history.Add(new ApplianceEvent(Guid.NewGuid(), Id, next, at, by, note));
        return true;
    }
}

/// <summary>One status change of an appliance.</summary>
public sealed record ApplianceEvent(Guid Id, Guid ApplianceId, ApplianceStatus Status, DateTimeOffset At, string By, string? Note);
