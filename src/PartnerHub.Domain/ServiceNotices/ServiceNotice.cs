namespace PartnerHub.Domain.ServiceNotices;

/// <summary>
/// A notice from the vendor to partners and customers: maintenance, suspension (004 §14), a terms change (004 §21), the
/// end of the service (004 §15) or anything else. Published only through <see cref="Publish"/>, which checks the
/// content the terms require and each targeted plan's minimum notice period; once published its content never changes.
/// The vendor's own record: partners read the notices that concern their customers (see <see cref="ServiceNoticePartner"/>).
/// </summary>
public sealed class ServiceNotice
{
    private ServiceNotice(Guid id, NoticeContent content, NoticeTargeting targeting, DateTimeOffset publishedAt, DateOnly publishedOn, string publishedBy,
        int customerCount, int partnerCount, bool publishedAsEmergency, ServiceNotice? corrects = null, bool wordingOnly = false)
    {
        CorrectsId = corrects?.Id;
        OriginalNoticeDate = wordingOnly ? corrects?.NoticeDate : null;
        Id = id;
        Type = content.Type;
        TitleJa = content.TitleJa.Trim();
        TitleEn = Blank(content.TitleEn);
        BodyJa = content.BodyJa.Trim();
        BodyEn = Blank(content.BodyEn);
        EffectiveFrom = content.EffectiveFrom;
        EffectiveUntil = content.EffectiveUntil;
        Reason = Blank(content.Reason);
        RecipientAction = Blank(content.RecipientAction);
        NewTerms = Blank(content.NewTerms);
        EmergencyReason = Blank(content.EmergencyReason);
        FeesDuringSuspension = Blank(content.FeesDuringSuspension);
        Ground = content.StopsService ? content.Ground ?? SuspensionGround.MaintenanceOrWorks : null;
        TargetKind = targeting.Kind;
        TargetValues = targeting.StoredValues;
        TargetPartners = targeting.StoredPartners;
        PublishedAt = publishedAt;
        PublishedOn = publishedOn;
        PublishedBy = publishedBy;
        CustomerCount = customerCount;
        PartnerCount = partnerCount;
        PublishedAsEmergency = publishedAsEmergency;
    }

    private ServiceNotice()
    {
        TitleJa = BodyJa = PublishedBy = TargetValues = TargetPartners = string.Empty;
    }

    public Guid Id { get; private set; }

    public ServiceNoticeType Type { get; private set; }

    public string TitleJa { get; private set; }

    public string? TitleEn { get; private set; }

    public string BodyJa { get; private set; }

    public string? BodyEn { get; private set; }

    public DateOnly EffectiveFrom { get; private set; }

    public DateOnly? EffectiveUntil { get; private set; }

    /// <summary>004 §14-2 ①: why the service stops.</summary>
    public string? Reason { get; private set; }

    public string? RecipientAction { get; private set; }

    /// <summary>004 §21-1-2: the new terms.</summary>
    public string? NewTerms { get; private set; }

    /// <summary>Why it went out without the full notice period (004 §14-2), shown on the notice.</summary>
    public string? EmergencyReason { get; private set; }

    /// <summary>004 §14-3: what remains payable during the suspension.</summary>
    public string? FeesDuringSuspension { get; private set; }

    /// <summary>The ground of a stop (004 §14-1 (1)–(5)); maintenance is ground (1); null for notices that stop nothing.</summary>
    public SuspensionGround? Ground { get; private set; }

    /// <summary>Whether the notice stops the service for a time (004 §14): its fees stay due (<see cref="SuspensionFees"/>).</summary>
    public bool StopsService => Stops(Type);

    /// <summary>Whether a notice of <paramref name="type"/> stops the service for a time (004 §14: maintenance, suspension).</summary>
    public static bool Stops(ServiceNoticeType type) =>
        type is ServiceNoticeType.PlannedMaintenance or ServiceNoticeType.EmergencyMaintenance or ServiceNoticeType.Suspension;

    /// <summary>Whether a plan's minimum notice period was not met and the emergency reason let it go out.</summary>
    public bool PublishedAsEmergency { get; private set; }

    public TargetKind TargetKind { get; private set; }

    /// <summary>The targeting's values, one a line.</summary>
    public string TargetValues { get; private set; }

    /// <summary>The partners the targeting was narrowed to, one a line; empty when not narrowed.</summary>
    public string TargetPartners { get; private set; }

    /// <summary>When it was posted: the board's deemed delivery (001 §21-1).</summary>
    public DateTimeOffset PublishedAt { get; private set; }

