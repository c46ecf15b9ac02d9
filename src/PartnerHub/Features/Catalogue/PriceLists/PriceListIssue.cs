using PartnerHub.Domain.Customers;
using PartnerHub.Domain.Pricing;

namespace PartnerHub.Features.Catalogue.PriceLists;

/// <summary>What the editor refuses before the domain sees the list.</summary>
public enum PriceListEditCode
{
    NotAllowed,
    NotFound,
    Conflict,
    NotEditable,
    NameRequired,
    NameTooLong,
    DateRequired,
    DateInPast,
    TierIncomplete,
    PriceNotPositive,
    EndpointsNotPositive,
    UnknownPlan,
}

/// <summary>
/// One reason a price list is not saved: <see cref="Key"/> names the localised message (Problem_ + an edit code or a
/// <see cref="PriceListProblemCode"/>); the plan, segment and detail say where.
/// </summary>
public sealed record PriceListIssue(string Key, string? PlanCode, CustomerSegment? Segment, string? Detail)
{
    public static PriceListIssue Of(PriceListEditCode code, string? planCode = null, CustomerSegment? segment = null, string? detail = null) =>
        new("Problem_" + code, planCode, segment, detail);

    public static PriceListIssue Of(PriceListProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return new("Problem_" + problem.Code, problem.PlanCode, problem.Segment, problem.Detail);
    }
}

/// <summary>The saved version's id, or why nothing was saved.</summary>
public sealed record PriceListSaveResult(Guid? Id, IReadOnlyList<PriceListIssue> Issues)
{
    public bool Succeeded => Id is not null;

    public static PriceListSaveResult Fail(PriceListEditCode code) => new(null, [PriceListIssue.Of(code)]);

    public static PriceListSaveResult Fail(IEnumerable<PriceListIssue> issues) => new(null, [.. issues]);
}
