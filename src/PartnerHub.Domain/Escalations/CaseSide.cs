namespace PartnerHub.Domain.Escalations;

/// <summary>Which side of the escalation wrote or uploaded an item.</summary>
public enum CaseSide
{
    /// <summary>The owning partner (first line).</summary>
    Partner,

    /// <summary>The second-line desk.</summary>
    Desk,
}
