using System.Linq.Expressions;
using PartnerHub.Domain.Attachments;
using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Common;
using PartnerHub.Domain.Devices.Alerts;

namespace PartnerHub.Domain.Escalations;

/// <summary>
/// One customer inquiry from the first line to the second line (004 別紙3): opened by the partner after checking the
/// caller, interviewed with the hearing sheet, answered by phone at the first line or escalated with the sheet to the
/// desk, worked, reported and closed. Every change is appended to <see cref="Events"/>; changes are refused (false, or
/// null) when the status does not allow them or <c>at</c> is earlier than the last event, so the history stays in time
/// order and the SLA clock can be derived from it.
/// <para>
/// The desk's first answer (一次回答, 別紙3 §2-4-①) is the first of: an explicit <see cref="RecordFirstAnswer"/> (the desk
/// phoned, mailed or met the customer), or the first <see cref="Report"/>. A note to the partner is not an answer to the
/// customer and does not count. Once set it never moves.
/// </para>
/// </summary>
public sealed class SupportCase : IPartnerOwned, IVersioned
{
    private readonly List<HearingAnswer> _hearingAnswers = [];
    private readonly List<CaseNote> _notes = [];
    private readonly List<CaseAttachment> _attachments = [];
    private readonly List<CustomerRequest> _customerRequests = [];
    private readonly List<CaseReport> _reports = [];
    private readonly List<SupportCaseEvent> _events = [];

    /// <summary>Opens a case at the first line after the caller was checked.</summary>
    /// <param name="id">Identifier.</param>
    /// <param name="number">Case number, given by the caller (e.g. E-20261122-0001).</param>
    /// <param name="partnerId">The partner whose customer asks.</param>
    /// <param name="customerId">The customer.</param>
    /// <param name="subject">Short subject.</param>
    /// <param name="caller">The identity check of the caller (004 別紙3 §2-3).</param>
    /// <param name="callerPolicy">Whether an unregistered caller may proceed; kept with the case.</param>
    /// <param name="openedAt">When the inquiry was received.</param>
    /// <param name="openedBy">Partner user.</param>
    /// <param name="threatClass">The threat class the inquiry is about, when known.</param>
    /// <param name="applianceSerial">The appliance, when opened from a device.</param>
    /// <param name="alertEventId">The alert, when opened from one.</param>
    /// <param name="openingSnapshot">
    /// Device health and related alerts at opening, as an opaque text or JSON made by the caller, so the desk sees what
    /// the partner saw even after the alert list has moved on.
    /// </param>
    public SupportCase(Guid id, string number, Guid partnerId, Guid customerId, string subject, CallerVerification caller,
        UnregisteredCallerPolicy callerPolicy, DateTimeOffset openedAt, string openedBy, ThreatClass? threatClass = null,
        string? applianceSerial = null, Guid? alertEventId = null, string? openingSnapshot = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(number);
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentException.ThrowIfNullOrWhiteSpace(openedBy);
        Id = id;
        Number = number;
        PartnerId = partnerId;
        CustomerId = customerId;
        Subject = subject;
        Caller = caller;
        CallerPolicy = callerPolicy;
        OpenedAt = openedAt;
        OpenedBy = openedBy;
        ThreatClass = threatClass;
        ApplianceSerial = applianceSerial;
        AlertEventId = alertEventId;
        OpeningSnapshot = openingSnapshot;
        Status = SupportCaseStatus.Open;
        Append(SupportCaseEventKind.Opened, openedAt, openedBy, caller.Status == CallerVerificationStatus.Verified ? null : "unregistered caller");
    }

    private SupportCase()
    {
        Number = Subject = OpenedBy = string.Empty;
        Caller = null!;
    }

    /// <summary>Identifier.</summary>
    public Guid Id { get; private set; }

    /// <summary>Case number.</summary>
    public string Number { get; private set; }

    /// <inheritdoc />
    public Guid PartnerId { get; private set; }

    /// <summary>The customer (利用者).</summary>
    public Guid CustomerId { get; private set; }

    /// <summary>Short subject.</summary>
    public string Subject { get; private set; }

