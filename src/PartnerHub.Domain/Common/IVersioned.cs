namespace PartnerHub.Domain.Common;

/// <summary>
/// An editable aggregate protected by optimistic concurrency: the stamp changes on every save, and a save
/// based on an older stamp is refused instead of silently overwriting someone else's edit.
/// </summary>
public interface IVersioned
{
    /// <summary>Changes on every saved modification.</summary>
    Guid Version { get; set; }
}
