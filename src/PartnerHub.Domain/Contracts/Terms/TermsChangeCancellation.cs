namespace PartnerHub.Domain.Contracts.Terms;

/// <summary>
/// The published terms-change notice a cancellation rests on (004 §21-1/§21-2): which notice, the day it was notified (the
/// notice date the lead time counts from) and the day the new terms take effect.
/// </summary>
/// <param name="NoticeId">The service notice announcing the change.</param>
/// <param name="NotifiedOn">The day it was posted (deemed delivered on the web, 001 §21-1).</param>
/// <param name="EffectiveOn">The day the new terms take effect (004 §21-1-③).</param>
/// <param name="StoodUntil">The last day the notice stood when it was withdrawn or replaced by a correction (ADR-006); null while in force.</param>
public sealed record TermsChangeBasis(Guid NoticeId, DateOnly NotifiedOn, DateOnly EffectiveOn, DateOnly? StoodUntil = null);

/// <summary>
/// The days on which a customer may cancel because of a terms change and be settled as <see cref="TerminationCause.TermsChange"/>
/// (no penalty, the plan's refund). A cancellation asked for outside it follows the ordinary rules (004 §4-5).
/// </summary>
/// <param name="OpensOn">The first day: the notice date.</param>
/// <param name="ClosesOn">The last day, inclusive.</param>
/// <param name="UntilEffectiveDate">
/// True when it closes the day before the new terms take effect (the plan sets no window: 004 §21-2, ADR-005); false when it
/// is the plan's own window after the notice (002 §12-5).
/// </param>
/// <param name="ClosedEarly">True when the notice was withdrawn or replaced and the window closed on that day (ADR-006).</param>
public sealed record TermsChangeCancellationWindow(DateOnly OpensOn, DateOnly ClosesOn, bool UntilEffectiveDate, bool ClosedEarly = false)
{
    /// <summary>
    /// The window closed after <paramref name="stoodUntil"/>, the day the notice was withdrawn or replaced (ADR-006): a customer
    /// who asked by that day keeps the right, one who asks later follows the ordinary rules. Unchanged when null or later.
    /// </summary>
    public TermsChangeCancellationWindow ClosingAfter(DateOnly? stoodUntil) =>
        stoodUntil is { } last && last < ClosesOn ? this with { ClosesOn = last < OpensOn ? OpensOn : last, ClosedEarly = true } : this;

    /// <summary>Whether a cancellation asked for on <paramref name="day"/> is within the window.</summary>
    public bool Contains(DateOnly day) => day >= OpensOn && day <= ClosesOn;

    /// <summary>
    /// The window of a terms change notified on <paramref name="notifiedOn"/> and taking effect on <paramref name="effectiveOn"/>
    /// under <paramref name="policy"/>, from the notice date: to <see cref="Deadline"/> where the plan sets a window (002 §12-5:
    /// 通知日を起点にして２か月以内, rolled back to a business day); otherwise to the day before the new terms take effect (004
    /// §21-2 names no period — ADR-005: the customer decides while the old terms still apply; from the effective day the
    /// changed terms bind, 民法 §548-4), never before the notice date itself.
    /// </summary>
    public static TermsChangeCancellationWindow For(ServicePlanPolicy policy, DateOnly notifiedOn, DateOnly effectiveOn)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var deadline = Deadline(policy, notifiedOn);
        var last = deadline ?? effectiveOn.AddDays(-1);
        return new TermsChangeCancellationWindow(notifiedOn, last < notifiedOn ? notifiedOn : last, UntilEffectiveDate: deadline is null);
    }

    /// <summary>
    /// The last day of the plan's own window after a notice on <paramref name="notifiedOn"/> (002 §12-5: ２か月以内, the notice
    /// day not counted, rolled back to a business day like every 002 deadline); null when the plan sets none.
    /// </summary>
    public static DateOnly? Deadline(ServicePlanPolicy policy, DateOnly notifiedOn)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (policy.TermsChangeCancellationWindow is not { } window)
        {
            return null;
        }

        var end = window.EndWhenStartingOn(notifiedOn.AddDays(1));
        return policy.NoticeDeadlineRollsBack ? policy.Calendar.OnOrBefore(end) : end;
    }
}
