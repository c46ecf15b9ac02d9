using Microsoft.AspNetCore.Identity;

namespace PartnerHub.Data;

/// <summary>A person who signs in to the hub; always a member of exactly one organisation.</summary>
public sealed class ApplicationUser : IdentityUser
{
    public Guid OrganisationId { get; set; }

    public string DisplayName { get; set; } = string.Empty;

    /// <summary>"ja" or "en"; the UI language chosen at the last switch.</summary>
    public string PreferredCulture { get; set; } = "ja";
}