    /// <summary>The threat class asked about, when known.</summary>
    public ThreatClass? ThreatClass { get; private set; }

    /// <summary>The appliance, when opened from a device.</summary>
    public string? ApplianceSerial { get; private set; }

    /// <summary>The alert, when opened from one.</summary>
    public Guid? AlertEventId { get; private set; }

    /// <summary>Device health and related alerts at opening (opaque text or JSON).</summary>
    public string? OpeningSnapshot { get; private set; }

    /// <summary>When the inquiry was received.</summary>
    public DateTimeOffset OpenedAt { get; private set; }

    /// <summary>Partner user who opened it.</summary>
    public string OpenedBy { get; private set; }

    /// <summary>The identity check of the caller.</summary>
    public CallerVerification Caller { get; private set; }

    /// <summary>The policy for unregistered callers in force when the case was opened.</summary>
    public UnregisteredCallerPolicy CallerPolicy { get; private set; }

    /// <summary>True when the caller is not the registered contact (shown as a flag).</summary>
    public bool IsCallerFlagged => Caller.Status == CallerVerificationStatus.Unregistered;

    /// <summary>Whether the inquiry may be answered or escalated at all.</summary>
    public bool CanProceed => Caller.CanProceed(CallerPolicy);

    /// <summary>The hearing-sheet template version answered; null until filled.</summary>
    public Guid? HearingTemplateId { get; private set; }

    /// <summary>Its version number.</summary>
    public int? HearingTemplateVersion { get; private set; }

    /// <summary>The sheet's answers, in question order.</summary>
    public IReadOnlyList<HearingAnswer> HearingAnswers => _hearingAnswers;

    /// <summary>Sharing condition of the hearing sheet (written by the partner, shared with the desk).</summary>
    public TlpMarking HearingSheetMarking { get; private set; } = TlpMarking.Amber;

    /// <summary>Whether the hearing sheet has been filled.</summary>
    public bool HasHearingSheet => HearingTemplateId is not null && _hearingAnswers.Count > 0;

    /// <summary>Status.</summary>
    public SupportCaseStatus Status { get; private set; }

    /// <summary>The first line's phone answer, when closed there.</summary>
    public string? PartnerAnswer { get; private set; }

    /// <summary>When it was first escalated: the SLA clock starts here.</summary>
    public DateTimeOffset? EscalatedAt { get; private set; }

    /// <summary>Desk user in charge.</summary>
    public string? AssignedTo { get; private set; }

    /// <summary>The desk's first answer to the customer (see the rule on the type).</summary>
    public DateTimeOffset? FirstAnsweredAt { get; private set; }

    /// <summary>
    /// The first-answer due time (<see cref="FirstAnswerSla.Due"/>) as of the latest change, kept on the case so that a
    /// list can ask "breached?" in SQL: breached when unanswered past it, or answered after it. Null before escalation and
    /// while the clock is paused with time left. Set only by <see cref="StampFirstAnswerDue"/>.
    /// </summary>
    public DateTimeOffset? FirstAnswerDueAt { get; private set; }

    /// <summary>How the first answer was given.</summary>
    public AnswerChannel? FirstAnswerChannel { get; private set; }

    /// <summary>When it was closed.</summary>
    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>All notes, oldest first; show them through <see cref="VisibleNotes"/>.</summary>
    public IReadOnlyList<CaseNote> Notes => _notes;

    /// <summary>All attachments, oldest first; show them through <see cref="VisibleAttachments"/>.</summary>
    public IReadOnlyList<CaseAttachment> Attachments => _attachments;

    /// <summary>Requests to the customer, oldest first.</summary>
    public IReadOnlyList<CustomerRequest> CustomerRequests => _customerRequests;

    /// <summary>Reports to the customer, oldest first.</summary>
    public IReadOnlyList<CaseReport> Reports => _reports;

    /// <summary>History, oldest first.</summary>
    public IReadOnlyList<SupportCaseEvent> Events => _events;

    /// <inheritdoc />
    public Guid Version { get; set; }

