using PartnerHub.Domain.Attachments;
using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Common;
using PartnerHub.Domain.Contracts.Terms;
using PartnerHub.Domain.Money;

namespace PartnerHub.Domain.Hardware.Swaps;

/// <summary>
/// The swap of one loaned appliance (004 §7-1, §6-1; 別紙4 §3): opened by the partner for a failure the customer reported
/// in writing during the term, a loss or theft, or a maintenance the vendor cannot do remotely; attributed first by the
/// partner and finally by vendor operations (別紙4 §3-1); replaced in advance through a kitting task; and, when a §7-1 swap
/// did not fix a total outage, compensated per 24 hours (004 §7-2; <see cref="OutageExclusion"/>).
/// </summary>
public sealed class SwapCase : IPartnerOwned, IVersioned
{
    private readonly List<SwapEvidence> _evidence = [];

    private SwapCase()
    {
        OldSerialNumber = WhatHappened = OpenedBy = string.Empty;
    }

    /// <summary>Identifier.</summary>
    public Guid Id { get; private set; }

    /// <inheritdoc />
    public Guid PartnerId { get; private set; }

    /// <summary>The contract the appliance serves.</summary>
    public Guid ContractId { get; private set; }

    /// <summary>The customer of that contract.</summary>
    public Guid CustomerId { get; private set; }

    /// <summary>The unit being swapped out.</summary>
    public Guid OldApplianceId { get; private set; }

    /// <summary>Its serial number, as it was at opening.</summary>
    public string OldSerialNumber { get; private set; }

    /// <summary>Why.</summary>
    public SwapReason Reason { get; private set; }

    /// <summary>What happened, in the partner's words.</summary>
    public string WhatHappened { get; private set; }

    /// <summary>Since when the problem exists (or when the unit went missing).</summary>
    public DateTimeOffset Since { get; private set; }

    /// <summary>The day the customer reported the failure to the partner in writing (004 §7-1); failures only.</summary>
    public DateOnly? ReportedInWritingOn { get; private set; }

    /// <summary>The device's health and latest alerts when the case was opened (JSON, as escalations keep it).</summary>
    public string? HealthAtOpening { get; private set; }

    /// <summary>Where the case stands.</summary>
    public SwapCaseStatus Status { get; private set; }

    /// <summary>When it was opened.</summary>
    public DateTimeOffset OpenedAt { get; private set; }

    /// <summary>Who opened it.</summary>
    public string OpenedBy { get; private set; }

    /// <summary>The partner's first attribution (別紙4 §3-1: 一次的には販売パートナー).</summary>
    public AttributionDecision? PartnerAttribution { get; private set; }

    /// <summary>Vendor operations' final attribution (別紙4 §3-1: 最終的には当社).</summary>
    public AttributionDecision? FinalAttribution { get; private set; }

    /// <summary>
    /// What the customer is charged for a customer-fault swap, per the plan's policy (<see cref="SwapCharge.For"/>): the swap
    /// cost, or for a lost or stolen unit the policy's loss charge; null when nothing is charged.
    /// </summary>
    public Yen? SwapCost { get; private set; }

    /// <summary>The kitting task of the replacement.</summary>
    public Guid? ReplacementKittingTaskId { get; private set; }

    /// <summary>The replacement unit.</summary>
    public Guid? ReplacementApplianceId { get; private set; }

    /// <summary>The replacement's serial number.</summary>
    public string? ReplacementSerialNumber { get; private set; }

    /// <summary>The day the customer received the replacement.</summary>
    public DateOnly? ReplacementDeliveredOn { get; private set; }

    /// <summary>
    /// The day by which the old unit is expected back (<see cref="ServicePlanPolicy.ReturnExpectedWithin"/> after the
    /// replacement's delivery); null for a lost unit, which cannot come back.
    /// </summary>
    public DateOnly? OldUnitReturnDueOn { get; private set; }