    /// <summary>The Tokyo date of <see cref="PublishedAt"/>: the notice date the lead times count from.</summary>
    public DateOnly PublishedOn { get; private set; }

    public string PublishedBy { get; private set; }

    public int CustomerCount { get; private set; }

    public int PartnerCount { get; private set; }

    /// <summary>The targeting as published.</summary>
    public NoticeTargeting Targeting => NoticeTargeting.FromStored(TargetKind, TargetValues, TargetPartners);

    /// <summary>The notice this one corrects (it went to the same recipients); null for a notice of its own.</summary>
    public Guid? CorrectsId { get; private set; }

    /// <summary>
    /// For a correction that only fixes wording (<see cref="FixesOnlyWording"/>): the notice date of the notice it corrects,
    /// from which its lead times and a terms change's cancellation window still count (ADR-006).
    /// </summary>
    public DateOnly? OriginalNoticeDate { get; private set; }

    /// <summary>The notice date lead times and a terms change's cancellation window count from (ADR-006).</summary>
    public DateOnly NoticeDate => OriginalNoticeDate ?? PublishedOn;

    /// <summary>When vendor operations withdrew it; null while it stands.</summary>
    public DateTimeOffset? WithdrawnAt { get; private set; }

    /// <summary>The Tokyo date of <see cref="WithdrawnAt"/>: the last day a terms change's window stays open (ADR-006).</summary>
    public DateOnly? WithdrawnOn { get; private set; }

    public string? WithdrawnBy { get; private set; }

    /// <summary>Why it was withdrawn, shown on the notice and in the withdrawal e-mail.</summary>
    public string? WithdrawalReason { get; private set; }

    /// <summary>The correction that replaced it; null unless superseded.</summary>
    public Guid? SupersededById { get; private set; }

    public DateTimeOffset? SupersededAt { get; private set; }

    /// <summary>The Tokyo date of <see cref="SupersededAt"/>: from the next day its recipients go by the correction (ADR-006).</summary>
    public DateOnly? SupersededOn { get; private set; }

    /// <summary>Where it stands: in force, withdrawn, or replaced by a correction.</summary>
    public NoticeStanding Standing => WithdrawnAt is not null ? NoticeStanding.Withdrawn
        : SupersededById is not null ? NoticeStanding.Superseded
        : NoticeStanding.InForce;

    /// <summary>The last day it stood, when withdrawn or superseded: a terms change's window closes after it (ADR-006).</summary>
    public DateOnly? StoodUntil => WithdrawnOn ?? SupersededOn;

    /// <summary>
    /// Whether a letter may be posted while the notice stands as <paramref name="standing"/>: the notice's own letters only while
    /// it is in force (a withdrawn or corrected notice's letters stay unposted), its withdrawal letters once it is withdrawn (ADR-006).
    /// </summary>
    public static bool LetterPostable(NoticeStanding standing, bool withdrawalLetter) =>
        withdrawalLetter ? standing == NoticeStanding.Withdrawn : standing == NoticeStanding.InForce;

    /// <summary>Why <paramref name="letter"/> may not be posted (<see cref="LetterPostable"/>); null when it may.</summary>
    public LetterRecordError? LetterPostingRefusal(ServiceNoticeDelivery letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        return LetterPostable(Standing, letter.Withdrawal) ? null : LetterRecordError.NoticeNotInForce;
    }

    /// <summary>The first day <paramref name="letter"/> may have been posted: the withdrawal day for a withdrawal letter, else the publication day.</summary>
    public DateOnly LetterIssuedOn(ServiceNoticeDelivery letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        return letter.Withdrawal && WithdrawnOn is { } withdrawnOn ? withdrawnOn : PublishedOn;
    }

    /// <summary>The longest method of another delivery (e.g. "FAX（03-1234-5678）").</summary>
    public const int MaxOtherMethodLength = 100;

    /// <summary>The longest addressee of another delivery (whom it reached: a person, a department, a FAX number).</summary>
    public const int MaxOtherAddresseeLength = 400;

