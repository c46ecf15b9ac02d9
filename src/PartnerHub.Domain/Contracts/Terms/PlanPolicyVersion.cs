using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Money;

namespace PartnerHub.Domain.Contracts.Terms;

/// <summary>Why a plan policy version was not scheduled, revised or withdrawn.</summary>
public enum PlanPolicyProblem
{
    /// <summary>The plan is unknown or names no built-in policy (DOMAIN.md: a plan without a policy is refused).</summary>
    PlanWithoutPolicy,

    /// <summary>The version would start today or earlier: contracts and quotes made today already use the version in force.</summary>
    StartNotInFuture,

    /// <summary>Another version of the plan starts on the same day.</summary>
    SameStartAsAnother,

    /// <summary>The version is in force or past, so it is read-only; or it was withdrawn.</summary>
    NotScheduled,

    /// <summary>A term or renewal length outside 1–120 months.</summary>
    TermOutOfRange,

    /// <summary>A notice period that is not positive, or longer than the first term.</summary>
    NoticeOutOfRange,

    /// <summary>A calendar that is not one of the business calendars (004, 002, 001, 000).</summary>
    UnknownCalendar,

    /// <summary>More than five reminder lead times, or one outside 1–60 business days.</summary>
    RemindersOutOfRange,
}

/// <summary>
/// The parts of a plan's policy the vendor maintains (issue 13): the term and renewal lengths, the non-renewal and mid-term
/// cancellation notice periods, whether a notice deadline rolls back to a business day, the rounding of prorated amounts,
/// the business calendar, the lead times of cancel-by reminders and when a notice's letter counts as delivered
/// (<see cref="ServicePlanPolicy.LetterDelivery"/>; null, as in versions stored before it existed: the built-in policy's rule).
/// Everything else stays as the built-in policy of the plan's seed terms (<see cref="ServicePlanPolicy.ForSeed"/>).
/// </summary>
public sealed record PlanPolicySettings(
    int TermMonths,
    int RenewalMonths,
    NoticePeriod? NonRenewalNotice,
    NoticePeriod? MidTermCancellationNotice,
    bool NoticeDeadlineRollsBack,
    RoundingMode Rounding,
    string CalendarCode,
    IReadOnlyList<int> CancelByReminderBusinessDays,
    ServiceNotices.LetterDeliveryRule? LetterDelivery = null)
{
    /// <summary>The settings of <paramref name="policy"/> (the built-in policy as the first version).</summary>
    public static PlanPolicySettings Of(ServicePlanPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return new(policy.TermMonths, policy.RenewalMonths, policy.NonRenewalNotice, policy.MidTermCancellationNotice, policy.NoticeDeadlineRollsBack,
            policy.Rounding, policy.Calendar.Name, [.. policy.CancelByReminderBusinessDays], policy.LetterDelivery);
    }

    /// <summary>What is wrong with the settings; empty when they are valid.</summary>
    public IReadOnlyList<PlanPolicyProblem> Problems()
    {
        List<PlanPolicyProblem> problems = [];
        if (TermMonths is < 1 or > 120 || RenewalMonths is < 1 or > 120)
        {
            problems.Add(PlanPolicyProblem.TermOutOfRange);
        }

        if (new[] { NonRenewalNotice, MidTermCancellationNotice }.Any(n => n is { } notice && (notice.Count < 1 || TermMonths >= 1 && Longer(notice, TermMonths))))
        {
            problems.Add(PlanPolicyProblem.NoticeOutOfRange);
        }

        if (BusinessCalendars.ForSeed(CalendarCode ?? string.Empty) is null)
        {
            problems.Add(PlanPolicyProblem.UnknownCalendar);
        }

        if (CancelByReminderBusinessDays is null || CancelByReminderBusinessDays.Count > 5 || CancelByReminderBusinessDays.Any(d => d is < 1 or > 60))
        {
            problems.Add(PlanPolicyProblem.RemindersOutOfRange);
        }

        return problems;
    }

    /// <summary><paramref name="builtIn"/> with these settings.</summary>
    /// <exception cref="ArgumentException">The settings are not valid (<see cref="Problems"/>).</exception>
    public ServicePlanPolicy ApplyTo(ServicePlanPolicy builtIn)
    {
        ArgumentNullException.ThrowIfNull(builtIn);
        if (Problems().Count > 0)
        {
            throw new ArgumentException("Invalid plan policy settings: " + string.Join(", ", Problems()), nameof(builtIn));
        }

        return builtIn with
        {
            TermMonths = TermMonths,
            RenewalMonths = RenewalMonths,
            NonRenewalNotice = NonRenewalNotice,
            MidTermCancellationNotice = MidTermCancellationNotice,
            NoticeDeadlineRollsBack = NoticeDeadlineRollsBack,
            Rounding = Rounding,
            Calendar = BusinessCalendars.ForSeed(CalendarCode)!,
            CancelByReminderBusinessDays = [.. CancelByReminderBusinessDays],
            LetterDelivery = LetterDelivery ?? builtIn.LetterDelivery,
        };
    }

    // A notice longer than the term could never be given in time; compared in days from a fixed day so months and weeks mix.
    private static bool Longer(NoticePeriod notice, int termMonths)
    {
        var start = new DateOnly(2001, 1, 1);
        return notice.EndWhenStartingOn(start) > CivilPeriod.EndOfMonths(start, termMonths);
    }
}

