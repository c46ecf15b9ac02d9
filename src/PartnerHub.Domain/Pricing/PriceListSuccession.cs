namespace PartnerHub.Domain.Pricing;

/// <summary>
/// How a new price list version takes over from the stored ones: every stored version that prices one of its plan and
/// segment pairs and would still be in force on its first day ends the day before (<see cref="Superseded"/>). A stored
/// version that starts on or after that day cannot be superseded (it would vanish or overlap): that is a
/// <see cref="PriceListProblemCode.OverlappingPriceLists"/> problem, and the vendor revises that version instead.
/// Nothing already in force is rewritten: the old prices keep applying to the dates before the new version.
/// </summary>
/// <param name="Superseded">The stored versions to end before the new one.</param>
/// <param name="Problems">Why the new version does not fit; empty when it does.</param>
public sealed record PriceListSuccession(IReadOnlyList<PriceListDocument> Superseded, IReadOnlyList<PriceListProblem> Problems)
{
    /// <summary>True when the new version fits after ending <see cref="Superseded"/>.</summary>
    public bool Fits => Problems.Count == 0;

    /// <summary>Works out how <paramref name="next"/> follows <paramref name="stored"/>.</summary>
    public static PriceListSuccession For(IEnumerable<PriceListDocument> stored, PriceList next)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(next);
        List<PriceListDocument> superseded = [];
        List<PriceListProblem> problems = [];
        foreach (PriceListDocument document in stored)
        {
            PriceList list = document.ToPriceList();
            PriceListEntry[] shared = [.. list.Entries.Where(e => next.EntryFor(e.PlanCode, e.Segment) is not null)];
            if (shared.Length == 0 || !list.OverlapsInTime(next))
            {
                continue;
            }

            if (list.ValidFrom < next.ValidFrom)
            {
                superseded.Add(document);
                continue;
            }

            problems.AddRange(shared.Select(e => new PriceListProblem(
                PriceListProblemCode.OverlappingPriceLists, e.PlanCode, e.Segment, list.Name + " / " + next.Name)));
        }

        return new PriceListSuccession(superseded, problems);
    }
}
