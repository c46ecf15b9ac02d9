using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Contracts.Terms;
using PartnerHub.Domain.Money;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Catalogue.Plans;

/// <summary>A plan policy version's settings as the form holds them.</summary>
public sealed class PlanPolicyDraft
{
    public DateTime? EffectiveFrom { get; set; }

    public int TermMonths { get; set; } = 12;

    public int RenewalMonths { get; set; } = 12;

    public bool HasNonRenewalNotice { get; set; } = true;

    public int NonRenewalNoticeCount { get; set; } = 2;

    public PeriodUnit NonRenewalNoticeUnit { get; set; } = PeriodUnit.Months;

    public bool HasMidTermCancellationNotice { get; set; }

    public int MidTermCancellationNoticeCount { get; set; } = 1;

    public PeriodUnit MidTermCancellationNoticeUnit { get; set; } = PeriodUnit.Months;

    public bool NoticeDeadlineRollsBack { get; set; }

    public RoundingMode Rounding { get; set; } = RoundingMode.Down;

    public string CalendarCode { get; set; } = "004";

    /// <summary>When a notice's letter counts as delivered (001 §21-3, 003 §10-2); null: as the plan's terms say (the built-in policy).</summary>
    public Domain.ServiceNotices.LetterDeliveryRule? LetterDelivery { get; set; }

    /// <summary>Lead times of cancel-by reminders in business days, separated by commas (e.g. "20, 5").</summary>
    public string Reminders { get; set; } = string.Empty;

    /// <summary>A draft holding <paramref name="settings"/> (to start a new version from the one in force, or to revise one).</summary>
    public static PlanPolicyDraft Of(PlanPolicySettings settings, DateOnly? effectiveFrom)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new()
        {
            EffectiveFrom = effectiveFrom?.ToDateTime(TimeOnly.MinValue),
            TermMonths = settings.TermMonths,
            RenewalMonths = settings.RenewalMonths,
            HasNonRenewalNotice = settings.NonRenewalNotice is not null,
            NonRenewalNoticeCount = settings.NonRenewalNotice?.Count ?? 2,
            NonRenewalNoticeUnit = settings.NonRenewalNotice?.Unit ?? PeriodUnit.Months,
            HasMidTermCancellationNotice = settings.MidTermCancellationNotice is not null,
            MidTermCancellationNoticeCount = settings.MidTermCancellationNotice?.Count ?? 1,
            MidTermCancellationNoticeUnit = settings.MidTermCancellationNotice?.Unit ?? PeriodUnit.Months,
            NoticeDeadlineRollsBack = settings.NoticeDeadlineRollsBack,
            Rounding = settings.Rounding,
            CalendarCode = settings.CalendarCode,
            Reminders = string.Join(", ", settings.CancelByReminderBusinessDays),
            LetterDelivery = settings.LetterDelivery,
        };
    }
}

/// <summary>Why a plan policy change was not made, besides the domain's <see cref="PlanPolicyProblem"/>.</summary>
public enum PlanPolicyEditCode
{
    NotAllowed,
    NotFound,
    DateRequired,
    RemindersNotNumbers,
    Conflict,
}

/// <summary>The version scheduled, revised or withdrawn, or the localisable keys (PlanPolicy_Problem_…) of why not.</summary>
public sealed record PlanPolicyEditResult(Guid? Id, IReadOnlyList<string> Problems)
{
    public bool Succeeded => Problems.Count == 0;

    public static PlanPolicyEditResult Fail(params string[] keys) => new(null, keys);

    public static string Key(PlanPolicyEditCode code) => "PlanPolicy_Problem_" + code;

    public static string Key(PlanPolicyProblem problem) => "PlanPolicy_Problem_" + problem;
}

/// <summary>
/// Schedules a plan policy version from a future day, or revises or withdraws one not yet in force (issue 13). A version in
/// force or past is never changed, and contracts keep the version they were made under, so nothing issued is rewritten.
/// Every refusal leaves the stored versions as they were; the audit trail records each change.
/// </summary>
public sealed class ManagePlanPolicies(IDbContextFactory<HubDbContext> contextFactory, CurrentUser currentUser, TimeProvider clock, PlanPolicyDirectory directory)
{
    public async Task<PlanPolicyEditResult> ScheduleAsync(string planCode, PlanPolicyDraft draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (!currentUser.IsInAnyRole(CataloguePermissions.ManageRoles))
        {
            return PlanPolicyEditResult.Fail(PlanPolicyEditResult.Key(PlanPolicyEditCode.NotAllowed));
        }

        if (draft.EffectiveFrom is not { } from)
        {
            return PlanPolicyEditResult.Fail(PlanPolicyEditResult.Key(PlanPolicyEditCode.DateRequired));
        }

        if (Read(draft) is not { } settings)
        {
            return PlanPolicyEditResult.Fail(PlanPolicyEditResult.Key(PlanPolicyEditCode.RemindersNotNumbers));
        }

        var now = clock.GetUtcNow();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var stored = await db.PlanPolicyVersions.Where(v => v.PlanCode == planCode).ToListAsync(cancellationToken);
        var (version, problems) = PlanPolicyVersion.Schedule(Guid.NewGuid(), planCode, DateOnly.FromDateTime(from), settings, stored,
            JapaneseFormat.TokyoDate(now), now, currentUser.Name);
        if (version is null)
        {
            return PlanPolicyEditResult.Fail([.. problems.Select(PlanPolicyEditResult.Key)]);
        }

        db.PlanPolicyVersions.Add(version);
        return await SaveAsync(db, version.Id, cancellationToken);
    }

