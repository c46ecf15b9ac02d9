using PartnerHub.Domain.Common;

namespace PartnerHub.Domain.Customers;

/// <summary>
/// A corporation that uses the service (利用者). It is the customer of exactly one sales partner, which keeps
/// its record (004 §5); the vendor may reassign it to another partner.
/// </summary>
public sealed class Customer : IPartnerOwned, IVersioned
{
    private readonly List<ServiceContactRecord> _contactHistory = [];

    /// <summary>Creates a customer of <paramref name="partnerId"/> with its registered service contact.</summary>
    public Customer(Guid id, Guid partnerId, string name, string nameKana, ServiceContact serviceContact, DateTimeOffset registeredAt)
    {
        Id = id;
        PartnerId = partnerId;
        Name = name;
        NameKana = nameKana;
        ServiceContact = serviceContact;
        _contactHistory.Add(new ServiceContactRecord(Guid.NewGuid(), id, partnerId, serviceContact, registeredAt));
    }

    private Customer()
    {
        Name = NameKana = string.Empty;
        ServiceContact = null!;
    }

    /// <summary>Identifier.</summary>
    public Guid Id { get; private set; }

    /// <inheritdoc />
    public Guid PartnerId { get; private set; }

    /// <summary>Registered company name.</summary>
    public string Name { get; set; }

    /// <summary>Company name in katakana (フリガナ).</summary>
    public string NameKana { get; set; }

    /// <summary>13-digit corporate number (法人番号).</summary>
    public string? CorporateNumber { get; set; }

    /// <summary>Postal code 123-4567.</summary>
    public string? PostalCode { get; set; }

    /// <summary>Prefecture (都道府県), kept apart for filtering.</summary>
    public string? Prefecture { get; set; }

    /// <summary>Address after the prefecture.</summary>
    public string? Address { get; set; }

    /// <summary>Main phone number.</summary>
    public string? Phone { get; set; }

    /// <summary>Industry (業種).</summary>
    public string? Industry { get; set; }

    /// <summary>Price-list segment.</summary>
    public CustomerSegment Segment { get; set; }

    /// <summary>E-mail addresses that receive alert notifications (004 別紙2: e-mail notices are in English).</summary>
    public string? NotificationEmails { get; set; }

    /// <summary>Language of portal and push notifications: "ja" or "en".</summary>
    public string NotificationLanguage { get; set; } = "ja";

    /// <summary>The one registered service contact person (004 §5-1).</summary>
    public ServiceContact ServiceContact { get; private set; }

    /// <summary>Every registration of the service contact, the current one included.</summary>
    public IReadOnlyList<ServiceContactRecord> ContactHistory => _contactHistory;

    /// <inheritdoc />
    public Guid Version { get; set; }

    /// <summary>
    /// Replaces the registered service contact; the previous registration is kept as history because support
    /// given to the earlier contact must remain attributable.
    /// </summary>
    public void ReplaceServiceContact(ServiceContact contact, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(contact);
        if (contact == ServiceContact)
        {
            return;
        }

        foreach (var current in _contactHistory.Where(record => record.ReplacedAt is null))
        {
            current.End(at);
        }

        _contactHistory.Add(new ServiceContactRecord(Guid.NewGuid(), Id, PartnerId, contact, at));
        ServiceContact = contact;
    }

    /// <summary>
    /// Erases the personal contact details once the retention after the service's end has passed (001 §16; 004 §10-4):
    /// the service contact and its history, and the notification addresses. The company's name, address, phone and
    /// corporate number stay: the partner keeps them for its books with the contract history.
    /// </summary>
    /// <returns>How many contact registrations were erased.</returns>
    public int EraseContactDetails()
    {
        ServiceContact = ServiceContact.Erased;
        NotificationEmails = null;
        foreach (var record in _contactHistory)
        {
            record.Erase();
        }

        return _contactHistory.Count;
    }

    /// <summary>Moves the customer to another sales partner (a vendor decision).</summary>
    public void AssignToPartner(Guid partnerId)
    {
        PartnerId = partnerId;
        foreach (var record in _contactHistory)
        {
            record.MoveToPartner(partnerId);
        }
    }
}