/// <summary>
/// One dated version of a plan's policy, in force from <see cref="EffectiveFrom"/> until the next version of the plan starts.
/// Like a price list version: a scheduled version (starting after today) can be revised or withdrawn; one in force or past is
/// read-only, so the policy in force on any day before tomorrow never changes — which is what keeps issued quotes,
/// contracts and invoices on the rules they were made under (<see cref="PlanPolicyVersions.InForce"/> on their date).
/// </summary>
public sealed class PlanPolicyVersion : Common.IVersioned
{
    // For materialisation by the data layer.
    private PlanPolicyVersion()
    {
        PlanCode = CreatedBy = string.Empty;
        Settings = null!;
    }

    private PlanPolicyVersion(Guid id, string planCode, DateOnly effectiveFrom, PlanPolicySettings settings, DateTimeOffset at, string by)
    {
        Id = id;
        PlanCode = planCode;
        EffectiveFrom = effectiveFrom;
        Settings = settings;
        CreatedAt = at;
        CreatedBy = by;
    }

    public Guid Id { get; }

    /// <summary>The plan (<see cref="Pricing.ServicePlan.Code"/>).</summary>
    public string PlanCode { get; }

    /// <summary>First day the version is in force.</summary>
    public DateOnly EffectiveFrom { get; }

    /// <summary>The settings the version gives the plan's policy.</summary>
    public PlanPolicySettings Settings { get; private set; }

    public DateTimeOffset CreatedAt { get; }

    public string CreatedBy { get; }

    /// <summary>When the version was withdrawn before it started; null while it stands.</summary>
    public DateTimeOffset? WithdrawnAt { get; private set; }

    /// <inheritdoc />
    public Guid Version { get; set; }

    /// <summary>The built-in policy of <paramref name="planCode"/> as its first version, in force since <paramref name="since"/>.</summary>
    /// <exception cref="RuleViolationException">The plan has no built-in policy.</exception>
    public static PlanPolicyVersion BuiltIn(Guid id, string planCode, DateOnly since, DateTimeOffset at, string by) =>
        new(id, planCode, since, PlanPolicySettings.Of(ServicePlanPolicy.ForPlan(planCode)), at, by);

    /// <summary>
    /// Schedules a version of <paramref name="planCode"/> from <paramref name="effectiveFrom"/> (after <paramref name="today"/>);
    /// the version is null and the problems say why when it does not fit <paramref name="stored"/> (the plan's versions).
    /// </summary>
    public static (PlanPolicyVersion? Version, IReadOnlyList<PlanPolicyProblem> Problems) Schedule(Guid id, string planCode, DateOnly effectiveFrom,
        PlanPolicySettings settings, IEnumerable<PlanPolicyVersion> stored, DateOnly today, DateTimeOffset at, string by)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        if (!ServicePlanPolicy.TryForPlan(planCode, out _))
        {
            return (null, [PlanPolicyProblem.PlanWithoutPolicy]);
        }