    /// <summary>
    /// Records that the notice reached <paramref name="recipient"/> by another method vendor operations chose (001 §21-4: その他、
    /// 当社が適切と判断する方法), written freely (<paramref name="method"/>: 手渡し, FAX, 電話で読み上げ…) with whom it reached
    /// (<paramref name="addressee"/>), delivered at the time the notice names (<paramref name="namedTime"/>). This is how a notice
    /// whose letter came back undelivered still reaches the customer (001 §21-3). Refused while the notice is not in force, for a
    /// customer it was not published to, without a method or an addressee, or for a time before it was published.
    /// </summary>
    public (ServiceNoticeDelivery? Delivery, OtherDeliveryError? Error) RecordOtherMethod(Guid id, ServiceNoticeRecipient? recipient, string? method,
        string? addressee, string language, DateTimeOffset namedTime, DateTimeOffset at, string by)
    {
        OtherDeliveryError? error = this switch
        {
            { Standing: not NoticeStanding.InForce } => OtherDeliveryError.NoticeNotInForce,
            _ when recipient is null || recipient.NoticeId != Id => OtherDeliveryError.NotARecipient,
            _ when Blank(method) is null => OtherDeliveryError.MethodMissing,
            _ when Blank(addressee) is null => OtherDeliveryError.AddressMissing,
            _ when method!.Trim().Length > MaxOtherMethodLength || addressee!.Trim().Length > MaxOtherAddresseeLength => OtherDeliveryError.TooLong,
            _ when namedTime < PublishedAt => OtherDeliveryError.BeforePublished,
            _ => null,
        };
        return error is null
            ? (ServiceNoticeDelivery.ByOtherMethod(id, recipient!, Blank(method)!, Blank(addressee)!, language, namedTime, at, by), null)
            : (null, error);
    }

    /// <summary>
    /// Records that the withdrawal reached whom the notice had reached by another method (<paramref name="followUp"/>, listed when
    /// the notice was withdrawn: <see cref="ServiceNoticeDelivery.WithdrawalByOtherMethod"/>), by <paramref name="method"/> to
    /// <paramref name="addressee"/> (as done: the planned method and addressee may change), delivered at the time the withdrawal
    /// names (001 §21-4). Refused unless the notice is withdrawn, for a follow-up already recorded or of another notice, without a
    /// method or an addressee, or for a time before the withdrawal.
    /// </summary>
    public OtherDeliveryError? RecordWithdrawalByOtherMethod(ServiceNoticeDelivery? followUp, string? method, string? addressee, DateTimeOffset namedTime,
        string by)
    {
        OtherDeliveryError? error = this switch
        {
            { Standing: not NoticeStanding.Withdrawn } => OtherDeliveryError.NoticeNotWithdrawn,
            _ when followUp is null || followUp.NoticeId != Id || !followUp.AwaitsWithdrawalByOtherMethod => OtherDeliveryError.NotAFollowUp,
            _ when Blank(method) is null => OtherDeliveryError.MethodMissing,
            _ when Blank(addressee) is null => OtherDeliveryError.AddressMissing,
            _ when method!.Trim().Length > MaxOtherMethodLength || addressee!.Trim().Length > MaxOtherAddresseeLength => OtherDeliveryError.TooLong,
            _ when namedTime < WithdrawnAt => OtherDeliveryError.BeforeWithdrawn,
            _ => null,
        };
        if (error is null)
        {
            followUp!.RecordDoneByOtherMethod(Blank(method)!, Blank(addressee)!, namedTime, by);
        }

        return error;
    }

    /// <summary>Whether partners are still asked to acknowledge it (a withdrawn or replaced notice asks nothing of them).</summary>
    public bool AwaitsAcknowledgement => Standing == NoticeStanding.InForce;

    /// <summary>
    /// Withdraws the notice with <paramref name="reason"/>: it stays on the board marked withdrawn, nothing more of it is sent,
    /// and a terms change's cancellation window closes after <paramref name="withdrawnOn"/> (ADR-006). Refused when already
    /// withdrawn, when a correction replaced it (withdraw the correction), or without a reason.
    /// </summary>
    public NoticeRefusal? Withdraw(string? reason, DateTimeOffset at, DateOnly withdrawnOn, string by)
    {
        NoticeRefusalReason? refused = this switch
        {
            { Standing: NoticeStanding.Withdrawn } => NoticeRefusalReason.AlreadyWithdrawn,
            { Standing: NoticeStanding.Superseded } => NoticeRefusalReason.AlreadySuperseded,
            _ when Blank(reason) is null => NoticeRefusalReason.WithdrawalReasonMissing,
            _ when reason!.Trim().Length > MaxTextLength => NoticeRefusalReason.TextTooLong,
            _ => null,
        };
        if (refused is { } because)
        {
            return NoticeRefusal.Because(because);
        }

        WithdrawnAt = at;
        WithdrawnOn = withdrawnOn;
        WithdrawnBy = by;
        WithdrawalReason = Blank(reason);
        return null;
    }

