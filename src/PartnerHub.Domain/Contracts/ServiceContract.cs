using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Common;
using PartnerHub.Domain.Contracts.Terms;
using PartnerHub.Domain.Money;

namespace PartnerHub.Domain.Contracts;

/// <summary>
/// The usage contract between a customer and the service, formed when the customer buys the service right from
/// its partner (004 §1-4). Its status changes only through the intent-named methods below; each refuses with a
/// <see cref="ContractRefusal"/> and changes nothing when the move is not allowed, and each records who, when and why.
/// </summary>
public sealed class ServiceContract : IPartnerOwned, IVersioned
{
    private readonly List<ContractEvent> _events = [];
    private ResolvedPolicy? _policy;

    /// <summary>
    /// Records an order for <paramref name="units"/> appliances of <paramref name="planCode"/>. <paramref name="wholesaleAnnualFee"/>
    /// is what the vendor bills the partner a year (from the quote's wholesale total); null only where no quote or price is known.
    /// <paramref name="policyVersion"/> is the plan's policy version in force when the contract is made
    /// (<see cref="PlanPolicySet.VersionInForce"/>); the contract keeps its settings. Null keeps the plan's built-in policy.
    /// </summary>
    public ServiceContract(Guid id, string number, Guid partnerId, Guid customerId, string planCode, int units, Yen annualFee, Guid? quoteId,
        DateOnly orderedOn, DateTimeOffset at, string by, Yen? wholesaleAnnualFee = null, PlanPolicyVersion? policyVersion = null)
    {
        if (policyVersion is not null && (policyVersion.PlanCode != planCode || policyVersion.WithdrawnAt is not null))
        {
            throw new ArgumentException("The policy version is not a standing version of the contract's plan.", nameof(policyVersion));
        }

        if (wholesaleAnnualFee is { IsNegative: true })
        {
            throw new ArgumentOutOfRangeException(nameof(wholesaleAnnualFee), "The wholesale fee cannot be negative.");
        }

        if (units < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(units), "A contract needs at least one appliance.");
        }

        if (annualFee.IsNegative)
        {
            throw new ArgumentOutOfRangeException(nameof(annualFee), "The annual fee cannot be negative.");
        }

