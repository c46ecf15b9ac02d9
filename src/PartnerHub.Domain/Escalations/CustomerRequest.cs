using PartnerHub.Domain.Common;

namespace PartnerHub.Domain.Escalations;

/// <summary>What the desk asks the customer for (004 別紙3 §1-3-②: 構成管理情報の詳細, 被疑対象機器のログ).</summary>
public enum CustomerRequestKind
{
    /// <summary>Configuration-management details of the network.</summary>
    ConfigurationDetails,

    /// <summary>Logs of suspect devices.</summary>
    DeviceLogs,

    /// <summary>Anything else, as described.</summary>
    Other,
}

/// <summary>One request to the customer and when it was fulfilled.</summary>
public sealed class CustomerRequest : IPartnerOwned
{
    internal CustomerRequest(Guid id, Guid caseId, Guid partnerId, CustomerRequestKind kind, string description, DateTimeOffset at, string by)
    {
        Id = id;
        CaseId = caseId;
        PartnerId = partnerId;
        Kind = kind;
        Description = description;
        RequestedAt = at;
        RequestedBy = by;
    }

    private CustomerRequest()
    {
        Description = RequestedBy = string.Empty;
    }

    /// <summary>Identifier.</summary>
    public Guid Id { get; private set; }

    /// <summary>The case.</summary>
    public Guid CaseId { get; private set; }

    /// <inheritdoc />
    public Guid PartnerId { get; private set; }

    /// <summary>What kind of thing is requested.</summary>
    public CustomerRequestKind Kind { get; private set; }

    /// <summary>What exactly is requested.</summary>
    public string Description { get; private set; }

    /// <summary>When it was requested.</summary>
    public DateTimeOffset RequestedAt { get; private set; }

    /// <summary>Desk user who asked.</summary>
    public string RequestedBy { get; private set; }

    /// <summary>When the customer provided it; null while outstanding.</summary>
    public DateTimeOffset? FulfilledAt { get; private set; }

    /// <summary>Whether it is still outstanding.</summary>
    public bool IsOutstanding => FulfilledAt is null;

    internal bool Fulfil(DateTimeOffset at)
    {
        if (FulfilledAt is not null || at < RequestedAt)
        {
            return false;
        }

        FulfilledAt = at;
        return true;
    }
}
