namespace PartnerHub.Domain.Escalations;

/// <summary>Where the desk's first-answer clock stands.</summary>
public enum SlaState
{
    /// <summary>Not answered yet, due time not passed, not paused.</summary>
    Running,

    /// <summary>Not answered yet, waiting for the customer: the clock does not run.</summary>
    Paused,

    /// <summary>Answered by the due time.</summary>
    Met,

    /// <summary>Answered after the due time, or not answered and the due time has passed.</summary>
    Breached,
}