        Id = id;
        Number = number;
        PartnerId = partnerId;
        CustomerId = customerId;
        PlanCode = planCode;
        Units = units;
        AnnualFee = annualFee;
        WholesaleAnnualFee = wholesaleAnnualFee;
        PolicyVersionId = policyVersion?.Id;
        PolicySettings = policyVersion?.Settings;
        QuoteId = quoteId;
        OrderedOn = orderedOn;
        Status = ContractStatus.Ordered;
        Record(ContractEventKind.StatusChanged, at, by, null);
    }

    private ServiceContract()
    {
        Number = PlanCode = string.Empty;
    }

    /// <summary>Identifier.</summary>
    public Guid Id { get; private set; }

    /// <summary>Contract number, e.g. C-20261122-0001.</summary>
    public string Number { get; private set; }

    /// <inheritdoc />
    public Guid PartnerId { get; private set; }

    /// <summary>The customer (利用者).</summary>
    public Guid CustomerId { get; private set; }

    /// <summary>The plan sold.</summary>
    public string PlanCode { get; private set; }

    /// <summary>Appliances on loan under this contract (004 §3-3).</summary>
    public int Units { get; private set; }

    /// <summary>The annual fee the customer pays, tax included, from the accepted quote.</summary>
    public Yen AnnualFee { get; private set; }

    /// <summary>
    /// The annual amount the vendor bills the partner for this contract (仕切価格 × quantity, tax included like
    /// <see cref="AnnualFee"/>), from the accepted quote: the wholesale basis of vendor → partner invoices. Null for a contract
    /// with neither a quote nor a price-list price to take it from.
    /// </summary>
    public Yen? WholesaleAnnualFee { get; private set; }

    /// <summary>
    /// The settings of the plan's policy version in force when the contract was made (issue 13): kept with the contract so
    /// a later version never changes its deadlines or amounts. Null for a contract made under the built-in policy.
    /// </summary>
    public PlanPolicySettings? PolicySettings { get; private set; }

    /// <summary>The plan policy version <see cref="PolicySettings"/> come from (lists group contracts by it); null with them.</summary>
    public Guid? PolicyVersionId { get; private set; }

    /// <summary>The quote the order came from, if any.</summary>
    public Guid? QuoteId { get; private set; }

    /// <summary>Date of the order (the contract forms then, 004 §1-4).</summary>
    public DateOnly OrderedOn { get; private set; }

    /// <summary>Delivery completion date (004 §4-2). Null until delivered.</summary>
    public DateOnly? DeliveryCompletedOn { get; private set; }

    /// <summary>
    /// First day of the first term, fixed at delivery under the current first-day rule (民法 §140: a term that starts on
    /// an event during a day begins the next day). Null for a contract delivered before that rule, whose stored dates are
    /// kept as they were (the delivery day counted) until vendor operations recalculate them.
    /// </summary>
    public DateOnly? ServiceStartOn { get; private set; }

    /// <summary>The term the contract is in (1 = first term); 0 before delivery.</summary>
    public int CurrentTerm { get; private set; }

    /// <summary>Last day of <see cref="CurrentTerm"/>; the renewal run rolls the contract on the day after.</summary>
    public DateOnly? CurrentTermEndsOn { get; private set; }

    /// <summary>
    /// Day the customer's written non-renewal notice reached the vendor (004 §4-3: the partner forwards it; 002 §12-1:
    /// e-mail to the 本所). This date decides whether the notice was in time.
    /// </summary>
    public DateOnly? NonRenewalNoticeOn { get; private set; }

    /// <summary>Day the partner received the customer's notice.</summary>
    public DateOnly? NonRenewalReceivedByPartnerOn { get; private set; }

    /// <summary>Day the partner forwarded the notice to the vendor.</summary>
    public DateOnly? NonRenewalForwardedOn { get; private set; }

    /// <summary>The stored scan of the customer's letter, if one was attached.</summary>
    public Guid? NonRenewalLetterId { get; private set; }

    /// <summary>Last day of service of a scheduled or completed end before the term's end (004 §4-5, §15-2, §16).</summary>
    public DateOnly? EarlyEndOn { get; private set; }

    /// <summary>Why the service ends before its term's end.</summary>
    public TerminationCause? EarlyEndCause { get; private set; }

    /// <summary>Day the request or notice of the early end was given (decides the notice periods).</summary>
    public DateOnly? EarlyEndRequestedOn { get; private set; }

    /// <summary>The reason recorded with the early end.</summary>
    public string? EarlyEndReason { get; private set; }

    /// <summary>The terms-change notice a <see cref="TerminationCause.TermsChange"/> end rests on (004 §21-2).</summary>
    public Guid? EarlyEndNoticeId { get; private set; }

    /// <summary>Last day of service once the contract has ended or terminated.</summary>
    public DateOnly? ServiceEndedOn { get; private set; }

    /// <summary>Current status.</summary>
    public ContractStatus Status { get; private set; }

    /// <summary>Every change, oldest first.</summary>
    public IReadOnlyList<ContractEvent> Events => _events;

    /// <inheritdoc />
    public Guid Version { get; set; }

    /// <summary>Whether the term dates follow the current first-day rule (see <see cref="ServiceStartOn"/>).</summary>
    public bool TermsFollowCurrentRule => ServiceStartOn is not null || DeliveryCompletedOn is null;

    /// <summary>Whether the service is in its terms (delivered, not yet ended).</summary>
    public bool IsInService => Status is ContractStatus.Delivered or ContractStatus.Active or ContractStatus.Ending;

    /// <summary>Whether the contract has finished for good.</summary>
    public bool IsClosed => ClosedStatuses.Contains(Status);

    /// <summary>The statuses of a contract that has finished for good (ended, terminated, cancelled), for queries.</summary>
    public static IReadOnlyList<ContractStatus> ClosedStatuses { get; } = [ContractStatus.Ended, ContractStatus.Terminated, ContractStatus.Cancelled];

    /// <summary>The rules the contract was made under (its plan's policy with <see cref="PolicySettings"/>); refuses a plan without a policy.</summary>
    public ServicePlanPolicy Policy()
    {
        // Applying the settings checks them; timelines ask for the policy many times per contract.
        if (_policy is null || !ReferenceEquals(_policy.Settings, PolicySettings) || _policy.PlanCode != PlanCode)
        {
            _policy = new(PlanCode, PolicySettings, PlanPolicyVersions.Kept(PlanCode, PolicySettings));
        }

        return _policy.Policy;
    }

    /// <summary>The rules the contract was made under, or false when its plan names no policy.</summary>
    public bool TryPolicy([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ServicePlanPolicy? policy)
    {
        policy = ServicePlanPolicy.TryForPlan(PlanCode, out _) ? Policy() : null;
        return policy is not null;
    }

    /// <summary>The rules of the contract's plan on the calendars with the vendor's adjustments.</summary>
    public ServicePlanPolicy Policy(BusinessCalendarSet calendars) => Policy().On(calendars);

    /// <summary>The parameter sheet is being prepared (004 別紙4 §2-4).</summary>
    public ContractRefusal? StartParameterSheet(DateTimeOffset at, string by) =>
        Status == ContractStatus.Ordered ? Change(ContractStatus.ParameterSheet, at, by, null) : ContractRefusal.WrongStatus;

    /// <summary>Appliances are allocated and the hardware vendor kits them (004 別紙4 §2-1).</summary>
    public ContractRefusal? StartKitting(DateTimeOffset at, string by)
    {
        if (Status == ContractStatus.Ordered)
        {
            Change(ContractStatus.ParameterSheet, at, by, null);
        }

        return Status == ContractStatus.ParameterSheet ? Change(ContractStatus.Kitting, at, by, null) : ContractRefusal.WrongStatus;
    }

    /// <summary>The appliances left the hardware vendor; <paramref name="shipment"/> names carrier and tracking number.</summary>
    public ContractRefusal? Ship(DateTimeOffset at, string by, string shipment) =>
        Status == ContractStatus.Kitting ? Change(ContractStatus.Shipped, at, by, shipment) : ContractRefusal.WrongStatus;

    /// <summary>
    /// Records delivery completion (custody receipt received, 003 §15) and fixes the first term: 004 runs a year from
    /// the next day (004 §4-2, 民法 §140); 002 from its 利用開始日 (002 §4-2).
    /// </summary>
    /// <param name="deliveredOn">Day the custody receipt confirms.</param>
    /// <param name="at">When it is recorded.</param>
    /// <param name="by">Who records it.</param>
    /// <param name="calendars">The calendars with the vendor's closures (002's 5th business day respects them); the seeds' when null.</param>
    public ContractRefusal? CompleteDelivery(DateOnly deliveredOn, DateTimeOffset at, string by, BusinessCalendarSet? calendars = null)
    {
        if (Status != ContractStatus.Shipped)
        {
            return ContractRefusal.WrongStatus;
        }

        if (deliveredOn < OrderedOn)
        {
            return ContractRefusal.DateOutOfOrder;
        }

        var policy = Policy(calendars ?? BusinessCalendarSet.SeedsOnly);
        DeliveryCompletedOn = deliveredOn;
        ServiceStartOn = ContractTimeline.StartFor(policy, policy.TermStart == TermStartRule.DeliveryCompletion ? deliveredOn : OrderedOn);
        TrackTerm(TermBoundaries().Term(1));
        return Change(ContractStatus.Delivered, at, by, null);
    }

    /// <summary>Data collection was confirmed: the service is running (004 別紙4 §2-6).</summary>
    public ContractRefusal? StartService(DateTimeOffset at, string by, string reason) =>
        Status == ContractStatus.Delivered ? Change(ContractStatus.Active, at, by, reason) : ContractRefusal.WrongStatus;

    /// <summary>
    /// Records the customer's written non-renewal notice (004 §4-3, through the partner; 002 §12-1). The day the vendor
    /// received it decides the last term: in time, the current one; late, the next one (the contract renews once more).
    /// </summary>
    /// <param name="notice">The notice and its dates.</param>
    /// <param name="today">Today (Tokyo).</param>
    /// <param name="at">When it is recorded.</param>
    /// <param name="by">Who records it.</param>
    /// <param name="calendars">The calendars with the vendor's closures (a rolled-back deadline respects them); the seeds' when null.</param>
    public ContractRefusal? RecordNonRenewal(NonRenewalNotice notice, DateOnly today, DateTimeOffset at, string by, BusinessCalendarSet? calendars = null)
    {
        ArgumentNullException.ThrowIfNull(notice);
        if (NonRenewalNoticeOn is not null)
        {
            return ContractRefusal.NoticeAlreadyRecorded;
        }

        if (Status is not (ContractStatus.Delivered or ContractStatus.Active) || !Policy().AutoRenews)
        {
            return ContractRefusal.WrongStatus;
        }

        if (notice.VendorReceivedOn > today)
        {
            return ContractRefusal.DateInFuture;
        }

        if (notice.ReceivedByPartnerOn > notice.ForwardedOn || notice.ForwardedOn > notice.VendorReceivedOn || notice.ReceivedByPartnerOn < OrderedOn)
        {
            return ContractRefusal.DateOutOfOrder;
        }

        NonRenewalNoticeOn = notice.VendorReceivedOn;
        NonRenewalReceivedByPartnerOn = notice.ReceivedByPartnerOn;
        NonRenewalForwardedOn = notice.ForwardedOn;
        NonRenewalLetterId = notice.LetterId;
        var last = Timeline(calendars ?? BusinessCalendarSet.SeedsOnly)!.LastTerm!;
        Record(ContractEventKind.NonRenewalRecorded, at, by, $"term {last.Number} ends {last.End:yyyy-MM-dd}");
        return Change(ContractStatus.Ending, at, by, null);
    }

    /// <summary>Withdraws a recorded non-renewal notice, up to the cancel-by date of the term it ends (audited, with a reason).</summary>
    /// <param name="today">Today (Tokyo).</param>
    /// <param name="at">When it is withdrawn.</param>
    /// <param name="by">Who withdraws it.</param>
    /// <param name="reason">Why (required).</param>
    /// <param name="calendars">The calendars with the vendor's closures (a rolled-back deadline respects them); the seeds' when null.</param>
    public ContractRefusal? WithdrawNonRenewal(DateOnly today, DateTimeOffset at, string by, string reason, BusinessCalendarSet? calendars = null)
    {
        if (NonRenewalNoticeOn is null)
        {
            return ContractRefusal.NoNoticeRecorded;
        }

        if (Status != ContractStatus.Ending || EarlyEndCause is not null)
        {
            return ContractRefusal.WrongStatus;
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return ContractRefusal.ReasonRequired;
        }

        if (today > Timeline(calendars ?? BusinessCalendarSet.SeedsOnly)!.LastTerm!.CancelBy)
        {
            return ContractRefusal.DeadlinePassed;
        }

        NonRenewalNoticeOn = NonRenewalReceivedByPartnerOn = NonRenewalForwardedOn = null;
        NonRenewalLetterId = null;
        Record(ContractEventKind.NonRenewalWithdrawn, at, by, reason.Trim());
        return Change(_events.Any(e => e.Status == ContractStatus.Active) ? ContractStatus.Active : ContractStatus.Delivered, at, by, null);
    }

    /// <summary>
    /// Rolls the contract into its next term once the current one has ended and the terms renew it (004 §4-3: 自動的に
    /// 1年間延長; 002 §12-2). Refused when the term has not ended (nothing to do) or the contract ends instead.
    /// </summary>
    public ContractRefusal? Renew(DateOnly today, DateTimeOffset at, string by)
    {
        if (!IsInService)
        {
            return ContractRefusal.WrongStatus;
        }

        var timeline = TermBoundaries();
        TrackLegacyTerm(timeline);
        if (CurrentTermEndsOn >= today)
        {
            return ContractRefusal.NothingDue;
        }

        if (timeline.ServiceEnd is { } end && end <= CurrentTermEndsOn || !timeline.Policy.AutoRenews)
        {
            return ContractRefusal.WrongStatus;
        }

        var next = timeline.Term(CurrentTerm + 1);
        TrackTerm(next);
        Record(ContractEventKind.Renewed, at, by, $"term {next.Number}: {next.Start:yyyy-MM-dd} – {next.End:yyyy-MM-dd}");
        return null;
    }

    /// <summary>
    /// Ends the service after its last day: at the end of the last term (status Ended; 004 §4-4) or on an early end's
    /// last day (status Terminated). Refused before that day has passed.
    /// </summary>
    public ContractRefusal? End(DateOnly today, DateTimeOffset at, string by)
    {
        if (!IsInService)
        {
            return ContractRefusal.WrongStatus;
        }

        var timeline = TermBoundaries();
        if (timeline.ServiceEnd is not { } lastDay || lastDay >= today)
        {
            return ContractRefusal.NothingDue;
        }

        ServiceEndedOn = lastDay;
        bool early = EarlyEndOn is { } earlyEnd && earlyEnd == lastDay && timeline.LastTerm?.End != lastDay;
        return Change(early ? ContractStatus.Terminated : ContractStatus.Ended, at, by, $"last day {lastDay:yyyy-MM-dd}");
    }

    /// <summary>
    /// What the daily renewal run does for one contract: every renewal that is due, then the end if its last day has
    /// passed. Running it again the same day changes nothing.
    /// </summary>
    public ContractRollover RollForward(DateOnly today, DateTimeOffset at, string by)
    {
        int renewals = 0;
        while (Renew(today, at, by) is null)
        {
            renewals++;
        }

        bool ended = End(today, at, by) is null;
        return new ContractRollover(renewals, ended);
    }

    /// <summary>
    /// Schedules the end of service on <paramref name="lastDay"/>, before its term's end: the customer's early termination
    /// (004 §4-5; 002 §12-1 needs two months' notice), the vendor's termination for breach (004 §16) or fault, a
    /// cancellation after a terms change (004 §21-2), or the vendor's abolition of the service (004 §15-2: two months'
    /// notice; 002 §11-1: four). Penalties and refunds follow from the cause (<see cref="ContractTimeline.EarlyTermination"/>).
    /// </summary>
    /// <param name="lastDay">The last day of service.</param>
    /// <param name="cause">Why the service ends early.</param>
    /// <param name="requestedOn">When the request or notice was given.</param>
    /// <param name="reason">Why (required).</param>
    /// <param name="today">Today (Tokyo).</param>
    /// <param name="at">When it is recorded.</param>
    /// <param name="by">Who records it.</param>
    /// <param name="calendars">The calendars with the vendor's closures (a rolled-back notice deadline respects them); the seeds' when null.</param>
    public ContractRefusal? ScheduleEnd(DateOnly lastDay, TerminationCause cause, DateOnly requestedOn, string reason, DateOnly today, DateTimeOffset at, string by,
        BusinessCalendarSet? calendars = null) =>
        cause == TerminationCause.TermsChange
            ? ContractRefusal.TermsChangeNoticeRequired
            : ScheduleEndFor(lastDay, cause, requestedOn, reason, today, at, by, null, calendars ?? BusinessCalendarSet.SeedsOnly);

    /// <summary>
    /// Schedules the end of service on <paramref name="lastDay"/> because the customer cancels after the terms change
    /// <paramref name="basis"/> announced (004 §21-2): no penalty, the unexpired part refunded by the plan's rule
    /// (<see cref="ContractTimeline.EarlyTermination"/>). Refused when the customer asked (<paramref name="requestedOn"/>)
    /// outside the window the terms give (<see cref="ContractTimeline.TermsChangeCancellation"/>): the ordinary rules then
    /// apply (004 §4-5). Whether the notice concerns this contract is the caller's to check (the notice's recipients).
    /// </summary>
    public ContractRefusal? CancelAfterTermsChange(TermsChangeBasis basis, DateOnly lastDay, DateOnly requestedOn, string reason, DateOnly today,
        DateTimeOffset at, string by, BusinessCalendarSet? calendars = null)
    {
        ArgumentNullException.ThrowIfNull(basis);
        calendars ??= BusinessCalendarSet.SeedsOnly;
        if (!IsInService || EarlyEndCause is not null || Timeline(calendars) is not { } timeline)
        {
            return ContractRefusal.WrongStatus;
        }

        if (!timeline.TermsChangeCancellation(basis.NotifiedOn, basis.EffectiveOn).ClosingAfter(basis.StoodUntil).Contains(requestedOn))
        {
            return ContractRefusal.OutsideTermsChangeWindow;
        }

        return ScheduleEndFor(lastDay, TerminationCause.TermsChange, requestedOn, reason, today, at, by, basis, calendars);
    }

    private ContractRefusal? ScheduleEndFor(DateOnly lastDay, TerminationCause cause, DateOnly requestedOn, string reason, DateOnly today, DateTimeOffset at,
        string by, TermsChangeBasis? basis, BusinessCalendarSet calendars)
    {
        if (!IsInService || EarlyEndCause is not null)
        {
            return ContractRefusal.WrongStatus;
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return ContractRefusal.ReasonRequired;
        }

        if (requestedOn > today)
        {
            return ContractRefusal.DateInFuture;
        }

        var timeline = Timeline(calendars)!;
        if (lastDay < today || lastDay < timeline.ServiceStart || requestedOn < OrderedOn)
        {
            return ContractRefusal.EndDateTooEarly;
        }

        if (timeline.ServiceEnd is { } scheduled && lastDay >= scheduled)
        {
            return ContractRefusal.EndDateAfterScheduledEnd;
        }

        bool noticeGiven = cause switch
        {
            TerminationCause.CustomerConvenience => timeline.LatestMidTermCancellationNotice(lastDay) is not { } latest || requestedOn <= latest,
            TerminationCause.ServiceDiscontinued => timeline.EarliestVendorTermination(requestedOn) <= lastDay.AddDays(1),
            _ => true,
        };
        if (!noticeGiven)
        {
            return ContractRefusal.NoticeTooShort;
        }

        EarlyEndOn = lastDay;
        EarlyEndCause = cause;
        EarlyEndRequestedOn = requestedOn;
        EarlyEndReason = reason.Trim();
        EarlyEndNoticeId = basis?.NoticeId;
        var basisNote = basis is null ? string.Empty : $" (terms change notified {basis.NotifiedOn:yyyy-MM-dd}, effective {basis.EffectiveOn:yyyy-MM-dd})";
        Record(ContractEventKind.EndScheduled, at, by, $"{cause}: last day {lastDay:yyyy-MM-dd}. {EarlyEndReason}{basisNote}");
        return Status == ContractStatus.Ending ? null : Change(ContractStatus.Ending, at, by, null);
    }

    /// <summary>Cancels an order before delivery: no term started, so nothing is owed (the reason is recorded).</summary>
    public ContractRefusal? CancelBeforeDelivery(DateTimeOffset at, string by, string reason)
    {
        if (Status is not (ContractStatus.Ordered or ContractStatus.ParameterSheet or ContractStatus.Kitting or ContractStatus.Shipped))
        {
            return ContractRefusal.WrongStatus;
        }

        return string.IsNullOrWhiteSpace(reason) ? ContractRefusal.ReasonRequired : Change(ContractStatus.Cancelled, at, by, reason.Trim());
    }

    /// <summary>
    /// Recalculates the term dates of a contract delivered before the first-day rule (民法 §140) under that rule,
    /// when vendor operations decide to (dates are never changed silently).
    /// </summary>
    public ContractRefusal? AdoptCurrentTermRule(DateTimeOffset at, string by, BusinessCalendarSet? calendars = null)
    {
        if (TermsFollowCurrentRule || !IsInService)
        {
            return ContractRefusal.WrongStatus;
        }

        var before = Timeline(calendars ?? BusinessCalendarSet.SeedsOnly)!;
        TrackLegacyTerm(before);
        var policy = before.Policy;
        ServiceStartOn = ContractTimeline.StartFor(policy, policy.TermStart == TermStartRule.DeliveryCompletion ? DeliveryCompletedOn!.Value : OrderedOn);
        TrackTerm(TermBoundaries().Term(CurrentTerm));
        Record(ContractEventKind.TermRuleAdopted, at, by, $"start {before.ServiceStart:yyyy-MM-dd} → {ServiceStartOn:yyyy-MM-dd}");
        return null;
    }

    /// <summary>
    /// The contract's terms under its plan's rules, once delivery has completed; null before. A contract delivered
    /// before the first-day rule keeps its stored start (the delivery day). Every business-day deadline (cancel-by
    /// business day, reminders, roll-back, 002's start before it is stored) is on <paramref name="calendars"/>, the
    /// calendars with the vendor's closures (from <see cref="IBusinessCalendarSource"/>).
    /// </summary>
    public ContractTimeline? Timeline(BusinessCalendarSet calendars)
    {
        ArgumentNullException.ThrowIfNull(calendars);
        if (DeliveryCompletedOn is not { } delivered)
        {
            return null;
        }

        var policy = Policy(calendars);
        var start = ServiceStartOn
            ?? (policy.TermStart == TermStartRule.DeliveryCompletion ? delivered : ContractTimeline.StartFor(policy, OrderedOn));
        return new ContractTimeline(policy, start, NonRenewalNoticeOn, EarlyEndOn);
    }

    // Term starts and ends are stored or counted in calendar days, so tracking them needs no business calendar.
    private ContractTimeline TermBoundaries() => Timeline(BusinessCalendarSet.SeedsOnly)!;

    private void TrackTerm(ContractTerm term)
    {
        CurrentTerm = term.Number;
        CurrentTermEndsOn = term.End;
    }

    // Contracts delivered before terms were tracked start from their first term; the run then renews them one by one.
    private void TrackLegacyTerm(ContractTimeline timeline)
    {
        if (CurrentTerm == 0)
        {
            TrackTerm(timeline.Term(1));
        }
    }

    private ContractRefusal? Change(ContractStatus next, DateTimeOffset at, string by, string? note)
    {
        Status = next;
        Record(ContractEventKind.StatusChanged, at, by, note);
        return null;
    }

    private void Record(ContractEventKind kind, DateTimeOffset at, string by, string? note) =>
        _events.Add(new ContractEvent(Guid.NewGuid(), Id, PartnerId, Status, at, by, note) { Kind = kind });

    private sealed record ResolvedPolicy(string PlanCode, PlanPolicySettings? Settings, ServicePlanPolicy Policy);
}

