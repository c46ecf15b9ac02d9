using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Common;

namespace PartnerHub.Domain.ServiceNotices;

/// <summary>
/// A partner concerned by a notice (it has targeted customers): the notice appears on its board, and its acknowledgement
/// tells the vendor it has seen it. A partner sees only its own row.
/// </summary>
public sealed class ServiceNoticePartner : IPartnerOwned
{
    public ServiceNoticePartner(Guid id, Guid noticeId, Guid partnerId, string partnerName, int customerCount)
    {
        Id = id;
        NoticeId = noticeId;
        PartnerId = partnerId;
        PartnerName = partnerName;
        CustomerCount = customerCount;
    }

    private ServiceNoticePartner()
    {
        PartnerName = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid NoticeId { get; private set; }

    /// <inheritdoc />
    public Guid PartnerId { get; private set; }

    public string PartnerName { get; private set; }

    public int CustomerCount { get; private set; }

    public DateTimeOffset? AcknowledgedAt { get; private set; }

    public string? AcknowledgedBy { get; private set; }

    /// <summary>Records that the partner has read the notice; the first acknowledgement stands.</summary>
    /// <returns>False when it was already acknowledged.</returns>
    public bool Acknowledge(DateTimeOffset at, string by)
    {
        if (AcknowledgedAt is not null)
        {
            return false;
        }

        AcknowledgedAt = at;
        AcknowledgedBy = by;
        return true;
    }
}

/// <summary>A customer a notice was published to, with the plans that set its lead time.</summary>
public sealed class ServiceNoticeRecipient : IPartnerOwned
{
    public ServiceNoticeRecipient(Guid id, Guid noticeId, Guid partnerId, Guid customerId, string customerName, string planCodes)
    {
        Id = id;
        NoticeId = noticeId;
        PartnerId = partnerId;
        CustomerId = customerId;
        CustomerName = customerName;
        PlanCodes = planCodes;
    }

    private ServiceNoticeRecipient()
    {
        CustomerName = PlanCodes = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid NoticeId { get; private set; }

    /// <inheritdoc />
    public Guid PartnerId { get; private set; }

    public Guid CustomerId { get; private set; }

    public string CustomerName { get; private set; }

    /// <summary>The customer's plans when published, comma-separated.</summary>
    public string PlanCodes { get; private set; }
}

/// <summary>Who a delivery went to.</summary>
public enum DeliveryAudience
{
    /// <summary>The partner (its board, its staff's e-mail).</summary>
    Partner,

    /// <summary>A customer (its notification addresses, its letter).</summary>
    Customer,
}

/// <summary>
/// One delivery of a notice to one recipient on one channel: the record of when and how the notice reached whom
/// (DOMAIN.md "Accounts and notices"). An e-mail's state (sent, failed, retried) is its outbox message's; a posting's
/// deemed delivery is fixed when published, a letter's once the day it was posted is recorded (<see cref="RecordLetterPosted"/>)
/// and by its plans' rule once it comes back (<see cref="LetterDelivery"/>), another method's at the time the notice names
/// (<see cref="ServiceNotice.RecordOtherMethod"/>; <see cref="DeemedDelivery"/>).
/// </summary>
public sealed class ServiceNoticeDelivery : IPartnerOwned
{
    public ServiceNoticeDelivery(Guid id, Guid noticeId, Guid partnerId, Guid? customerId, DeliveryAudience audience, NoticeChannel channel, string address,
        string language, Guid? outboundEmailId, DateTimeOffset queuedAt, DateTimeOffset? deemedDeliveredAt, bool withdrawal = false,
        LetterDeliveryRule letterDelivery = LetterDeliveryRule.ReachesAddress)
    {
        Withdrawal = withdrawal;
        LetterDelivery = letterDelivery;
        Id = id;
        NoticeId = noticeId;
        PartnerId = partnerId;
        CustomerId = customerId;
        Audience = audience;
        Channel = channel;
        Address = address;
        Language = language;
        OutboundEmailId = outboundEmailId;
        QueuedAt = queuedAt;
        DeemedDeliveredAt = deemedDeliveredAt;
    }