    /// <summary>Whether the desk has the case (escalated and not closed).</summary>
    public bool IsAtDesk => Status is SupportCaseStatus.Escalated or SupportCaseStatus.InProgress or SupportCaseStatus.WaitingForCustomer
        or SupportCaseStatus.WaitingForPartner or SupportCaseStatus.Reported;

    private DateTimeOffset LastEventAt => _events[^1].At;

    /// <summary>
    /// The transition table:
    /// <code>
    /// Open               → AnsweredByPartner, Escalated, Closed (withdrawn, or a refused caller)
    /// AnsweredByPartner  → Escalated (the phone answer proved insufficient, 別紙3 §1-2-③)
    /// Escalated          → InProgress, Closed
    /// InProgress         → WaitingForCustomer, WaitingForPartner, Reported, Closed
    /// WaitingForCustomer → InProgress, Closed
    /// WaitingForPartner  → InProgress, Closed
    /// Reported           → InProgress (follow-up), Closed
    /// Closed             → nothing
    /// </code>
    /// Closing anything but a reported case needs a reason (see <see cref="Close"/>).
    /// </summary>
    public bool CanMoveTo(SupportCaseStatus next) => (Status, next) switch
    {
        (SupportCaseStatus.Open, SupportCaseStatus.AnsweredByPartner) => true,
        (SupportCaseStatus.Open or SupportCaseStatus.AnsweredByPartner, SupportCaseStatus.Escalated) => true,
        (SupportCaseStatus.Escalated, SupportCaseStatus.InProgress) => true,
        (SupportCaseStatus.InProgress, SupportCaseStatus.WaitingForCustomer or SupportCaseStatus.WaitingForPartner or SupportCaseStatus.Reported) => true,
        (SupportCaseStatus.WaitingForCustomer or SupportCaseStatus.WaitingForPartner or SupportCaseStatus.Reported, SupportCaseStatus.InProgress) => true,
        (SupportCaseStatus.Open or SupportCaseStatus.Escalated or SupportCaseStatus.InProgress or SupportCaseStatus.WaitingForCustomer
            or SupportCaseStatus.WaitingForPartner or SupportCaseStatus.Reported, SupportCaseStatus.Closed) => true,
        _ => false,
    };

    /// <summary>
    /// Fills (or refills) the hearing sheet against <paramref name="template"/>; allowed until the case closes, so the
    /// desk can complete it after its own interview. Returns the answer errors; nothing is stored unless it is empty.
    /// </summary>
    public IReadOnlyList<HearingAnswerError> FillHearingSheet(HearingSheetTemplate template, IReadOnlyDictionary<string, string?> answers,
        TlpMarking marking, DateTimeOffset at, string by)
    {
        ArgumentNullException.ThrowIfNull(template);
        var errors = HearingSheetAnswers.Validate(template, answers);
        if (errors.Count > 0 || !IsChangeAllowed(at) || Status is SupportCaseStatus.Closed or SupportCaseStatus.AnsweredByPartner)
        {
            return errors;
        }

        HearingTemplateId = template.Id;
        HearingTemplateVersion = template.VersionNumber;
        HearingSheetMarking = marking;
        _hearingAnswers.Clear();
        _hearingAnswers.AddRange(HearingSheetAnswers.Normalise(template, answers));
        Append(SupportCaseEventKind.HearingSheetFilled, at, by, null);
        return errors;
    }

    /// <summary>
    /// Erases the hearing answers once the retention after the customer's service ended has passed (001 §16); the case,
    /// its dates and its history stay as the record of the support given. Returns how many answers were erased.
    /// </summary>
    public int EraseHearingAnswers(DateTimeOffset at, string by)
    {
        int erased = _hearingAnswers.Count;
        if (erased > 0)
        {
            _hearingAnswers.Clear();
            Append(SupportCaseEventKind.CustomerDataErased, at, by, null);
        }

        return erased;
    }

    /// <summary>The answer to <paramref name="questionKey"/>, or null.</summary>
    public string? HearingAnswer(string questionKey) =>
        _hearingAnswers.Find(a => string.Equals(a.QuestionKey, questionKey, StringComparison.Ordinal))?.Value;