    /// <summary>
    /// Whether <paramref name="content"/> changes only the wording of this notice: the same type, period, ground and new terms
    /// (the facts that carry its effect), so its recipients lose none of the notice time they had (ADR-006).
    /// </summary>
    public bool FixesOnlyWording(NoticeContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var ground = Stops(content.Type) ? content.Ground ?? SuspensionGround.MaintenanceOrWorks : (SuspensionGround?)null;
        return content.Type == Type && content.EffectiveFrom == EffectiveFrom && content.EffectiveUntil == EffectiveUntil && ground == Ground
            && string.Equals(Blank(content.NewTerms), NewTerms, StringComparison.Ordinal);
    }

    /// <summary>
    /// Publishes <paramref name="content"/> as a correction of <paramref name="original"/> to the same recipients (its
    /// targeting, <paramref name="customerCount"/> customers of <paramref name="partnerCount"/> partners) and marks the
    /// original superseded. The content is checked as on <see cref="Publish"/>; the lead times count from the original's
    /// notice date when the correction only fixes wording (<see cref="FixesOnlyWording"/>), otherwise from the correction's
    /// own publication (ADR-006). Refused for a withdrawn notice, one already corrected (correct the correction), or another type.
    /// </summary>
    public static (ServiceNotice? Notice, NoticeRefusal? Refusal) PublishCorrection(
        ServiceNotice original, Guid id, NoticeContent content, IReadOnlyCollection<string> targetedPlans, int customerCount, int partnerCount,
        DateTimeOffset publishedAt, DateOnly publishedOn, string publishedBy)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(content);
        NoticeRefusalReason? refused = original switch
        {
            { Standing: NoticeStanding.Withdrawn } => NoticeRefusalReason.CorrectingWithdrawn,
            { Standing: NoticeStanding.Superseded } => NoticeRefusalReason.AlreadySuperseded,
            _ when content.Type != original.Type => NoticeRefusalReason.CorrectionChangesType,
            _ => null,
        };
        if (refused is { } because)
        {
            return (null, NoticeRefusal.Because(because));
        }

        var wordingOnly = original.FixesOnlyWording(content);
        var (correction, refusal) = Create(id, content, original.Targeting, targetedPlans, customerCount, partnerCount, publishedAt, publishedOn, publishedBy,
            wordingOnly ? original.NoticeDate : publishedOn, original, wordingOnly);
        if (correction is not null)
        {
            original.SupersededById = correction.Id;
            original.SupersededAt = publishedAt;
            original.SupersededOn = publishedOn;
        }

