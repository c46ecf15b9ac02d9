using System.Diagnostics.CodeAnalysis;
using PartnerHub.Domain.Customers;
using PartnerHub.Domain.Money;

namespace PartnerHub.Domain.Pricing;

/// <summary>Why no price could be found; codes for the UI to localise.</summary>
public enum PriceLookupFailure
{
    /// <summary>No price list is in effect on the date.</summary>
    NoPriceListInEffect,

    /// <summary>The lists in effect do not price the plan.</summary>
    PlanNotListed,

    /// <summary>The plan is listed, but not for the customer's segment.</summary>
    SegmentNotListed,

    /// <summary>The endpoint count is below the plan's first tier (or not positive).</summary>
    BelowMinimumEndpoints,

    /// <summary>The endpoint count is above the plan's last, bounded tier.</summary>
    AboveMaximumEndpoints,
}

/// <summary>A price found in a list: the list, entry and tier it came from.</summary>
/// <param name="PriceList">The list in effect on the date.</param>
/// <param name="Entry">The plan and segment entry.</param>
/// <param name="Tier">The endpoint band.</param>
public sealed record PricePoint(PriceList PriceList, PriceListEntry Entry, PriceTier Tier)
{
    /// <summary>Whether the prices include consumption tax.</summary>
    public PriceBasis Basis => PriceList.Basis;

    /// <summary>The partner's purchase price.</summary>
    public Yen WholesalePrice => Tier.WholesalePrice;

    /// <summary>The suggested retail price.</summary>
    public Yen SuggestedRetailPrice => Tier.SuggestedRetailPrice;
}

/// <summary>The outcome of a price lookup: a price, or the reason there is none.</summary>
/// <param name="Price">The price; null on failure.</param>
/// <param name="Failure">Why there is no price; null on success.</param>
public sealed record PriceLookupResult(PricePoint? Price, PriceLookupFailure? Failure)
{
    /// <summary>True when a price was found.</summary>
    [MemberNotNullWhen(true, nameof(Price))]
    public bool IsFound => Price is not null;
}

/// <summary>
/// All price lists over time. Creation refuses two lists that are in effect on a common date and price the same
/// plan and segment, so every lookup has at most one answer.
/// </summary>
public sealed class PriceCatalog
{
    private readonly PriceList[] _lists;

    private PriceCatalog(PriceList[] lists)
    {
        _lists = lists;
    }

    /// <summary>The lists, oldest first.</summary>
    public IReadOnlyList<PriceList> Lists => _lists;

    /// <summary>Creates a catalog after checking that no two lists price the same plan and segment on one date.</summary>
    /// <exception cref="PriceListException">Lists every overlap.</exception>
    public static PriceCatalog Create(IEnumerable<PriceList> lists)
    {
        ArgumentNullException.ThrowIfNull(lists);
        PriceList[] ordered = [.. lists.OrderBy(l => l.ValidFrom)];
        List<PriceListProblem> problems = [];
        for (int i = 0; i < ordered.Length; i++)
        {
            for (int j = i + 1; j < ordered.Length; j++)
            {
                if (!ordered[i].OverlapsInTime(ordered[j]))
                {
                    continue;
                }

                foreach (PriceListEntry entry in ordered[i].Entries.Where(e => ordered[j].EntryFor(e.PlanCode, e.Segment) is not null))
                {
                    problems.Add(new PriceListProblem(
                        PriceListProblemCode.OverlappingPriceLists, entry.PlanCode, entry.Segment, ordered[i].Name + " / " + ordered[j].Name));
                }
            }
        }

        return problems.Count > 0 ? throw new PriceListException(problems) : new PriceCatalog(ordered);
    }

    /// <summary>The price of <paramref name="planCode"/> for a customer of <paramref name="segment"/> with
    /// <paramref name="endpoints"/> monitored endpoints, on <paramref name="date"/>.</summary>
    public PriceLookupResult Lookup(string planCode, CustomerSegment segment, int endpoints, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(planCode);
        PriceList[] inEffect = [.. _lists.Where(l => l.IsInEffectOn(date))];
        if (inEffect.Length == 0)
        {
            return new PriceLookupResult(null, PriceLookupFailure.NoPriceListInEffect);
        }

        PriceList[] withPlan = [.. inEffect.Where(l => l.Entries.Any(e => string.Equals(e.PlanCode, planCode, StringComparison.Ordinal)))];
        if (withPlan.Length == 0)
        {
            return new PriceLookupResult(null, PriceLookupFailure.PlanNotListed);
        }

        (PriceList list, PriceListEntry entry)? found = withPlan
            .Select(l => (List: l, Entry: l.EntryFor(planCode, segment)))
            .Where(x => x.Entry is not null)
            .Select(x => ((PriceList, PriceListEntry)?)(x.List, x.Entry!))
            .FirstOrDefault();
        if (found is not { } match)
        {
            return new PriceLookupResult(null, PriceLookupFailure.SegmentNotListed);
        }

        PriceTier? tier = match.entry.Tiers.FirstOrDefault(t => t.Covers(endpoints));
        if (tier is not null)
        {
            return new PriceLookupResult(new PricePoint(match.list, match.entry, tier), null);
        }

        int lowest = match.entry.Tiers.Min(t => t.MinEndpoints);
        return new PriceLookupResult(
            null, endpoints < lowest ? PriceLookupFailure.BelowMinimumEndpoints : PriceLookupFailure.AboveMaximumEndpoints);
    }
}