/// <summary>One entry of a contract's history: what happened (<see cref="Kind"/>), the status after it, when, who and why.</summary>
public sealed record ContractEvent(Guid Id, Guid ContractId, Guid PartnerId, ContractStatus Status, DateTimeOffset At, string By, string? Note) : IPartnerOwned
{
    /// <summary>What the entry records.</summary>
    public ContractEventKind Kind { get; init; }
}

/// <summary>A customer's written non-renewal notice as the partner records it (004 §4-3).</summary>
/// <param name="ReceivedByPartnerOn">Day the partner received the customer's letter.</param>
/// <param name="ForwardedOn">Day the partner forwarded it to the vendor.</param>
/// <param name="VendorReceivedOn">Day it reached the vendor: decides whether it is in time.</param>
/// <param name="LetterId">The stored scan of the letter, if any.</param>
public sealed record NonRenewalNotice(DateOnly ReceivedByPartnerOn, DateOnly ForwardedOn, DateOnly VendorReceivedOn, Guid? LetterId);

/// <summary>What the renewal run did to one contract.</summary>
/// <param name="Renewals">Terms the contract rolled into.</param>
/// <param name="Ended">Whether the service ended.</param>
public sealed record ContractRollover(int Renewals, bool Ended)
{
    /// <summary>Whether anything changed.</summary>
    public bool Changed => Renewals > 0 || Ended;
}