    /// <summary>The outage compensated after the swap did not fix the fault (004 §7-2).</summary>
    public OutageCompensation? Outage { get; private set; }

    /// <summary>When it was closed.</summary>
    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>Why the case was withdrawn before the replacement shipped; null unless withdrawn.</summary>
    public string? WithdrawalReason { get; private set; }

    /// <summary>Who withdrew it.</summary>
    public string? WithdrawnBy { get; private set; }

    /// <inheritdoc />
    public Guid Version { get; set; }

    /// <summary>The evidence files, oldest first (loaded only where they are shown or added).</summary>
    public IReadOnlyList<SwapEvidence> Evidence => _evidence;

    /// <summary>Whether evidence may still be added: while the case is open (not closed, not withdrawn).</summary>
    public bool TakesEvidence => Status is not (SwapCaseStatus.Closed or SwapCaseStatus.Withdrawn);

    /// <summary>Whether the old unit is to come back (everything but a loss or theft).</summary>
    public bool OldUnitComesBack => Reason != SwapReason.LossOrTheft;

    /// <summary>
    /// Opens a case, or says why not: a failure needs the day of the customer's written report, within the contract's term
    /// and not after the day of <paramref name="at"/> (004 §7-1: 利用期間中にその旨が書面で…通知された場合). The
    /// <paramref name="term"/> is the contract's service period: its first day and, once known, its last.
    /// </summary>
    public static SwapCaseOpening Open(
        Guid id,
        ContractRef contract,
        Guid oldApplianceId,
        string oldSerialNumber,
        SwapReason reason,
        string whatHappened,
        DateTimeOffset since,
        DateOnly? reportedInWritingOn,
        (DateOnly Start, DateOnly? End) term,
        string? healthAtOpening,
        DateTimeOffset at,
        string by)
    {
        ArgumentNullException.ThrowIfNull(contract);
        if (string.IsNullOrWhiteSpace(whatHappened))
        {
            return SwapCaseOpening.Refused(SwapProblem.DescriptionRequired);
        }

        if (since > at)
        {
            return SwapCaseOpening.Refused(SwapProblem.SinceInFuture);
        }

        if (reason == SwapReason.Failure)
        {
            if (reportedInWritingOn is not { } reported)
            {
                return SwapCaseOpening.Refused(SwapProblem.WrittenReportRequired);
            }

            if (reported < term.Start || term.End is { } end && reported > end || reported > BusinessCalendar.TokyoDate(at))
            {
                return SwapCaseOpening.Refused(SwapProblem.ReportOutsideTerm);
            }
        }

        return SwapCaseOpening.Opened(new SwapCase
        {
            Id = id,
            PartnerId = contract.PartnerId,
            ContractId = contract.ContractId,
            CustomerId = contract.CustomerId,
            OldApplianceId = oldApplianceId,
            OldSerialNumber = oldSerialNumber,
            Reason = reason,
            WhatHappened = whatHappened.Trim(),
            Since = since,
            ReportedInWritingOn = reason == SwapReason.Failure ? reportedInWritingOn : null,
            HealthAtOpening = healthAtOpening,
            Status = SwapCaseStatus.Opened,
            OpenedAt = at,
            OpenedBy = by,
        });
    }

    /// <summary>The partner's first attribution (別紙4 §3-1); it may be revised until vendor operations decide.</summary>
    public SwapProblem? ProposeAttribution(FaultAttribution attribution, CustomerFaultGround? ground, string? note, DateTimeOffset at, string by)
    {
        if (Status != SwapCaseStatus.Opened)
        {
            return SwapProblem.WrongStatus;
        }

        if (Check(attribution, ground) is { } problem)
        {
            return problem;
        }

        PartnerAttribution = new AttributionDecision(attribution, ground, Clean(note), at, by);
        return null;
    }

