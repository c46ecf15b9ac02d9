using PartnerHub.Domain.Common;

namespace PartnerHub.Domain.Customers;

/// <summary>A past or present registration of a customer's service contact, kept when it is replaced.</summary>
public sealed class ServiceContactRecord : IPartnerOwned
{
    /// <summary>Records <paramref name="contact"/> as registered from <paramref name="from"/>.</summary>
    public ServiceContactRecord(Guid id, Guid customerId, Guid partnerId, ServiceContact contact, DateTimeOffset from)
    {
        Id = id;
        CustomerId = customerId;
        PartnerId = partnerId;
        // A copy: the customer's current contact and its history entry are stored separately (EF owned types
        // cannot share one instance).
        Contact = contact with { };
        RegisteredFrom = from;
    }

    private ServiceContactRecord()
    {
        Contact = null!;
    }

    /// <summary>Identifier.</summary>
    public Guid Id { get; private set; }

    /// <summary>The customer this contact was registered for.</summary>
    public Guid CustomerId { get; private set; }

    /// <inheritdoc />
    public Guid PartnerId { get; private set; }

    /// <summary>The contact's details at the time.</summary>
    public ServiceContact Contact { get; private set; }

    /// <summary>When the registration took effect.</summary>
    public DateTimeOffset RegisteredFrom { get; private set; }

    /// <summary>When it was replaced; null while current.</summary>
    public DateTimeOffset? ReplacedAt { get; private set; }

    /// <summary>Ends this registration.</summary>
    public void End(DateTimeOffset at) => ReplacedAt = at;

    /// <summary>Erases the person's details; the dates stay as evidence that a contact was registered.</summary>
    internal void Erase() => Contact = ServiceContact.Erased;

    /// <summary>Follows the customer when the vendor reassigns it to another partner.</summary>
    internal void MoveToPartner(Guid partnerId) => PartnerId = partnerId;
}
