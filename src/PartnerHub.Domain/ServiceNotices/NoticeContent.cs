namespace PartnerHub.Domain.ServiceNotices;

/// <summary>What vendor operations write for a notice, before it is checked and published.</summary>
/// <param name="Type">What it announces.</param>
/// <param name="TitleJa">Title in Japanese (required).</param>
/// <param name="TitleEn">Title in English (optional; the Japanese one is used when missing).</param>
/// <param name="BodyJa">Body in Japanese (required).</param>
/// <param name="BodyEn">Body in English (optional).</param>
/// <param name="EffectiveFrom">The day it takes effect (the first day of a stop, the new terms or no service).</param>
/// <param name="EffectiveUntil">The last day of a period (maintenance, suspension); null for a single date.</param>
/// <param name="Reason">Why (004 §14-2 ①停止する理由; required for maintenance and suspension).</param>
/// <param name="RecipientAction">What recipients must do, if anything.</param>
/// <param name="NewTerms">The new terms (004 §21-1-2; required for a terms change).</param>
/// <param name="EmergencyReason">Why it could not be announced in time (004 §14-2 緊急でやむを得ない場合); shown on the notice.</param>
/// <param name="FeesDuringSuspension">What remains payable during a suspension (004 §14-3: 停止期間中の利用料金); null when not stated.</param>
/// <param name="Ground">The ground of a stop (004 §14-1 (1)–(5)); required for a suspension, maintenance is ground (1) when not given.</param>
public sealed record NoticeContent(
    ServiceNoticeType Type, string TitleJa, string? TitleEn, string BodyJa, string? BodyEn, DateOnly EffectiveFrom, DateOnly? EffectiveUntil,
    string? Reason, string? RecipientAction, string? NewTerms, string? EmergencyReason, string? FeesDuringSuspension, SuspensionGround? Ground = null)
{
    /// <summary>Whether the notice stops the service for a time (004 §14).</summary>
    public bool StopsService => ServiceNotice.Stops(Type);
}

/// <summary>Why a notice is refused.</summary>
public enum NoticeRefusalReason
{
    /// <summary>No Japanese title.</summary>
    TitleMissing,

    /// <summary>No Japanese body.</summary>
    BodyMissing,

    /// <summary>A stop without its reason (004 §14-2 ①).</summary>
    ReasonMissing,

    /// <summary>A suspension without its ground (004 §14-1 (1)–(5)).</summary>
    GroundMissing,

    /// <summary>A terms change without the new terms (004 §21-1-2).</summary>
    NewTermsMissing,

    /// <summary>A text is longer than the channels carry (<see cref="ServiceNotice.MaxBodyLength"/>, <see cref="ServiceNotice.MaxTextLength"/>).</summary>
    TextTooLong,

    /// <summary>The period ends before it starts.</summary>
    PeriodInvalid,

    /// <summary>The targeting names nothing.</summary>
    TargetingIncomplete,

    /// <summary>The targeting resolves to no customer.</summary>
    NoRecipients,

    /// <summary>Emergency maintenance without its recorded reason (004 §14-2).</summary>
    EmergencyReasonMissing,

    /// <summary>A targeted plan's minimum notice period is not met (see the shortfalls).</summary>
    TooLate,

    /// <summary>Withdrawing a notice already withdrawn.</summary>
    AlreadyWithdrawn,

    /// <summary>Withdrawing or correcting a notice a correction already replaced (the correction is the one to change).</summary>
    AlreadySuperseded,

    /// <summary>A withdrawal without its reason.</summary>
    WithdrawalReasonMissing,

    /// <summary>Correcting a withdrawn notice.</summary>
    CorrectingWithdrawn,

    /// <summary>A correction of another type than the notice it corrects (that is a new notice).</summary>
    CorrectionChangesType,
}

/// <summary>A refused notice: why, and for <see cref="NoticeRefusalReason.TooLate"/> which plans and from when.</summary>
public sealed record NoticeRefusal(NoticeRefusalReason Reason, IReadOnlyList<LeadTimeShortfall> Shortfalls)
{
    public static NoticeRefusal Because(NoticeRefusalReason reason) => new(reason, []);
}