    /// <summary>Whether <paramref name="viewer"/> may see the hearing sheet (partner-written, shared with the desk).</summary>
    public bool IsHearingSheetVisibleTo(TlpAudience viewer) =>
        TlpPolicy.Allows(TlpAction.View, HearingSheetMarking, NoteVisibility.SharedWithPartner, TlpAudience.OwningPartner, viewer);

    /// <summary>The first line answered by phone and closes the case there (004 別紙3 §1-2-②).</summary>
    public bool AnswerByPhone(string answer, DateTimeOffset at, string by)
    {
        if (string.IsNullOrWhiteSpace(answer) || !CanProceed || !Move(SupportCaseStatus.AnsweredByPartner, SupportCaseEventKind.AnsweredByPartner, at, by, null))
        {
            return false;
        }

        PartnerAnswer = answer;
        return true;
    }

    /// <summary>
    /// Escalates to the desk, sharing the hearing sheet (004 別紙3 §1-2-③): refused without a filled sheet or when the
    /// caller may not proceed. The first escalation starts the SLA clock.
    /// </summary>
    public bool Escalate(DateTimeOffset at, string by)
    {
        if (!HasHearingSheet || !CanProceed || !Move(SupportCaseStatus.Escalated, SupportCaseEventKind.Escalated, at, by, null))
        {
            return false;
        }

        EscalatedAt ??= at;
        return true;
    }

    /// <summary>Puts <paramref name="deskUser"/> in charge; any time the desk has the case. The status does not change.</summary>
    public bool Assign(string deskUser, DateTimeOffset at, string by)
    {
        if (string.IsNullOrWhiteSpace(deskUser) || !IsAtDesk || !IsChangeAllowed(at)
            || string.Equals(deskUser, AssignedTo, StringComparison.Ordinal))
        {
            return false;
        }

        AssignedTo = deskUser;
        Append(SupportCaseEventKind.Assigned, at, by, deskUser);
        return true;
    }

    /// <summary>The desk starts working the escalation (004 別紙3 §1-3-①).</summary>
    public bool StartWork(DateTimeOffset at, string by) => Move(SupportCaseStatus.InProgress, SupportCaseEventKind.WorkStarted, at, by, null);

    /// <summary>Waits for the customer; the SLA clock pauses. Needs a reason, which the partner sees in the history.</summary>
    public bool WaitForCustomer(string reason, DateTimeOffset at, string by) =>
        !string.IsNullOrWhiteSpace(reason) && Move(SupportCaseStatus.WaitingForCustomer, SupportCaseEventKind.WaitingForCustomer, at, by, reason);

    /// <summary>Waits for the partner; the SLA clock keeps running. Needs a reason, which the partner sees in the history.</summary>
    public bool WaitForPartner(string reason, DateTimeOffset at, string by) =>
        !string.IsNullOrWhiteSpace(reason) && Move(SupportCaseStatus.WaitingForPartner, SupportCaseEventKind.WaitingForPartner, at, by, reason);

    /// <summary>Back to work after waiting, or after a report when the customer follows up.</summary>
    public bool Resume(DateTimeOffset at, string by) =>
        Status is SupportCaseStatus.WaitingForCustomer or SupportCaseStatus.WaitingForPartner or SupportCaseStatus.Reported
        && Move(SupportCaseStatus.InProgress, SupportCaseEventKind.Resumed, at, by, null);

    /// <summary>
    /// Records the desk's first answer to the customer; refused when one is already recorded, before escalation, or
    /// while the desk does not have the case.
    /// </summary>
    public bool RecordFirstAnswer(DateTimeOffset at, AnswerChannel channel, string by)
    {
        if (FirstAnsweredAt is not null || !IsAtDesk || !IsChangeAllowed(at))
        {
            return false;
        }

        FirstAnsweredAt = at;
        FirstAnswerChannel = channel;
        Append(SupportCaseEventKind.FirstAnswer, at, by, channel.ToString());
        return true;
    }

