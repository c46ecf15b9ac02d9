using PartnerHub.Domain.Customers;

namespace PartnerHub.Domain.Pricing;

/// <summary>What makes a price list unusable; found when the list is created, never at quote time.</summary>
public enum PriceListProblemCode
{
    /// <summary>The list's valid-to date is before its valid-from date.</summary>
    InvalidValidity,

    /// <summary>The list has no entries.</summary>
    NoEntries,

    /// <summary>An entry has no plan code.</summary>
    MissingPlanCode,

    /// <summary>Two entries share a plan and segment.</summary>
    DuplicateEntry,

    /// <summary>An entry has no tiers.</summary>
    NoTiers,

    /// <summary>A tier starts below 1 endpoint or ends before it starts.</summary>
    InvalidTierRange,

    /// <summary>Two tiers cover the same endpoint count.</summary>
    TierOverlap,

    /// <summary>Endpoint counts between two tiers are covered by neither.</summary>
    TierGap,

    /// <summary>An open-ended tier ("and above") is followed by another tier.</summary>
    UnboundedTierNotLast,

    /// <summary>A price is negative.</summary>
    NegativePrice,

    /// <summary>The partner's purchase price exceeds the suggested retail price.</summary>
    WholesaleAboveRetail,

    /// <summary>Two lists in effect on a common date both price the same plan and segment.</summary>
    OverlappingPriceLists,
}

/// <summary>One problem in a price list, with where it is.</summary>
/// <param name="Code">What is wrong.</param>
/// <param name="PlanCode">The plan concerned, if any.</param>
/// <param name="Segment">The segment concerned, if any.</param>
/// <param name="Detail">Human-readable detail for logs (endpoint counts, list names); the UI localises <paramref name="Code"/>.</param>
public sealed record PriceListProblem(PriceListProblemCode Code, string? PlanCode, CustomerSegment? Segment, string Detail);

/// <summary>Thrown when a price list or catalog is created from inconsistent data; lists every problem at once.</summary>
public sealed class PriceListException : Exception
{
    /// <summary>Creates the exception from its problems.</summary>
    public PriceListException(IReadOnlyList<PriceListProblem> problems)
        : base("The price list is invalid: " + string.Join("; ", problems.Select(p => p.Code + " " + p.Detail)))
    {
        Problems = problems;
    }

    /// <summary>Creates the exception with a message only (serialisation and tooling).</summary>
    public PriceListException()
    {
        Problems = [];
    }

    /// <summary>Creates the exception with a message only (serialisation and tooling).</summary>
    public PriceListException(string message)
        : base(message)
    {
        Problems = [];
    }

    /// <summary>Creates the exception with a message and cause (serialisation and tooling).</summary>
    public PriceListException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [];
    }

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<PriceListProblem> Problems { get; }
}
