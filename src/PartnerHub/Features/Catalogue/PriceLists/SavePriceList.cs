using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Domain.Money;
using PartnerHub.Domain.Pricing;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Catalogue.PriceLists;

/// <summary>
/// Schedules a new price list version or revises one not yet in force. A new version starts today or later and the
/// versions it supersedes end the day before (<see cref="PriceListSuccession"/>); a version in force or past is never
/// changed, and issued quotes and contracts keep the prices they snapshotted. Every refusal leaves the stored lists as
/// they were; the audit trail records each change.
/// </summary>
public sealed class SavePriceList(IDbContextFactory<HubDbContext> contextFactory, CurrentUser currentUser, TimeProvider clock)
{
    private const int MaxNameLength = 200;

    /// <summary>Stores <paramref name="draft"/> as a new version from its date.</summary>
    public async Task<PriceListSaveResult> ScheduleAsync(PriceListDraft draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (!currentUser.IsInAnyRole(CataloguePermissions.ManageRoles))
        {
            return PriceListSaveResult.Fail(PriceListEditCode.NotAllowed);
        }

        var today = JapaneseFormat.TokyoDate(clock.GetUtcNow());
        var (list, issues) = Read(draft, today, validTo: null);
        if (list is null)
        {
            return PriceListSaveResult.Fail(issues);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var stored = await db.PriceLists.ToListAsync(cancellationToken);
        var succession = PriceListSuccession.For(stored, list);
        if (!succession.Fits)
        {
            return PriceListSaveResult.Fail(succession.Problems.Select(PriceListIssue.Of));
        }

        foreach (var previous in succession.Superseded)
        {
            previous.EndBefore(list.ValidFrom);
        }

        var document = new PriceListDocument(Guid.NewGuid(), list);
        if (CatalogIssues(stored.Append(document)) is { Count: > 0 } overlaps)
        {
            return PriceListSaveResult.Fail(overlaps);
        }

        db.PriceLists.Add(document);
        return await SaveAsync(db, document.Id, cancellationToken);
    }

    /// <summary>Replaces the content of the version <paramref name="id"/>, which must not be in force yet; its dates stay.</summary>
    public async Task<PriceListSaveResult> ReviseAsync(Guid id, Guid expectedVersion, PriceListDraft draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (!currentUser.IsInAnyRole(CataloguePermissions.ManageRoles))
        {
            return PriceListSaveResult.Fail(PriceListEditCode.NotAllowed);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var today = JapaneseFormat.TokyoDate(clock.GetUtcNow());
        var (stored, document, refusal) = await ScheduledAsync(db, id, today, cancellationToken);
        if (document is null)
        {
            return PriceListSaveResult.Fail(refusal!.Value);
        }

        // The dates of a scheduled version stay: the version before it ends the day before, and moving one would move both.
        draft.ValidFrom = document.ValidFrom.ToDateTime(TimeOnly.MinValue);
        var (list, issues) = Read(draft, today, document.ValidTo);
        if (list is null)
        {
            return PriceListSaveResult.Fail(issues);
        }

        db.Entry(document).Property(d => d.Version).OriginalValue = expectedVersion;
        document.Revise(list, today);
        if (CatalogIssues(stored) is { Count: > 0 } overlaps)
        {
            return PriceListSaveResult.Fail(overlaps);
        }

        return await SaveAsync(db, document.Id, cancellationToken);
    }

    /// <summary>
    /// Withdraws the version <paramref name="id"/> before it starts (a wrong date cannot be revised): the versions it
    /// superseded run on as before. A version in force or past stays.
    /// </summary>
    public async Task<PriceListSaveResult> WithdrawAsync(Guid id, Guid expectedVersion, CancellationToken cancellationToken = default)
    {
        if (!currentUser.IsInAnyRole(CataloguePermissions.ManageRoles))
        {
            return PriceListSaveResult.Fail(PriceListEditCode.NotAllowed);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var (stored, document, refusal) = await ScheduledAsync(db, id, JapaneseFormat.TokyoDate(clock.GetUtcNow()), cancellationToken);
        if (document is null)
        {
            return PriceListSaveResult.Fail(refusal!.Value);
        }

        db.Entry(document).Property(d => d.Version).OriginalValue = expectedVersion;
        var withdrawn = document.ToPriceList();
        foreach (var predecessor in stored.Where(d => d.Id != id && d.ValidTo == document.ValidFrom.AddDays(-1)
            && d.ToPriceList().Entries.Any(e => withdrawn.EntryFor(e.PlanCode, e.Segment) is not null)))
        {
            predecessor.ResumeAfter(document);
        }

        db.PriceLists.Remove(document);
        if (CatalogIssues(stored.Where(d => d.Id != id)) is { Count: > 0 } overlaps)
        {
            return PriceListSaveResult.Fail(overlaps);
        }

        return await SaveAsync(db, id, cancellationToken);
    }

    /// <summary>Every stored version (tracked) and the version <paramref name="id"/> when it has not started, or why not.</summary>
    private static async Task<(List<PriceListDocument> Stored, PriceListDocument? Document, PriceListEditCode? Refusal)> ScheduledAsync(
        HubDbContext db, Guid id, DateOnly today, CancellationToken cancellationToken)
    {
        var stored = await db.PriceLists.ToListAsync(cancellationToken);
        return stored.SingleOrDefault(d => d.Id == id) switch
        {
            null => (stored, null, PriceListEditCode.NotFound),
            { } document when !document.IsScheduledAfter(today) => (stored, null, PriceListEditCode.NotEditable),
            { } document => (stored, document, null),
        };
    }

    private static async Task<PriceListSaveResult> SaveAsync(HubDbContext db, Guid id, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new PriceListSaveResult(id, []);
        }
        catch (DbUpdateConcurrencyException)
        {
            return PriceListSaveResult.Fail(PriceListEditCode.Conflict);
        }
    }

    private static List<PriceListIssue> CatalogIssues(IEnumerable<PriceListDocument> documents)
    {
        try
        {
            PriceCatalog.Create(documents.Select(d => d.ToPriceList()));
            return [];
        }
        catch (PriceListException e)
        {
            return [.. e.Problems.Select(PriceListIssue.Of)];
        }
    }

    private static (PriceList? List, List<PriceListIssue> Issues) Read(PriceListDraft draft, DateOnly today, DateOnly? validTo)
    {
        var issues = new List<PriceListIssue>();
        string name = draft.Name?.Trim() ?? string.Empty;
        if (name.Length == 0)
        {
            issues.Add(PriceListIssue.Of(PriceListEditCode.NameRequired));
        }
        else if (name.Length > MaxNameLength)
        {
            issues.Add(PriceListIssue.Of(PriceListEditCode.NameTooLong));
        }

        DateOnly? from = draft.ValidFrom is { } date ? DateOnly.FromDateTime(date) : null;
        if (from is null)
        {
            issues.Add(PriceListIssue.Of(PriceListEditCode.DateRequired));
        }
        else if (from < today)
        {
            issues.Add(PriceListIssue.Of(PriceListEditCode.DateInPast));
        }

        var entries = new List<PriceListEntry>();
        foreach (var entry in draft.Entries)
        {
            if (ServicePlan.Find(entry.PlanCode) is null)
            {
                issues.Add(PriceListIssue.Of(PriceListEditCode.UnknownPlan, entry.PlanCode, entry.Segment));
            }

            var tiers = new List<PriceTier>();
            for (int i = 0; i < entry.Tiers.Count; i++)
            {
                if (ReadTier(entry, i, issues) is { } tier)
                {
                    tiers.Add(tier);
                }
            }

            entries.Add(new PriceListEntry(entry.PlanCode, entry.Segment, entry.Unit, entry.TaxCategory, tiers));
        }

        if (issues.Count > 0 || from is not { } validFrom)
        {
            return (null, issues);
        }

        try
        {
            return (PriceList.Create(name, validFrom, validTo, draft.Basis, entries), issues);
        }
        catch (PriceListException e)
        {
            issues.AddRange(e.Problems.Select(PriceListIssue.Of));
            return (null, issues);
        }
    }

    private static PriceTier? ReadTier(EntryDraft entry, int index, List<PriceListIssue> issues)
    {
        var tier = entry.Tiers[index];
        string where = (index + 1).ToString(CultureInfo.InvariantCulture);
        if (tier is not { MinEndpoints: { } min, Wholesale: { } wholesale, Retail: { } retail })
        {
            issues.Add(PriceListIssue.Of(PriceListEditCode.TierIncomplete, entry.PlanCode, entry.Segment, where));
            return null;
        }

        bool ok = true;
        if (min < 1 || tier.MaxEndpoints < 1)
        {
            issues.Add(PriceListIssue.Of(PriceListEditCode.EndpointsNotPositive, entry.PlanCode, entry.Segment, where));
            ok = false;
        }

        if (wholesale < 1 || retail < 1)
        {
            issues.Add(PriceListIssue.Of(PriceListEditCode.PriceNotPositive, entry.PlanCode, entry.Segment, where));
            ok = false;
        }

        return ok ? new PriceTier(min, tier.MaxEndpoints, new Yen(wholesale), new Yen(retail)) : null;
    }
}
