namespace PartnerHub.Infrastructure.Tenancy;

/// <summary>Raised when a save would create, change or delete another partner's data.</summary>
public sealed class TenantAccessDeniedException : Exception
{
    public TenantAccessDeniedException()
    {
    }

    public TenantAccessDeniedException(string message)
        : base(message)
    {
    }

    public TenantAccessDeniedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
