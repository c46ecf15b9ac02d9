using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Accounting;
using PartnerHub.Infrastructure.Accounting;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Billing.Exports;

/// <summary>A refused mapping field: which, and why (codes the page localises).</summary>
public sealed record MappingProblem(string Field, MappingProblemCode Code, int Limit = 0);

public enum MappingProblemCode
{
    Required,
    TooLong,
    NotCp932,
    ControlCharacter,
}

/// <summary>The result of saving: saved, or every problem (nothing stored).</summary>
public sealed record MappingSaveResult(bool Saved, IReadOnlyList<MappingProblem> Problems, bool Conflict = false);

/// <summary>
/// Finance's journal mapping per target: the stored setting, or the preset (<see cref="JournalMappingPresets"/>) until finance
/// saves one. Saving checks every field against the target's import limits (FORMATS.md §1.2: 勘定科目/補助科目/部門 24,
/// 税区分 32 half-width units) and CP932, so a mapping that could never be imported is refused before any export uses it.
/// </summary>
public sealed class JournalMappings(IDbContextFactory<HubDbContext> contextFactory, CurrentUser currentUser, TimeProvider clock)
{
    private const int AccountWidth = 24;
    private const int TaxCategoryWidth = 32;

    /// <summary>The preset a target starts from.</summary>
    public static JournalMappingValues Preset(JournalTarget target) =>
        JournalMappingValues.From(target == JournalTarget.Yayoi ? JournalMappingPresets.Yayoi : JournalMappingPresets.Freee);

    /// <summary>The mapping in force and when it was last changed (null: the preset, never saved).</summary>
    public async Task<StoredMapping> GetAsync(JournalTarget target, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var setting = await db.JournalMappingSettings.AsNoTracking().SingleOrDefaultAsync(s => s.Target == target, cancellationToken);
        return setting is null ? new StoredMapping(target, Preset(target), null, null, null) : new StoredMapping(target, setting.Values, setting.UpdatedAt, setting.UpdatedBy, setting.Version);
    }

    /// <summary>Stores <paramref name="values"/> for <paramref name="target"/> if every field is valid and nobody saved in between.</summary>
    public async Task<MappingSaveResult> SaveAsync(JournalTarget target, JournalMappingValues values, Guid? expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var trimmed = values.Trimmed();
        var problems = Validate(target, trimmed);
        if (problems.Count > 0)
        {
            return new MappingSaveResult(false, problems);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var setting = await db.JournalMappingSettings.SingleOrDefaultAsync(s => s.Target == target, cancellationToken);
        var by = currentUser.Scope.UserName ?? currentUser.Scope.UserId ?? "unknown";
        if (setting is null)
        {
            db.JournalMappingSettings.Add(JournalMappingSetting.Create(Guid.NewGuid(), target, trimmed, clock.GetUtcNow(), by));
        }
        else if (expectedVersion != setting.Version)
        {
            return new MappingSaveResult(false, [], Conflict: true);
        }
        else
        {
            setting.Revise(trimmed, clock.GetUtcNow(), by);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another finance user created or changed the mapping at the same moment.
            return new MappingSaveResult(false, [], Conflict: true);
        }

        return new MappingSaveResult(true, []);
    }

    /// <summary>Every field that the target's importer could not take.</summary>
    public static IReadOnlyList<MappingProblem> Validate(JournalTarget target, JournalMappingValues values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var problems = new List<MappingProblem>();
        Check(problems, nameof(values.ReceivableAccount), values.ReceivableAccount, AccountWidth, required: true);
        Check(problems, nameof(values.SalesAccount), values.SalesAccount, AccountWidth, required: true);
        Check(problems, nameof(values.SalesReturnsAccount), values.SalesReturnsAccount, AccountWidth, required: true);
        Check(problems, nameof(values.ReceivableTaxCategory), values.ReceivableTaxCategory, TaxCategoryWidth, required: true);
        if (target == JournalTarget.Yayoi)
        {
            Check(problems, nameof(values.Department), values.Department, AccountWidth, required: false);
        }

        foreach (var (field, value) in new[]
                 {
                     (nameof(values.StandardSales), values.StandardSales), (nameof(values.ReducedSales), values.ReducedSales),
                     (nameof(values.ExemptSales), values.ExemptSales), (nameof(values.StandardReturns), values.StandardReturns),
                     (nameof(values.ReducedReturns), values.ReducedReturns), (nameof(values.ExemptReturns), values.ExemptReturns),
                 })
        {
            Check(problems, field, value, TaxCategoryWidth, required: false);
        }

        return problems;
    }

    private static void Check(List<MappingProblem> problems, string field, string value, int width, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                problems.Add(new MappingProblem(field, MappingProblemCode.Required));
            }

            return;
        }

        if (value.Any(char.IsControl))
        {
            problems.Add(new MappingProblem(field, MappingProblemCode.ControlCharacter));
        }
        else if (!JapaneseEncodings.CanEncode(JapaneseEncodings.Cp932, value))
        {
            problems.Add(new MappingProblem(field, MappingProblemCode.NotCp932));
        }
        else if (AccountingCsv.HalfWidthLength(value) > width)
        {
            problems.Add(new MappingProblem(field, MappingProblemCode.TooLong, width));
        }
    }
}

/// <summary>The mapping in force for a target; <see cref="UpdatedAt"/> null while it is still the preset.</summary>
public sealed record StoredMapping(JournalTarget Target, JournalMappingValues Values, DateTimeOffset? UpdatedAt, string? UpdatedBy, Guid? Version);
