using PartnerHub.Domain.Partners;

namespace PartnerHub.Features.Organisations;

/// <summary>The editable fields of an organisation, as the form holds them.</summary>
public sealed class OrganisationInput
{
    public Guid? Id { get; set; }

    public OrganisationKind Kind { get; set; } = OrganisationKind.SalesPartner;

    public string Name { get; set; } = string.Empty;

    public string NameKana { get; set; } = string.Empty;

    public string? CorporateNumber { get; set; }

    public string? InvoiceRegistrationNumber { get; set; }

    public string? PostalCode { get; set; }

    public string? Address { get; set; }

    public string? Phone { get; set; }

    public string? Representative { get; set; }

    public DateTime? AgreementStartDate { get; set; }

    public bool IsActive { get; set; } = true;

    public Guid Version { get; set; }

    public static OrganisationInput From(Organisation organisation)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        return new OrganisationInput
        {
            Id = organisation.Id,
            Kind = organisation.Kind,
            Name = organisation.Name,
            NameKana = organisation.NameKana,
            CorporateNumber = organisation.CorporateNumber,
            InvoiceRegistrationNumber = organisation.InvoiceRegistrationNumber,
            PostalCode = organisation.PostalCode,
            Address = organisation.Address,
            Phone = organisation.Phone,
            Representative = organisation.Representative,
            AgreementStartDate = organisation.AgreementStartDate?.ToDateTime(TimeOnly.MinValue),
            IsActive = organisation.IsActive,
            Version = organisation.Version,
        };
    }
}
