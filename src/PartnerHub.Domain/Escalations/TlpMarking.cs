namespace PartnerHub.Domain.Escalations;

/// <summary>
/// The sharing condition of an item, by the Traffic Light Protocol 2.0 (FIRST, as JPCERT/CC publishes it), which
/// 000 §9-2 requires every shared item to carry. What each marking allows in the hub is <see cref="TlpPolicy"/>.
/// </summary>
public enum TlpMarking
{
    /// <summary>TLP:RED: the named recipients of the conversation only.</summary>
    Red,

    /// <summary>TLP:AMBER+STRICT: the recipient organisation only.</summary>
    AmberStrict,

    /// <summary>TLP:AMBER: the recipient organisation and its clients who need to know.</summary>
    Amber,

    /// <summary>TLP:GREEN: the community (every partner), not the public.</summary>
    Green,

    /// <summary>TLP:CLEAR: no restriction.</summary>
    Clear,
}

/// <summary>Why a marking could not be changed.</summary>
public enum MarkingRefusal
{
    /// <summary>No such note or attachment, or one the person cannot see.</summary>
    NotFound,

    /// <summary>The item already has that marking.</summary>
    Unchanged,

    /// <summary>Widening someone else's item needs a reason, recorded for its originator to see.</summary>
    ReasonRequired,

    /// <summary>The case takes no changes now (closed, or its data erased).</summary>
    NotAllowedNow,
}