    /// <summary>
    /// Reports to the customer (004 別紙3 §1-3-④): the report must be complete and marked so that the customer may see
    /// it (AMBER or wider). The first report is also the first answer when none was recorded.
    /// </summary>
    public bool Report(IncidentReport report, TlpMarking marking, DateTimeOffset at, string by)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (!report.IsComplete
            || !TlpPolicy.Allows(TlpAction.View, marking, NoteVisibility.SharedWithPartner, TlpAudience.SecondLineDesk, TlpAudience.Customer)
            || !Move(SupportCaseStatus.Reported, SupportCaseEventKind.Reported, at, by, report.Channel.ToString()))
        {
            return false;
        }

        _reports.Add(new CaseReport(Guid.NewGuid(), Id, PartnerId, report, marking, at, by));
        if (FirstAnsweredAt is null)
        {
            FirstAnsweredAt = at;
            FirstAnswerChannel = report.Channel;
        }

        return true;
    }

    /// <summary>Closes the case; a reason is required unless it was reported.</summary>
    public bool Close(DateTimeOffset at, string by, string? reason = null)
    {
        if (Status != SupportCaseStatus.Reported && string.IsNullOrWhiteSpace(reason))
        {
            return false;
        }

        if (!Move(SupportCaseStatus.Closed, SupportCaseEventKind.Closed, at, by, reason))
        {
            return false;
        }

        ClosedAt = at;
        return true;
    }

    /// <summary>A note by the partner; always shared with the desk. Null when refused (blank, or closed case).</summary>
    public CaseNote? AddPartnerNote(string text, TlpMarking marking, DateTimeOffset at, string by) =>
        AddNote(text, CaseSide.Partner, NoteVisibility.SharedWithPartner, marking, at, by);

    /// <summary>A note by the desk, desk-only or shared with the partner. Null when refused (blank, or the desk does not have the case).</summary>
    public CaseNote? AddDeskNote(string text, NoteVisibility visibility, TlpMarking marking, DateTimeOffset at, string by) =>
        IsAtDesk ? AddNote(text, CaseSide.Desk, visibility, marking, at, by) : null;

    /// <summary>The notes <paramref name="audience"/> may see, oldest first.</summary>
    public IReadOnlyList<CaseNote> VisibleNotes(TlpAudience audience) => [.. _notes.Where(n => n.IsVisibleTo(audience))];

    /// <summary>
    /// Attaches an uploaded file after checking it against <paramref name="rules"/>. Returns the problem, or null when
    /// attached (it is then the last of <see cref="Attachments"/>, its scan pending).
    /// </summary>
    /// <exception cref="ArgumentException">A partner upload marked <see cref="NoteVisibility.Internal"/>: the partner side has no desk-only items.</exception>
    public AttachmentProblem? Attach(AttachmentUpload upload, CaseSide side, NoteVisibility visibility, TlpMarking marking, DateTimeOffset at, string by,
        AttachmentRules? rules = null)
    {
        ArgumentNullException.ThrowIfNull(upload);
        if (side == CaseSide.Partner && visibility == NoteVisibility.Internal)
        {
            throw new ArgumentException("Partner uploads are always shared with the desk.", nameof(visibility));
        }

        if (!IsChangeAllowed(at) || Status == SupportCaseStatus.Closed || (side == CaseSide.Desk && !IsAtDesk))
        {
            return AttachmentProblem.NotAllowedNow;
        }

        if (((rules ?? AttachmentRules.Default).Check(upload) ?? AttachmentQuota(upload.SizeBytes, rules)) is { } problem)
        {
            return problem;
        }

        var attachment = new CaseAttachment(Guid.NewGuid(), Id, PartnerId, upload, visibility, marking, side, at, by);
        _attachments.Add(attachment);
        Append(SupportCaseEventKind.AttachmentAdded, at, by, attachment.Id.ToString());
        return null;
    }

    /// <summary>
    /// Changes the marking of a note or attachment <paramref name="viewer"/> can see. Stricter (towards RED) is open to anyone
    /// who may see the item; wider only to its originator, or to someone else with a <paramref name="reason"/>, which the
    /// history records next to the change so the originator sees who widened it and why.
    /// </summary>
    public MarkingRefusal? ChangeMarking(Guid itemId, TlpMarking to, TlpAudience viewer, DateTimeOffset at, string by, string? reason)
    {
        if (Status == SupportCaseStatus.Closed || !IsChangeAllowed(at))
        {
            return MarkingRefusal.NotAllowedNow;
        }

        var note = _notes.Find(n => n.Id == itemId && n.IsVisibleTo(viewer));
        var attachment = note is null ? _attachments.Find(a => a.Id == itemId && a.IsVisibleTo(viewer)) : null;
        if (note is null && attachment is null)
        {
            return MarkingRefusal.NotFound;
        }

        var from = note?.Marking ?? attachment!.Marking;
        string originator = note?.Author ?? attachment!.UploadedBy;
        if (from == to)
        {
            return MarkingRefusal.Unchanged;
        }

        // The enum runs from RED (0, narrowest) to CLEAR (widest).
        bool wider = to > from;
        if (wider && !string.Equals(originator, by, StringComparison.OrdinalIgnoreCase) && string.IsNullOrWhiteSpace(reason))
        {
            return MarkingRefusal.ReasonRequired;
        }

        note?.Remark(to);
        attachment?.Remark(to);
        string detail = $"{itemId} {TlpPolicy.Label(from)} → {TlpPolicy.Label(to)}" + (string.IsNullOrWhiteSpace(reason) ? string.Empty : " " + reason.Trim());
        Append(SupportCaseEventKind.MarkingChanged, at, by, detail);
        return null;
    }

    /// <summary>Whether one more file of <paramref name="size"/> bytes fits this case's quota; null when it does.</summary>
    public AttachmentProblem? AttachmentQuota(long size, AttachmentRules? rules = null) =>
        (rules ?? AttachmentRules.Default).CheckQuota(_attachments.Count, _attachments.Sum(a => a.SizeBytes), size);

    /// <summary>Records a malware-scan result; false for an unknown attachment or a result that changes nothing.</summary>
    public bool RecordScan(Guid attachmentId, ScanStatus result, DateTimeOffset at, string by)
    {
        var attachment = _attachments.Find(a => a.Id == attachmentId);
        if (attachment is null || !IsChangeAllowed(at) || !attachment.RecordScan(result))
        {
            return false;
        }

        Append(SupportCaseEventKind.AttachmentScanned, at, by, attachmentId + " " + result);
        return true;
    }

    /// <summary>The attachments <paramref name="audience"/> may see (metadata; download needs <see cref="StoredAttachment.IsDownloadable"/>).</summary>
    public IReadOnlyList<CaseAttachment> VisibleAttachments(TlpAudience audience) => [.. _attachments.Where(a => a.IsVisibleTo(audience))];

    /// <summary>The reports <paramref name="audience"/> may see.</summary>
    public IReadOnlyList<CaseReport> VisibleReports(TlpAudience audience) =>
        [.. _reports.Where(r => TlpPolicy.Allows(TlpAction.View, r.Marking, NoteVisibility.SharedWithPartner, TlpAudience.SecondLineDesk, audience))];

    /// <summary>
    /// Asks the customer for configuration details, logs or the like (004 別紙3 §1-3-②) while the desk works the case.
    /// Does not change the status: call <see cref="WaitForCustomer"/> to pause the clock. Null when refused.
    /// </summary>
    public CustomerRequest? RequestFromCustomer(CustomerRequestKind kind, string description, DateTimeOffset at, string by)
    {
        if (string.IsNullOrWhiteSpace(description) || !IsChangeAllowed(at)
            || Status is not (SupportCaseStatus.InProgress or SupportCaseStatus.WaitingForCustomer or SupportCaseStatus.WaitingForPartner))
        {
            return null;
        }

        var request = new CustomerRequest(Guid.NewGuid(), Id, PartnerId, kind, description, at, by);
        _customerRequests.Add(request);
        Append(SupportCaseEventKind.CustomerRequested, at, by, kind.ToString());
        return request;
    }

    /// <summary>Marks a request as fulfilled.</summary>
    public bool FulfilCustomerRequest(Guid requestId, DateTimeOffset at, string by)
    {
        var request = _customerRequests.Find(r => r.Id == requestId);
        if (request is null || !IsChangeAllowed(at) || !request.Fulfil(at))
        {
            return false;
        }

        Append(SupportCaseEventKind.CustomerRequestFulfilled, at, by, request.Kind.ToString());
        return true;
    }

    /// <summary>
    /// The spans spent in <see cref="SupportCaseStatus.WaitingForCustomer"/>, from the history; one still running ends
    /// at <see cref="DateTimeOffset.MaxValue"/>. These are the SLA clock's pauses.
    /// </summary>
    public IReadOnlyList<TimeInterval> WaitingForCustomerIntervals()
    {
        var result = new List<TimeInterval>();
        DateTimeOffset? start = null;
        foreach (var e in _events)
        {
            if (e.Status == SupportCaseStatus.WaitingForCustomer)
            {
                start ??= e.At;
            }
            else if (start is { } s)
            {
                result.Add(new TimeInterval(s, e.At));
                start = null;
            }
        }

        if (start is { } open)
        {
            result.Add(new TimeInterval(open, DateTimeOffset.MaxValue));
        }

        return result;
    }

    /// <summary>The desk's first-answer clock at <paramref name="now"/>; null before escalation.</summary>
    public FirstAnswerSla? EvaluateSla(SlaClock clock, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return EscalatedAt is { } escalated ? clock.Evaluate(escalated, WaitingForCustomerIntervals(), FirstAnsweredAt, now) : null;
    }

    /// <summary>
    /// The cases <see cref="EvaluateSla"/> calls <see cref="SlaState.Breached"/> at <paramref name="now"/>, as a predicate on
    /// stored columns that a database can evaluate: unanswered past <see cref="FirstAnswerDueAt"/>, or answered after it.
    /// Holds for cases stamped since their last change (<see cref="StampFirstAnswerDue"/>) and <paramref name="now"/> not
    /// before that change.
    /// </summary>
    public static Expression<Func<SupportCase, bool>> BreachedAt(DateTimeOffset now) =>
        c => c.FirstAnswerDueAt != null && (c.FirstAnsweredAt == null ? c.FirstAnswerDueAt < now : c.FirstAnsweredAt > c.FirstAnswerDueAt);

    /// <summary>
    /// Stamps <see cref="FirstAnswerDueAt"/> from <paramref name="clock"/> as of the case's latest change. The calendar is
    /// the vendor's (stored adjustments), so whoever changes a case stamps it before saving. True when the stored time changed.
    /// </summary>
    public bool StampFirstAnswerDue(SlaClock clock)
    {
        var sla = EvaluateSla(clock, LastEventAt);
        // While paused with time left, the due time moves on with the clock and no instant can pass it: nothing to store.
        DateTimeOffset? due = sla is null || (sla.State == SlaState.Paused && sla.Due > LastEventAt) ? null : sla.Due;
        if (due == FirstAnswerDueAt)
        {
            return false;
        }

        FirstAnswerDueAt = due;
        return true;
    }

    private CaseNote? AddNote(string text, CaseSide side, NoteVisibility visibility, TlpMarking marking, DateTimeOffset at, string by)
    {
        if (string.IsNullOrWhiteSpace(text) || Status == SupportCaseStatus.Closed || !IsChangeAllowed(at))
        {
            return null;
        }

        var note = new CaseNote(Guid.NewGuid(), Id, PartnerId, by, side, text, visibility, marking, at);
        _notes.Add(note);
        Append(SupportCaseEventKind.NoteAdded, at, by, note.Id.ToString());
        return note;
    }

    private bool Move(SupportCaseStatus next, SupportCaseEventKind kind, DateTimeOffset at, string by, string? detail)
    {
        if (!CanMoveTo(next) || !IsChangeAllowed(at))
        {
            return false;
        }

        Status = next;
        Append(kind, at, by, detail);
        return true;
    }

    private bool IsChangeAllowed(DateTimeOffset at) => at >= LastEventAt;

    private void Append(SupportCaseEventKind kind, DateTimeOffset at, string by, string? detail) =>
        _events.Add(new SupportCaseEvent(Guid.NewGuid(), Id, PartnerId, kind, Status, at, by, detail));
}
