namespace PartnerHub.Domain.Escalations;

/// <summary>What someone wants to do with a marked item.</summary>
public enum TlpAction
{
    /// <summary>See it in the hub.</summary>
    View,

    /// <summary>Download it or put it in a PDF or Excel export.</summary>
    Export,

    /// <summary>Pass it on outside the viewer's own organisation (e-mail, minutes, an advisory), beyond what the hub shows.</summary>
    Forward,
}
