namespace PartnerHub.Domain.Hardware.Swaps;

/// <summary>Why an appliance is swapped (004 §7-1; 別紙4 §3).</summary>
public enum SwapReason
{
    /// <summary>
    /// The appliance does not work to its specification, and the customer told the partner so in writing during the term
    /// (004 §7-1; 別紙4 §3-1).
    /// </summary>
    Failure,

    /// <summary>Lost or stolen (004 §6-1-3; 別紙4 §3-2).</summary>
    LossOrTheft,

    /// <summary>Maintenance that cannot be done by a remote update; the vendor decides whether it is needed (別紙4 §3-3).</summary>
    Maintenance,
}

/// <summary>Who bears a swap (004 §7-1 and its proviso; 別紙4 §3-1: judged first by the partner, finally by the vendor).</summary>
public enum FaultAttribution
{
    /// <summary>Not the customer's doing: the vendor and the partner swap at their cost (004 §7-1 main clause).</summary>
    NotCustomer,

    /// <summary>The customer's doing: the swap cost is charged (004 §7-1 proviso; §6-1-2/3/4).</summary>
    Customer,
}

/// <summary>
/// The grounds on which a swap is the customer's fault: the exceptions of 004 §7-1 (1)–(5) and the customer's duties of
/// §6-1 (2)–(4).
/// </summary>
public enum CustomerFaultGround
{
    /// <summary>The customer modified the application or the hardware (004 §7-1-1).</summary>
    Modification,

    /// <summary>Used outside the specification's conditions, performance requirements or limits (004 §7-1-2).</summary>
    OutsideUsageConditions,

    /// <summary>Used beyond normal, proper use (004 §7-1-3).</summary>
    ImproperUse,

    /// <summary>Combined with data, programs or products of others than the vendor and the partner (004 §7-1-4).</summary>
    CombinedWithThirdPartyProducts,

    /// <summary>A communication failure, cyber attack, disaster or other event outside the vendor's and the partner's responsibility (004 §7-1-5).</summary>
    ExternalEvent,

    /// <summary>Broken or damaged through the customer's fault, including while installing or removing it (004 §6-1-2, §6-1-4).</summary>
    CustomerDamage,

    /// <summary>Lost or stolen (004 §6-1-3; 別紙4 §1-5).</summary>
    LossOrTheft,
}

/// <summary>Where a swap case stands.</summary>
public enum SwapCaseStatus
{
    /// <summary>Opened by the partner; attribution not yet final.</summary>
    Opened,

    /// <summary>Vendor operations made the final attribution; the replacement is not yet arranged.</summary>
    Attributed,

    /// <summary>A replacement unit is being kitted by the hardware vendor.</summary>
    ReplacementKitting,

    /// <summary>The replacement is on its way (tracking number on the kitting task).</summary>
    ReplacementShipped,

    /// <summary>The replacement is at the customer; the contract runs on it and the old unit's return is requested.</summary>
    ReplacementDelivered,

    /// <summary>Closed: nothing more to do on the swap (the old unit's return is the return task's).</summary>
    Closed,

    /// <summary>Withdrawn before the replacement shipped, with a reason; nothing is charged.</summary>
    Withdrawn,
}

/// <summary>Why a swap step was refused; the UI maps each to a localised message.</summary>
public enum SwapProblem
{
    /// <summary>A failure swap needs the day the customer reported it in writing (004 §7-1).</summary>
    WrittenReportRequired,

    /// <summary>The written report must fall within the contract's term (004 §7-1: 利用期間中に) and not in the future.</summary>
    ReportOutsideTerm,

    /// <summary>What happened must be described.</summary>
    DescriptionRequired,

    /// <summary>"Since when" lies in the future.</summary>
    SinceInFuture,

    /// <summary>A customer-fault attribution needs its ground; a not-customer one must have none.</summary>
    GroundMismatch,

    /// <summary>Maintenance swaps are the vendor's decision and never the customer's fault (別紙4 §3-3).</summary>
    MaintenanceIsNotCustomerFault,

    /// <summary>The step does not fit the case's status.</summary>
    WrongStatus,

    /// <summary>Outage compensation: the restoration is before the vendor knew of the outage.</summary>
    RestoredBeforeAware,

    /// <summary>Outage compensation: the restoration is later than now (only a restoration that happened can be counted).</summary>
    RestoredInFuture,

    /// <summary>Outage compensation is excluded: the swap was the customer's fault (004 §7-2: 前項但書きの場合を除き).</summary>
    OutageExcludedByCustomerFault,

    /// <summary>
    /// Outage compensation is excluded: the swap replaced a lost or stolen unit, not one that did not work (004 §7-2: 前項の交換;
    /// a loss is the customer's to bear, §6-1-3).
    /// </summary>
    OutageExcludedForLossOrTheft,

    /// <summary>
    /// Outage compensation is excluded: a maintenance swap the vendor decided because a remote update was impossible (別紙4
    /// §3-3) is not the swap of 004 §7-1 (a unit that does not work to its specification, reported by the customer in
    /// writing), and §7-2 compensates only after that swap (前項の交換を実施したにもかかわらず).
    /// </summary>
    OutageExcludedForMaintenance,

    /// <summary>The plan's terms give no outage compensation.</summary>
    NoOutageCompensationInPlan,

    /// <summary>Outage compensation was already recorded.</summary>
    OutageAlreadyRecorded,

    /// <summary>A withdrawal needs its reason.</summary>
    WithdrawalReasonRequired,
}