        List<PlanPolicyProblem> problems = [.. settings.Problems()];
        if (effectiveFrom <= today)
        {
            problems.Add(PlanPolicyProblem.StartNotInFuture);
        }

        if (stored.Any(v => v.PlanCode == planCode && v.WithdrawnAt is null && v.EffectiveFrom == effectiveFrom))
        {
            problems.Add(PlanPolicyProblem.SameStartAsAnother);
        }

        return problems.Count > 0 ? (null, problems) : (new PlanPolicyVersion(id, planCode, effectiveFrom, settings, at, by), []);
    }

    /// <summary>True while the version stands and starts after <paramref name="today"/>: it may be revised or withdrawn.</summary>
    public bool IsScheduledAfter(DateOnly today) => WithdrawnAt is null && EffectiveFrom > today;

    /// <summary>Replaces the settings of a scheduled version (its start stays); refused once it is in force.</summary>
    public IReadOnlyList<PlanPolicyProblem> Revise(PlanPolicySettings settings, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (!IsScheduledAfter(today))
        {
            return [PlanPolicyProblem.NotScheduled];
        }

        var problems = settings.Problems();
        if (problems.Count == 0)
        {
            Settings = settings;
        }

        return problems;
    }

    /// <summary>Withdraws a scheduled version: the version before it runs on. Refused once it is in force.</summary>
    public PlanPolicyProblem? Withdraw(DateOnly today, DateTimeOffset at)
    {
        if (!IsScheduledAfter(today))
        {
            return PlanPolicyProblem.NotScheduled;
        }

        WithdrawnAt = at;
        return null;
    }
}

/// <summary>Which version of a plan's policy is in force on a day.</summary>
public static class PlanPolicyVersions
{
    /// <summary>
    /// The policy of <paramref name="planCode"/> on <paramref name="on"/>: the built-in policy with the settings of the
    /// latest standing version that starts on or before that day; the built-in policy itself when none does. A contract
    /// or quote resolves it on the day it was made, so a later version never changes its deadlines or amounts.
    /// </summary>
    /// <exception cref="RuleViolationException">The plan has no built-in policy (<see cref="RuleViolation.PlanWithoutPolicy"/>).</exception>
    public static ServicePlanPolicy InForce(string planCode, DateOnly on, IEnumerable<PlanPolicyVersion> versions)
    {
        ArgumentNullException.ThrowIfNull(versions);
        var version = versions.Where(v => v.PlanCode == planCode && v.WithdrawnAt is null && v.EffectiveFrom <= on).MaxBy(v => v.EffectiveFrom);
        return Kept(planCode, version?.Settings);
    }

    /// <summary>
    /// The rules a contract of <paramref name="planCode"/> keeps with the settings stored with it (<see cref="ServiceContract.PolicySettings"/>;
    /// null: the built-in policy, as for contracts made before versions were stored). The one way every reader of a contract's
    /// policy resolves it (<see cref="ServiceContract.Policy()"/>, the invoicing run's projection, notice queries).
    /// </summary>
    /// <exception cref="RuleViolationException">The plan has no built-in policy (<see cref="RuleViolation.PlanWithoutPolicy"/>).</exception>
    public static ServicePlanPolicy Kept(string planCode, PlanPolicySettings? settings)
    {
        var builtIn = ServicePlanPolicy.ForPlan(planCode);
        return settings is null ? builtIn : settings.ApplyTo(builtIn);
    }

    /// <summary>As <see cref="Kept"/>, or false when the plan names no policy.</summary>
    public static bool TryKept(string? planCode, PlanPolicySettings? settings, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ServicePlanPolicy? policy)
    {
        policy = ServicePlanPolicy.TryForPlan(planCode, out _) ? Kept(planCode!, settings) : null;
        return policy is not null;
    }
}
