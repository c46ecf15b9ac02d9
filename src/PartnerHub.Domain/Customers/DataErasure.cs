using PartnerHub.Domain.Common;

namespace PartnerHub.Domain.Customers;

/// <summary>
/// Evidence that a customer's stored data was erased after the retention following the service's end (001 §16; 004
/// §10-4): what kind of data, how much and when — never the data itself.
/// </summary>
public sealed class DataErasure : IPartnerOwned
{
    /// <summary>Records an erasure.</summary>
    /// <param name="id">Identifier.</param>
    /// <param name="partnerId">The customer's partner.</param>
    /// <param name="customerId">The customer.</param>
    /// <param name="contractId">The contract whose data was erased; null for the customer's own data (contacts, cases).</param>
    /// <param name="dueOn">Last day of the retention.</param>
    /// <param name="erasedAt">When it ran.</param>
    /// <param name="summary">Counts per kind, e.g. "telemetry events: 1200; alert counts: 30".</param>
    public DataErasure(Guid id, Guid partnerId, Guid customerId, Guid? contractId, DateOnly dueOn, DateTimeOffset erasedAt, string summary)
    {
        Id = id;
        PartnerId = partnerId;
        CustomerId = customerId;
        ContractId = contractId;
        DueOn = dueOn;
        ErasedAt = erasedAt;
        Summary = summary;
    }

    private DataErasure()
    {
        Summary = string.Empty;
    }

    /// <summary>Identifier.</summary>
    public Guid Id { get; private set; }

    /// <inheritdoc />
    public Guid PartnerId { get; private set; }

    /// <summary>The customer.</summary>
    public Guid CustomerId { get; private set; }

    /// <summary>The contract whose data was erased; null for the customer's own data.</summary>
    public Guid? ContractId { get; private set; }

    /// <summary>Last day of the retention period.</summary>
    public DateOnly DueOn { get; private set; }

    /// <summary>When the erasure ran.</summary>
    public DateTimeOffset ErasedAt { get; private set; }

    /// <summary>What was erased, as counts per kind.</summary>
    public string Summary { get; private set; }
}