    /// <summary>
    /// Vendor operations' final attribution (別紙4 §3-1: 最終的には当社が行う). A customer-fault swap is charged the plan's
    /// swap cost (004 §7-1 proviso: 交換に要した費用を請求できる; §6-1-2/3), none when the plan sets none.
    /// </summary>
    public SwapProblem? DecideAttribution(FaultAttribution attribution, CustomerFaultGround? ground, string? note, ServicePlanPolicy policy, DateTimeOffset at, string by)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (Status != SwapCaseStatus.Opened)
        {
            return SwapProblem.WrongStatus;
        }

        if (Check(attribution, ground) is { } problem)
        {
            return problem;
        }

        FinalAttribution = new AttributionDecision(attribution, ground, Clean(note), at, by);
        SwapCost = SwapCharge.For(policy, Reason, attribution);
        Status = SwapCaseStatus.Attributed;
        return null;
    }

    /// <summary>A replacement unit was allocated and its kitting assigned (advance replacement, 別紙4 §3).</summary>
    public SwapProblem? ReplacementArranged(Guid kittingTaskId, Guid replacementApplianceId, string replacementSerial)
    {
        if (Status != SwapCaseStatus.Attributed)
        {
            return SwapProblem.WrongStatus;
        }

        ReplacementKittingTaskId = kittingTaskId;
        ReplacementApplianceId = replacementApplianceId;
        ReplacementSerialNumber = replacementSerial;
        Status = SwapCaseStatus.ReplacementKitting;
        return null;
    }

    /// <summary>The hardware vendor shipped the replacement.</summary>
    public SwapProblem? ReplacementShipped()
    {
        if (Status != SwapCaseStatus.ReplacementKitting)
        {
            return SwapProblem.WrongStatus;
        }

        Status = SwapCaseStatus.ReplacementShipped;
        return null;
    }

    /// <summary>
    /// The customer received the replacement: the contract runs on it, and the old unit is due back within the policy's
    /// follow-up period (<see cref="ServicePlanPolicy.ReturnExpectedWithin"/>, counted from the day after delivery).
    /// </summary>
    public SwapProblem? ReplacementDelivered(DateOnly deliveredOn, ServicePlanPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (Status != SwapCaseStatus.ReplacementShipped)
        {
            return SwapProblem.WrongStatus;
        }

        ReplacementDeliveredOn = deliveredOn;
        OldUnitReturnDueOn = OldUnitComesBack ? policy.ReturnExpectedWithin.EndWhenStartingOn(deliveredOn.AddDays(1)) : null;
        Status = SwapCaseStatus.ReplacementDelivered;
        return null;
    }

    /// <summary>
    /// The swap did not fix the fault (004 §7-2): per full 24 hours from when the vendor knew the service was wholly
    /// unusable to when it was restored, one day of the licence price, by the contract's timeline. Refused when
    /// <see cref="OutageExclusion"/> excludes the swap, and for a restoration not yet past at <paramref name="at"/>.
    /// </summary>
    public SwapProblem? RecordOutage(ContractTimeline timeline, Yen annualLicencePrice, DateTimeOffset vendorAwareAt, DateTimeOffset restoredAt, DateTimeOffset at, string by)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        if (Status is not (SwapCaseStatus.ReplacementDelivered or SwapCaseStatus.Closed))
        {
            return SwapProblem.WrongStatus;
        }

        if (Outage is not null)
        {
            return SwapProblem.OutageAlreadyRecorded;
        }

        if (OutageExclusion(timeline.Policy) is { } excluded)
        {
            return excluded;
        }

        if (restoredAt < vendorAwareAt)
        {
            return SwapProblem.RestoredBeforeAware;
        }

        if (restoredAt > at)
        {
            return SwapProblem.RestoredInFuture;
        }

        OutageCreditAmount credit;
        try
        {
            credit = timeline.OutageCredit(annualLicencePrice, vendorAwareAt, restoredAt);
        }
        catch (RuleViolationException)
        {
            return SwapProblem.ReportOutsideTerm;
        }

        Outage = new OutageCompensation(vendorAwareAt, restoredAt, credit.FullDays, credit.DayPrice, credit.Amount, at, by);
        return null;
    }

    /// <summary>
    /// Why this swap earns no outage compensation under <paramref name="policy"/> (the contract's plan), or null when it
    /// does (then, before the final attribution, only as long as vendor operations do not find the customer at fault). The
    /// plan must give it (<see cref="ServicePlanPolicy.OutageCreditArticle"/>), and 004 §7-2 gives it only "前項の交換を実施した
    /// にもかかわらず不具合が修正されなかった場合、前項但書きの場合を除き": after the §7-1 swap, of a unit that does not work to its
    /// specification and that the customer reported in writing (<see cref="SwapReason.Failure"/>), unless the customer
    /// caused it (§7-1 (1)–(5)). A lost or stolen unit (§6-1-3; 別紙4 §3-2) and a maintenance swap the vendor decides when a
    /// remote update is impossible (別紙4 §3-3) are swaps of another kind, which §7-2 does not name.
    /// </summary>
    public SwapProblem? OutageExclusion(ServicePlanPolicy? policy)
    {
        return policy is not { OutageCreditPerFullDay: true } ? SwapProblem.NoOutageCompensationInPlan : KindExclusion();
    }

    /// <summary>
    /// Why the compensation recorded on this swap is not credited, or null when it is (or nothing is recorded): a swap of a
    /// kind 004 §7-2 does not compensate (<see cref="OutageExclusion"/>: a maintenance or loss swap, or one the customer
    /// caused). <see cref="RecordOutage"/> refuses those; a compensation recorded before it did (maintenance swaps) stays on
    /// the case as it was recorded, but billing never credits it. The plan is not asked again: its terms were checked when
    /// the compensation was recorded, and a later change of terms does not take back a credit already due.
    /// </summary>
    public SwapProblem? OutageCreditWithheld() => Outage is null ? null : KindExclusion();

    private SwapProblem? KindExclusion() => Reason switch
    {
        SwapReason.LossOrTheft => SwapProblem.OutageExcludedForLossOrTheft,
        SwapReason.Maintenance => SwapProblem.OutageExcludedForMaintenance,
        _ when FinalAttribution?.Attribution == FaultAttribution.Customer => SwapProblem.OutageExcludedByCustomerFault,
        _ => null,
    };

    /// <summary>Closes the case once the replacement is in service.</summary>
    public SwapProblem? Close(DateTimeOffset at)
    {
        if (Status != SwapCaseStatus.ReplacementDelivered)
        {
            return SwapProblem.WrongStatus;
        }

        Status = SwapCaseStatus.Closed;
        ClosedAt = at;
        return null;
    }

    /// <summary>
    /// Withdraws the case before the replacement ships (the customer found the unit, the fault went away, the case was a
    /// mistake), with the reason. Nothing is charged for a withdrawn swap: the swap cost is cleared, and the caller cancels
    /// the replacement's kitting and drops the pending charge in the same save. Refused once the replacement is on its way.
    /// </summary>
    public SwapProblem? Withdraw(string? reason, DateTimeOffset at, string by)
    {
        if (Status is not (SwapCaseStatus.Opened or SwapCaseStatus.Attributed or SwapCaseStatus.ReplacementKitting))
        {
            return SwapProblem.WrongStatus;
        }

        if (Clean(reason) is not { } why)
        {
            return SwapProblem.WithdrawalReasonRequired;
        }

        WithdrawalReason = why;
        WithdrawnBy = by;
        SwapCost = null;
        Status = SwapCaseStatus.Withdrawn;
        ClosedAt = at;
        return null;
    }

    /// <summary>
    /// Attaches an evidence file after checking it against <paramref name="rules"/> and the case's quota. Returns the
    /// problem, or null when attached (it is then the last of <see cref="Evidence"/>, its scan pending). The case's
    /// evidence must be loaded.
    /// </summary>
    public AttachmentProblem? AttachEvidence(AttachmentUpload upload, DateTimeOffset at, string by, AttachmentRules? rules = null)
    {
        ArgumentNullException.ThrowIfNull(upload);
        if (!TakesEvidence)
        {
            return AttachmentProblem.NotAllowedNow;
        }

        if (((rules ?? AttachmentRules.Default).Check(upload) ?? EvidenceQuota(upload.SizeBytes, rules)) is { } problem)
        {
            return problem;
        }

        _evidence.Add(new SwapEvidence(Guid.NewGuid(), Id, PartnerId, upload, at, by));
        return null;
    }

    /// <summary>Whether one more file of <paramref name="size"/> bytes fits the case's quota.</summary>
    public AttachmentProblem? EvidenceQuota(long size, AttachmentRules? rules = null) =>
        (rules ?? AttachmentRules.Default).CheckQuota(_evidence.Count, _evidence.Sum(e => e.SizeBytes), size);

    /// <summary>Records the scan of an evidence file; false when nothing changed.</summary>
    public bool RecordEvidenceScan(Guid evidenceId, ScanStatus result) => _evidence.Find(e => e.Id == evidenceId)?.RecordScan(result) ?? false;

    private SwapProblem? Check(FaultAttribution attribution, CustomerFaultGround? ground)
    {
        if (Reason == SwapReason.Maintenance && attribution == FaultAttribution.Customer)
        {
            return SwapProblem.MaintenanceIsNotCustomerFault;
        }

        return (attribution == FaultAttribution.Customer) == ground.HasValue ? null : SwapProblem.GroundMismatch;
    }

    private static string? Clean(string? note) => string.IsNullOrWhiteSpace(note) ? null : note.Trim();
}

