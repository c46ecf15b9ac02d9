namespace PartnerHub.Domain.Common;

/// <summary>
/// A record that belongs to exactly one sales partner. The hub scopes every read and authorises every write
/// of such records by <see cref="PartnerId"/>, so a partner's user never reaches another partner's data.
/// </summary>
public interface IPartnerOwned
{
    /// <summary>The owning sales partner organisation.</summary>
    Guid PartnerId { get; }
}
