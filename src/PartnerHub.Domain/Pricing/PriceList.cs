using System.Globalization;
using PartnerHub.Domain.Customers;
using PartnerHub.Domain.Money;

namespace PartnerHub.Domain.Pricing;

/// <summary>
/// A dated price list: the prices of plans per customer segment and endpoint tier, valid from one date to
/// another, all stated tax-included or all tax-excluded. Validated on creation (tiers contiguous, no overlaps,
/// sane prices), so a lookup can only fail for input reasons.
/// </summary>
public sealed class PriceList
{
    private readonly Dictionary<(string Plan, CustomerSegment Segment), PriceListEntry> _entries;

    private PriceList(string name, DateOnly validFrom, DateOnly? validTo, PriceBasis basis, IReadOnlyList<PriceListEntry> entries)
    {
        Name = name;
        ValidFrom = validFrom;
        ValidTo = validTo;
        Basis = basis;
        Entries = entries;
        _entries = entries.ToDictionary(e => (e.PlanCode, e.Segment));
    }

    /// <summary>Name of the list, e.g. "FY2025 standard".</summary>
    public string Name { get; }

    /// <summary>First date the list applies (inclusive).</summary>
    public DateOnly ValidFrom { get; }

    /// <summary>Last date the list applies (inclusive); null while it has no end.</summary>
    public DateOnly? ValidTo { get; }

    /// <summary>Whether the prices include consumption tax.</summary>
    public PriceBasis Basis { get; }

    /// <summary>The entries, one per plan and segment.</summary>
    public IReadOnlyList<PriceListEntry> Entries { get; }

    /// <summary>Creates a price list after checking it.</summary>
    /// <exception cref="PriceListException">Lists every problem found.</exception>
    public static PriceList Create(string name, DateOnly validFrom, DateOnly? validTo, PriceBasis basis, IEnumerable<PriceListEntry> entries)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(entries);
        PriceListEntry[] entryArray = [.. entries];
        List<PriceListProblem> problems = [];

        if (validTo < validFrom)
        {
            problems.Add(new PriceListProblem(PriceListProblemCode.InvalidValidity, null, null, name));
        }

        if (entryArray.Length == 0)
        {
            problems.Add(new PriceListProblem(PriceListProblemCode.NoEntries, null, null, name));
        }

        foreach (IGrouping<(string, CustomerSegment), PriceListEntry> duplicate in entryArray
            .GroupBy(e => (e.PlanCode, e.Segment)).Where(g => g.Count() > 1))
        {
            problems.Add(new PriceListProblem(
                PriceListProblemCode.DuplicateEntry, duplicate.Key.Item1, duplicate.Key.Item2, name));
        }

        foreach (PriceListEntry entry in entryArray)
        {
            CheckEntry(entry, problems);
        }

        return problems.Count > 0
            ? throw new PriceListException(problems)
            : new PriceList(name, validFrom, validTo, basis, entryArray);
    }

    /// <summary>True when the list applies on <paramref name="date"/>.</summary>
    public bool IsInEffectOn(DateOnly date) => date >= ValidFrom && (ValidTo is null || date <= ValidTo);

    /// <summary>True when the validity periods of the two lists share a date.</summary>
    public bool OverlapsInTime(PriceList other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return (other.ValidTo is null || ValidFrom <= other.ValidTo) && (ValidTo is null || other.ValidFrom <= ValidTo);
    }

    /// <summary>The entry for a plan and segment, if listed.</summary>
    public PriceListEntry? EntryFor(string planCode, CustomerSegment segment) =>
        _entries.GetValueOrDefault((planCode, segment));

    private static void CheckEntry(PriceListEntry entry, List<PriceListProblem> problems)
    {
        void Add(PriceListProblemCode code, string detail) =>
            problems.Add(new PriceListProblem(code, entry.PlanCode, entry.Segment, detail));

        if (string.IsNullOrWhiteSpace(entry.PlanCode))
        {
            Add(PriceListProblemCode.MissingPlanCode, "entry without plan code");
        }

        if (entry.Tiers is null || entry.Tiers.Count == 0)
        {
            Add(PriceListProblemCode.NoTiers, "no tiers");
            return;
        }

        foreach (PriceTier tier in entry.Tiers)
        {
            string range = Range(tier);
            if (tier.MinEndpoints < 1 || tier.MaxEndpoints < tier.MinEndpoints)
            {
                Add(PriceListProblemCode.InvalidTierRange, range);
            }

            if (tier.WholesalePrice.IsNegative || tier.SuggestedRetailPrice.IsNegative)
            {
                Add(PriceListProblemCode.NegativePrice, range);
            }
            else if (tier.WholesalePrice > tier.SuggestedRetailPrice)
            {
                Add(PriceListProblemCode.WholesaleAboveRetail, range);
            }
        }

        PriceTier[] ordered = [.. entry.Tiers.OrderBy(t => t.MinEndpoints)];
        for (int i = 1; i < ordered.Length; i++)
        {
            PriceTier previous = ordered[i - 1];
            PriceTier current = ordered[i];
            string pair = Range(previous) + " / " + Range(current);
            if (previous.MaxEndpoints is null)
            {
                Add(PriceListProblemCode.UnboundedTierNotLast, pair);
            }
            else if (current.MinEndpoints <= previous.MaxEndpoints)
            {
                Add(PriceListProblemCode.TierOverlap, pair);
            }
            else if (current.MinEndpoints > previous.MaxEndpoints + 1)
            {
                Add(PriceListProblemCode.TierGap, pair);
            }
        }
    }

    private static string Range(PriceTier tier) =>
        tier.MinEndpoints.ToString(CultureInfo.InvariantCulture) + "–"
        + (tier.MaxEndpoints?.ToString(CultureInfo.InvariantCulture) ?? "∞") + " endpoints";
}
