namespace PartnerHub.Domain.Escalations;

/// <summary>Whether a case item leaves the vendor side at all; the TLP marking then limits who sees it.</summary>
public enum NoteVisibility
{
    /// <summary>
    /// Desk-only detail, e.g. the portal's administration view that customers cannot see (004 別紙3 §1-3-③): only the
    /// desk and vendor operations, whatever the marking.
    /// </summary>
    Internal,

    /// <summary>Shared with the owning partner (and further as the marking allows).</summary>
    SharedWithPartner,
}
