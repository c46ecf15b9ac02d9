using PartnerHub.Domain.Common;

namespace PartnerHub.Domain.Partners;

/// <summary>
/// An organisation working in the hub: the vendor, a sales partner or a hardware vendor.
/// Partners are tenants: their customers and everything below them carry the partner's id.
/// </summary>
public sealed class Organisation : IVersioned
{
    /// <summary>Creates an organisation; names are required, everything else can be filled later.</summary>
    public Organisation(Guid id, OrganisationKind kind, string name, string nameKana)
    {
        Id = id;
        Kind = kind;
        Name = RequireText(name, nameof(name));
        NameKana = RequireText(nameKana, nameof(nameKana));
    }

    /// <summary>Identifier.</summary>
    public Guid Id { get; private set; }

    /// <summary>Vendor, sales partner or hardware vendor; fixed at creation because roles depend on it.</summary>
    public OrganisationKind Kind { get; private set; }

    /// <summary>Registered company name, e.g. 株式会社みなと情報システム.</summary>
    public string Name { get; set; }

    /// <summary>Company name in katakana, used for sorting and search (フリガナ).</summary>
    public string NameKana { get; set; }

    /// <summary>13-digit corporate number (法人番号), if the organisation has one.</summary>
    public string? CorporateNumber { get; set; }

    /// <summary>Qualified-invoice issuer registration number (T + 13 digits).</summary>
    public string? InvoiceRegistrationNumber { get; set; }

    /// <summary>Postal code in the form 123-4567.</summary>
    public string? PostalCode { get; set; }

    /// <summary>Address from the prefecture down, in Japanese order.</summary>
    public string? Address { get; set; }

    /// <summary>Main phone number.</summary>
    public string? Phone { get; set; }

    /// <summary>Representative (代表者) name.</summary>
    public string? Representative { get; set; }

    /// <summary>Date the partner agreement started, if a partner.</summary>
    public DateOnly? AgreementStartDate { get; set; }

    /// <summary>Inactive organisations keep their history but their users cannot sign in.</summary>
    public bool IsActive { get; set; } = true;

    /// <inheritdoc />
    public Guid Version { get; set; }

    private static string RequireText(string value, string name) =>
        string.IsNullOrWhiteSpace(value) ? throw new ArgumentException("A value is required.", name) : value.Trim();
}