    /// <summary>Replaces the settings of the scheduled version <paramref name="id"/>; its start stays.</summary>
    public async Task<PlanPolicyEditResult> ReviseAsync(Guid id, Guid expectedVersion, PlanPolicyDraft draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (!currentUser.IsInAnyRole(CataloguePermissions.ManageRoles))
        {
            return PlanPolicyEditResult.Fail(PlanPolicyEditResult.Key(PlanPolicyEditCode.NotAllowed));
        }

        if (Read(draft) is not { } settings)
        {
            return PlanPolicyEditResult.Fail(PlanPolicyEditResult.Key(PlanPolicyEditCode.RemindersNotNumbers));
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await db.PlanPolicyVersions.SingleOrDefaultAsync(v => v.Id == id, cancellationToken) is not { } version)
        {
            return PlanPolicyEditResult.Fail(PlanPolicyEditResult.Key(PlanPolicyEditCode.NotFound));
        }

        db.Entry(version).Property(v => v.Version).OriginalValue = expectedVersion;
        var problems = version.Revise(settings, JapaneseFormat.TokyoDate(clock.GetUtcNow()));
        return problems.Count > 0 ? PlanPolicyEditResult.Fail([.. problems.Select(PlanPolicyEditResult.Key)]) : await SaveAsync(db, id, cancellationToken);
    }

    /// <summary>Withdraws the scheduled version <paramref name="id"/>: the version before it runs on.</summary>
    public async Task<PlanPolicyEditResult> WithdrawAsync(Guid id, Guid expectedVersion, CancellationToken cancellationToken = default)
    {
        if (!currentUser.IsInAnyRole(CataloguePermissions.ManageRoles))
        {
            return PlanPolicyEditResult.Fail(PlanPolicyEditResult.Key(PlanPolicyEditCode.NotAllowed));
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await db.PlanPolicyVersions.SingleOrDefaultAsync(v => v.Id == id, cancellationToken) is not { } version)
        {
            return PlanPolicyEditResult.Fail(PlanPolicyEditResult.Key(PlanPolicyEditCode.NotFound));
        }

        db.Entry(version).Property(v => v.Version).OriginalValue = expectedVersion;
        var now = clock.GetUtcNow();
        return version.Withdraw(JapaneseFormat.TokyoDate(now), now) is { } problem
            ? PlanPolicyEditResult.Fail(PlanPolicyEditResult.Key(problem))
            : await SaveAsync(db, id, cancellationToken);
    }

    private async Task<PlanPolicyEditResult> SaveAsync(HubDbContext db, Guid id, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            directory.Invalidate();
            return new PlanPolicyEditResult(id, []);
        }
        catch (DbUpdateConcurrencyException)
        {
            return PlanPolicyEditResult.Fail(PlanPolicyEditResult.Key(PlanPolicyEditCode.Conflict));
        }
    }

    // Null when the reminder lead times are not whole numbers; every other check is the domain's (PlanPolicySettings.Problems).
    private static PlanPolicySettings? Read(PlanPolicyDraft draft)
    {
        var parts = (draft.Reminders ?? string.Empty).Split([',', '、', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var reminders = new List<int>();
        foreach (var part in parts)
        {
            if (!int.TryParse(part, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int days))
            {
                return null;
            }

            reminders.Add(days);
        }

        return new PlanPolicySettings(draft.TermMonths, draft.RenewalMonths,
            draft.HasNonRenewalNotice ? new NoticePeriod(draft.NonRenewalNoticeCount, draft.NonRenewalNoticeUnit) : null,
            draft.HasMidTermCancellationNotice ? new NoticePeriod(draft.MidTermCancellationNoticeCount, draft.MidTermCancellationNoticeUnit) : null,
            draft.NoticeDeadlineRollsBack, draft.Rounding, draft.CalendarCode?.Trim() ?? string.Empty, [.. reminders.OrderDescending()],
            draft.LetterDelivery);
    }
}
