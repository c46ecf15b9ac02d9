namespace PartnerHub.Data.Auditing;

/// <summary>One change to business data: who, when, what, and the values before and after. Insert-only.</summary>
public sealed class AuditEntry
{
    public Guid Id { get; set; }

    public DateTimeOffset At { get; set; }

    public string? UserId { get; set; }

    public string? UserName { get; set; }

    /// <summary>The partner whose record changed, so a partner can review its own history; null for vendor-wide data.</summary>
    public Guid? PartnerId { get; set; }

    public string EntityType { get; set; } = string.Empty;

    public string EntityId { get; set; } = string.Empty;

    public AuditAction Action { get; set; }

    /// <summary>JSON object: property → { "before": …, "after": … }.</summary>
    public string Changes { get; set; } = "{}";
}

public enum AuditAction
{
    Created,
    Updated,
    Deleted,
}
