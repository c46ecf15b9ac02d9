namespace PartnerHub.Domain.Contracts;

/// <summary>Why the contract refused a change; nothing changed.</summary>
public enum ContractRefusal
{
    /// <summary>The change does not follow from the contract's current status.</summary>
    WrongStatus,

    /// <summary>The change needs a reason (cancellations, terminations, withdrawals).</summary>
    ReasonRequired,

    /// <summary>A date precedes the order, the shipment or another date it must follow.</summary>
    DateOutOfOrder,

    /// <summary>A date of something that already happened lies in the future.</summary>
    DateInFuture,

    /// <summary>A non-renewal notice is already recorded.</summary>
    NoticeAlreadyRecorded,

    /// <summary>No non-renewal notice is recorded.</summary>
    NoNoticeRecorded,

    /// <summary>The notice's deadline has passed (a withdrawal after the cancel-by date, 004 §4-3).</summary>
    DeadlinePassed,

    /// <summary>The requested last day of service lies before today or the start of service.</summary>
    EndDateTooEarly,

    /// <summary>The requested last day of service lies after the day the service already ends.</summary>
    EndDateAfterScheduledEnd,

    /// <summary>The notice period the terms require before that last day has not been given (002 §12-1, 004 §15-2).</summary>
    NoticeTooShort,

    /// <summary>Nothing is due: the current term has not ended yet.</summary>
    NothingDue,

    /// <summary>A cancellation because of a terms change names no published terms-change notice (004 §21-2).</summary>
    TermsChangeNoticeRequired,

    /// <summary>The cancellation was asked for outside the terms-change cancellation window (004 §21-2; 002 §12-5).</summary>
    OutsideTermsChangeWindow,
}
