namespace PartnerHub.Domain.Calendars;

/// <summary>
/// Why a calendar or contract rule refused its input. One code list for <c>Calendars/</c> and <c>Contracts/</c> so
/// the UI maps each code to one localised message (resx) instead of showing the Domain's English text.
/// </summary>
public enum RuleViolation
{
    /// <summary>No specific reason was given (only from the exception's parameterless constructors).</summary>
    Unspecified,

    /// <summary>A year outside the range the holiday rules are computed for (1948–2150).</summary>
    YearOutOfRange,

    /// <summary>Working hours that are empty, reversed or overlapping.</summary>
    InvalidWorkingHours,

    /// <summary>A month/day pair that no year has (an annual closure on 2/30).</summary>
    InvalidDayOfYear,

    /// <summary>An interval or period whose end precedes its start.</summary>
    EndBeforeStart,

    /// <summary>A count that must be positive (terms, months, the N of "N-th business day") was zero or negative.</summary>
    NonPositiveCount,

    /// <summary>A month has fewer business days than asked for.</summary>
    NotEnoughBusinessDays,

    /// <summary>An amount of money that must not be negative was negative.</summary>
    NegativeAmount,

    /// <summary>The date lies before the service started.</summary>
    BeforeServiceStart,

    /// <summary>The date lies after the service ended.</summary>
    AfterServiceEnd,

    /// <summary>The policy does not have this rule (e.g. an outage credit under a plan without one).</summary>
    NotProvidedByPolicy,

    /// <summary>A plan code that is unknown or names no known contract policy (never treated as 004).</summary>
    PlanWithoutPolicy,
}

/// <summary>
/// Thrown when a calendar or contract rule gets input it cannot apply. An <see cref="ArgumentException"/> so
/// generic guards still catch it; <see cref="Reason"/> is the code a UI localises.
/// </summary>
public sealed class RuleViolationException : ArgumentException
{
    /// <summary>Creates the exception for <paramref name="reason"/>.</summary>
    public RuleViolationException(RuleViolation reason, string message, string? paramName = null)
        : base(message, paramName)
    {
        Reason = reason;
    }

    /// <summary>Creates the exception without a specific reason (required by the exception pattern).</summary>
    public RuleViolationException()
    {
    }

    /// <summary>Creates the exception without a specific reason (required by the exception pattern).</summary>
    public RuleViolationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception without a specific reason (required by the exception pattern).</summary>
    public RuleViolationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The reason code for the UI.</summary>
    public RuleViolation Reason { get; }
}