/// <summary>The contract a swap case belongs to.</summary>
public sealed record ContractRef(Guid ContractId, Guid PartnerId, Guid CustomerId);

/// <summary>One attribution: who bears the swap and on which ground.</summary>
public sealed record AttributionDecision(FaultAttribution Attribution, CustomerFaultGround? Ground, string? Note, DateTimeOffset At, string By);

/// <summary>The outage compensated under 004 §7-2.</summary>
public sealed record OutageCompensation(DateTimeOffset VendorAwareAt, DateTimeOffset RestoredAt, int FullDays, Yen DayPrice, Yen Amount, DateTimeOffset RecordedAt, string RecordedBy);

/// <summary>The result of <see cref="SwapCase.Open"/>.</summary>
public sealed record SwapCaseOpening(SwapCase? Case, SwapProblem? Problem)
{
    internal static SwapCaseOpening Opened(SwapCase swap) => new(swap, null);

    internal static SwapCaseOpening Refused(SwapProblem problem) => new(null, problem);
}

/// <summary>What a swap costs the customer.</summary>
public static class SwapCharge
{
    /// <summary>
    /// Nothing unless the swap is the customer's fault. A lost or stolen unit is charged the policy's loss charge, as a unit
    /// lost at the end of the contract is (004 §6-1-3: 紛失・盗難した場合も前号と同様 — the damage the vendor suffers is the unit
    /// itself; 別紙4 §3-2, §4-4); the plan's swap cost when it has no loss charge. Any other customer-fault swap is charged
    /// the plan's swap cost (004 §7-1 proviso: 交換に要した費用を請求できる; §6-1-2). Nothing when the plan sets neither.
    /// </summary>
    public static Yen? For(ServicePlanPolicy policy, SwapReason reason, FaultAttribution attribution)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (attribution != FaultAttribution.Customer)
        {
            return null;
        }

        return reason == SwapReason.LossOrTheft
            ? policy.ReturnCharges?.Loss ?? policy.CustomerFaultSwapCost
            : policy.CustomerFaultSwapCost;
    }
}