    private ServiceNoticeDelivery()
    {
        Address = Language = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid NoticeId { get; private set; }

    /// <inheritdoc />
    public Guid PartnerId { get; private set; }

    public Guid? CustomerId { get; private set; }

    public DeliveryAudience Audience { get; private set; }

    public NoticeChannel Channel { get; private set; }

    /// <summary>The e-mail address, the board's partner, the letter's postal address, or whom another method reached (a person, a FAX number).</summary>
    public string Address { get; private set; }

    /// <summary>"ja" or "en": the language it was composed in.</summary>
    public string Language { get; private set; }

    /// <summary>Whether it carries the withdrawal of the notice (to a recipient it was sent to) rather than the notice itself.</summary>
    public bool Withdrawal { get; private set; }

    /// <summary>A withdrawal letter's original: the notice's letter already posted to the same address (<see cref="WithdrawalLetter"/>).</summary>
    public Guid? WithdrawsLetterId { get; private set; }

    /// <summary>The outbox message of an e-mail.</summary>
    public Guid? OutboundEmailId { get; private set; }

    public DateTimeOffset QueuedAt { get; private set; }

    /// <summary>A posting's deemed delivery (when posted, 001 §21-1), or another method's (the time the notice names, 001 §21-4).</summary>
    public DateTimeOffset? DeemedDeliveredAt { get; private set; }

    /// <summary>How another method reached the recipient, as vendor operations wrote it (手渡し, FAX, 電話で読み上げ…); null on the other channels.</summary>
    public string? OtherMethod { get; private set; }

    /// <summary>The day a letter normally arrives after its recorded posting (001 §21-3; 003 §10-2); null until posted.</summary>
    public DateOnly? LetterArrivesOn { get; private set; }

    /// <summary>
    /// When the letter counts as delivered, from the policies of the recipient's contracts when the notice was published
    /// (<see cref="Contracts.Terms.ServicePlanPolicy.LetterDelivery"/>): whether a letter that comes back is undelivered (001 §21-3) or
    /// still delivered on its normal arrival (003 §10-2).
    /// </summary>
    public LetterDeliveryRule LetterDelivery { get; private set; }

    /// <summary>A letter's deemed delivery: its normal arrival day unless it came back under a rule that needs it to arrive (<see cref="DeemedDelivery"/>).</summary>
    public DateOnly? LetterDeemedDeliveredOn => DeemedDelivery.Letter(LetterArrivesOn, LetterReturnedOn, LetterDelivery);

    /// <summary>The day the letter was handed to the post, as vendor operations recorded it.</summary>
    public DateOnly? LetterPostedOn { get; private set; }

    /// <summary>The day a letter came back undelivered, if it did.</summary>
    public DateOnly? LetterReturnedOn { get; private set; }

    /// <summary>Who recorded the letter's posting or return last, or the delivery by another method.</summary>
    public string? RecordedBy { get; private set; }

    /// <summary>
    /// The letter telling this letter's addressee that the notice is withdrawn: the same partner, customer, postal address and
    /// language, referencing this letter (and so its posting day), itself a letter to post with its own posting day and deemed
    /// delivery (ADR-006). Null unless this is a letter of the notice already posted: one not posted is simply not posted.
    /// </summary>
    public ServiceNoticeDelivery? WithdrawalLetter(Guid id, DateTimeOffset at) =>
        this is { Channel: NoticeChannel.Letter, Withdrawal: false, LetterPostedOn: not null }
            ? new ServiceNoticeDelivery(id, NoticeId, PartnerId, CustomerId, Audience, NoticeChannel.Letter, Address, Language, null, at, null, withdrawal: true,
                letterDelivery: LetterDelivery)
            {
                WithdrawsLetterId = Id,
            }
            : null;

    /// <summary>
    /// The follow-up telling whom this delivery by another method reached (001 §21-4) that the notice is withdrawn: the same partner,
    /// customer, addressee and language, the method as planned (the one that reached them), not yet delivered — vendor operations
    /// record it when done (<see cref="ServiceNotice.RecordWithdrawalByOtherMethod"/>), as they recorded the notice. Null unless this
    /// is a delivery of the notice by another method: the hub cannot send a FAX or make a call, so it lists who still has to be told.
    /// </summary>
    public ServiceNoticeDelivery? WithdrawalByOtherMethod(Guid id, DateTimeOffset at) =>
        this is { Channel: NoticeChannel.Other, Withdrawal: false, OtherMethod: not null }
            ? new ServiceNoticeDelivery(id, NoticeId, PartnerId, CustomerId, Audience, NoticeChannel.Other, Address, Language, null, at, null, withdrawal: true)
            {
                OtherMethod = OtherMethod,
            }
            : null;

    /// <summary>Whether this is a withdrawal to tell by another method that is not yet recorded as done (<see cref="WithdrawalByOtherMethod"/>).</summary>
    public bool AwaitsWithdrawalByOtherMethod => Channel == NoticeChannel.Other && Withdrawal && DeemedDeliveredAt is null;

    // Fills in a follow-up by another method as vendor operations did it; checked by ServiceNotice.RecordWithdrawalByOtherMethod.
    internal void RecordDoneByOtherMethod(string method, string addressee, DateTimeOffset namedTime, string by)
    {
        OtherMethod = method;
        Address = addressee;
        DeemedDeliveredAt = DeemedDelivery.OtherMethod(namedTime);
        RecordedBy = by;
    }

    /// <summary>
    /// Records the day the letter was posted and fixes the day it normally reaches the address, its deemed delivery unless it
    /// comes back, <paramref name="transitBusinessDays"/> business days of <paramref name="calendar"/> later (001 §21-3; 003 §10-2;
    /// <see cref="DeemedDelivery.Letter(DateOnly, int, BusinessCalendar)"/>). Refused for another channel, a letter already posted, a day before the letter was
    /// issued (<paramref name="issuedOn"/>: the notice's publication, or its withdrawal for a withdrawal letter,
    /// <see cref="ServiceNotice.LetterIssuedOn"/>) or after <paramref name="today"/>.
    /// </summary>
    public LetterRecordError? RecordLetterPosted(DateOnly postedOn, DateOnly issuedOn, DateOnly today, int transitBusinessDays, BusinessCalendar calendar,
        string by)
    {
        LetterRecordError? error = this switch
        {
            { Channel: not NoticeChannel.Letter } => LetterRecordError.NotALetter,
            { LetterPostedOn: not null } => LetterRecordError.AlreadyPosted,
            _ when postedOn < issuedOn => Withdrawal ? LetterRecordError.BeforeWithdrawn : LetterRecordError.BeforePublished,
            _ when postedOn > today => LetterRecordError.InFuture,
            _ => null,
        };
        if (error is null)
        {
            LetterPostedOn = postedOn;
            LetterArrivesOn = DeemedDelivery.Letter(postedOn, transitBusinessDays, calendar);
            RecordedBy = by;
        }

        return error;
    }

    /// <summary>A delivery by another method (001 §21-4) to <paramref name="recipient"/>; checked by <see cref="ServiceNotice.RecordOtherMethod"/>.</summary>
    internal static ServiceNoticeDelivery ByOtherMethod(Guid id, ServiceNoticeRecipient recipient, string method, string addressee, string language,
        DateTimeOffset namedTime, DateTimeOffset at, string by) =>
        new(id, recipient.NoticeId, recipient.PartnerId, recipient.CustomerId, DeliveryAudience.Customer, NoticeChannel.Other, addressee, language, null, at,
            DeemedDelivery.OtherMethod(namedTime))
        {
            OtherMethod = method,
            RecordedBy = by,
        };

    /// <summary>
    /// Records that a posted letter came back undelivered on <paramref name="returnedOn"/>. Under a rule that needs the letter
    /// to reach the address (001 §21-3) the notice is then not delivered by it and has to reach the recipient another way
    /// (<see cref="ServiceNotice.RecordOtherMethod"/>); where a notice sent to the registered address counts as arrived when it
    /// would normally arrive (003 §10-2) its deemed delivery stays and the return is kept as evidence. Refused for another
    /// channel, a letter not posted or already returned, a day before its posting or after <paramref name="today"/>.
    /// </summary>
    public LetterRecordError? RecordLetterReturned(DateOnly returnedOn, DateOnly today, string by)
    {
        LetterRecordError? error = this switch
        {
            { Channel: not NoticeChannel.Letter } => LetterRecordError.NotALetter,
            { LetterPostedOn: null } => LetterRecordError.NotPosted,
            { LetterReturnedOn: not null } => LetterRecordError.AlreadyReturned,
            { LetterPostedOn: { } posted } when returnedOn < posted => LetterRecordError.ReturnedBeforePosted,
            _ when returnedOn > today => LetterRecordError.InFuture,
            _ => null,
        };
        if (error is null)
        {
            LetterReturnedOn = returnedOn;
            RecordedBy = by;
        }

        return error;
    }
}

/// <summary>Why a delivery by another method was not recorded.</summary>
public enum OtherDeliveryError
{
    /// <summary>No method written.</summary>
    MethodMissing,