        return (correction, refusal);
    }

    /// <summary>
    /// Publishes <paramref name="content"/> to the customers <paramref name="targeting"/> resolved to, whose plans are
    /// <paramref name="targetedPlans"/>, on <paramref name="publishedOn"/>. Refused when the content lacks what the terms
    /// require (004 §14-2 the reason of a stop; 004 §21-1 the new terms and effective date of a change), when nobody is
    /// targeted, or when any targeted plan's minimum notice period is not met (<see cref="NoticeLeadTime"/>). A stop
    /// (planned maintenance, suspension) that is too late still goes out when an emergency reason is recorded (004 §14-2:
    /// 緊急でやむを得ない場合を除き); a terms change or the end of the service never does (004 §21-1, §15-2 give no exception).
    /// Emergency maintenance always carries its emergency reason and has no minimum.
    /// </summary>
    public static (ServiceNotice? Notice, NoticeRefusal? Refusal) Publish(
        Guid id, NoticeContent content, NoticeTargeting targeting, IReadOnlyCollection<string> targetedPlans, int customerCount, int partnerCount,
        DateTimeOffset publishedAt, DateOnly publishedOn, string publishedBy)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(targeting);
        return Create(id, content, targeting, targetedPlans, customerCount, partnerCount, publishedAt, publishedOn, publishedBy, publishedOn, null, false);
    }

    // Publishes a notice of its own or a correction; the lead times count from noticeDate.
    private static (ServiceNotice? Notice, NoticeRefusal? Refusal) Create(
        Guid id, NoticeContent content, NoticeTargeting targeting, IReadOnlyCollection<string> targetedPlans, int customerCount, int partnerCount,
        DateTimeOffset publishedAt, DateOnly publishedOn, string publishedBy, DateOnly noticeDate, ServiceNotice? corrects, bool wordingOnly)
    {
        ArgumentNullException.ThrowIfNull(targetedPlans);
        if (Check(content, targeting, customerCount) is { } refusal)
        {
            return (null, refusal);
        }

        var shortfalls = content.Type == ServiceNoticeType.EmergencyMaintenance
            ? []
            : NoticeLeadTime.Shortfalls(content.Type, targetedPlans, noticeDate, content.EffectiveFrom);
        var emergency = shortfalls.Count > 0;
        var withoutPolicy = shortfalls.Any(s => s.EarliestEffectiveDate == DateOnly.MaxValue);
        if (emergency && (withoutPolicy || !shortfalls.All(s => NoticeLeadTime.EmergencyMayShorten(content.Type, s.PlanCode)) || Blank(content.EmergencyReason) is null))
        {
            return (null, new NoticeRefusal(NoticeRefusalReason.TooLate, shortfalls));
        }

        return (new ServiceNotice(id, content, targeting, publishedAt, publishedOn, publishedBy, customerCount, partnerCount, emergency, corrects, wordingOnly), null);
    }

    /// <summary>
    /// Whether a notice of <paramref name="type"/> may go out late with a recorded emergency reason under some plan's terms
    /// (004 §14-2 stops, §21-1 terms change; 000 §23-2 end of service): the composer then asks for the reason. Publishing
    /// checks each plan that the notice is late for (<see cref="NoticeLeadTime.EmergencyMayShorten"/>).
    /// </summary>
    public static bool CanGoOutAsEmergency(ServiceNoticeType type) => type switch
    {
        ServiceNoticeType.PlannedMaintenance or ServiceNoticeType.Suspension => true,
        ServiceNoticeType.TermsChange or ServiceNoticeType.Abolition => Pricing.ServicePlan.All.Any(p => NoticeLeadTime.EmergencyMayShorten(type, p.Code)),
        _ => false,
    };

    /// <summary>The content checks, without the lead time: null when the content and targeting are complete.</summary>
    public static NoticeRefusal? Check(NoticeContent content, NoticeTargeting targeting, int customerCount)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(targeting);
        NoticeRefusalReason? reason = content switch
        {
            _ when Blank(content.TitleJa) is null => NoticeRefusalReason.TitleMissing,
            _ when Blank(content.BodyJa) is null => NoticeRefusalReason.BodyMissing,
            _ when TooLong(content) => NoticeRefusalReason.TextTooLong,
            { EffectiveUntil: { } until } when until < content.EffectiveFrom => NoticeRefusalReason.PeriodInvalid,
            { StopsService: true } when Blank(content.Reason) is null => NoticeRefusalReason.ReasonMissing,
            { Type: ServiceNoticeType.Suspension, Ground: null } => NoticeRefusalReason.GroundMissing,
            { Ground: { } ground } when !Enum.IsDefined(ground) => NoticeRefusalReason.GroundMissing,
            { Type: ServiceNoticeType.TermsChange } when Blank(content.NewTerms) is null => NoticeRefusalReason.NewTermsMissing,
            { Type: ServiceNoticeType.EmergencyMaintenance } when Blank(content.EmergencyReason) is null => NoticeRefusalReason.EmergencyReasonMissing,
            _ when !targeting.IsComplete => NoticeRefusalReason.TargetingIncomplete,
            _ when customerCount == 0 => NoticeRefusalReason.NoRecipients,
            _ => null,
        };
        return reason is { } refused ? NoticeRefusal.Because(refused) : null;
    }

    /// <summary>The title in <paramref name="language"/> ("ja" or "en"), the Japanese one when there is no English one.</summary>
    public string TitleIn(string language) => language == "en" && TitleEn is { } en ? en : TitleJa;

    /// <summary>The body in <paramref name="language"/>, the Japanese one when there is no English one.</summary>
    public string BodyIn(string language) => language == "en" && BodyEn is { } en ? en : BodyJa;

    /// <summary>The longest title.</summary>
    public const int MaxTitleLength = 200;

    /// <summary>The longest body or new terms: with the frame, every channel's text fits one e-mail.</summary>
    public const int MaxBodyLength = 3000;

    /// <summary>The longest reason, action or fee statement.</summary>
    public const int MaxTextLength = 1000;

    private static bool TooLong(NoticeContent c) =>
        c.TitleJa.Length > MaxTitleLength || c.TitleEn?.Length > MaxTitleLength || c.BodyJa.Length > MaxBodyLength || c.BodyEn?.Length > MaxBodyLength
        || c.NewTerms?.Length > MaxBodyLength || new[] { c.Reason, c.RecipientAction, c.EmergencyReason, c.FeesDuringSuspension }.Any(t => t?.Length > MaxTextLength);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>Where a published notice stands.</summary>
public enum NoticeStanding
{
    /// <summary>Published and standing.</summary>
    InForce,

    /// <summary>Withdrawn by vendor operations: shown marked withdrawn, nothing more of it is sent.</summary>
    Withdrawn,

    /// <summary>Replaced by a correction sent to the same recipients.</summary>
    Superseded,
}