    /// <summary>Nobody or nothing named as reached (a person, a FAX number…).</summary>
    AddressMissing,

    /// <summary>The method or the addressee is too long.</summary>
    TooLong,

    /// <summary>A time before the notice was published.</summary>
    BeforePublished,

    /// <summary>The notice was withdrawn or replaced by a correction: it is not delivered any more.</summary>
    NoticeNotInForce,

    /// <summary>The customer is not a recipient of the notice.</summary>
    NotARecipient,

    /// <summary>A withdrawal by another method for a notice that is not withdrawn.</summary>
    NoticeNotWithdrawn,

    /// <summary>Not a withdrawal still to tell by another method (already recorded, or not this notice's).</summary>
    NotAFollowUp,

    /// <summary>A time before the notice was withdrawn.</summary>
    BeforeWithdrawn,
}

/// <summary>Why a letter's posting or return was not recorded.</summary>
public enum LetterRecordError
{
    /// <summary>The delivery is not a letter.</summary>
    NotALetter,

    /// <summary>Its posting day is already recorded.</summary>
    AlreadyPosted,

    /// <summary>A posting day before the notice was published.</summary>
    BeforePublished,

    /// <summary>A day after today.</summary>
    InFuture,

    /// <summary>A return of a letter not yet posted.</summary>
    NotPosted,

    /// <summary>Its return is already recorded.</summary>
    AlreadyReturned,

    /// <summary>A return before the posting day.</summary>
    ReturnedBeforePosted,

    /// <summary>A posting of a letter whose notice was withdrawn or replaced by a correction: it is not to be posted.</summary>
    NoticeNotInForce,

    /// <summary>A withdrawal letter's posting day before the notice was withdrawn.</summary>
    BeforeWithdrawn,

    /// <summary>No letter was chosen.</summary>
    NoneChosen,
}
