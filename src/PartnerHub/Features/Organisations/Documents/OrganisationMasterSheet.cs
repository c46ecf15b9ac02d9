using PartnerHub.Domain.Customers;
using PartnerHub.Domain.Partners;

namespace PartnerHub.Features.Organisations.Documents;

/// <summary>Everything printed on an organisation's master sheet (取引先台帳): plain data, already scoped to one organisation.</summary>
public sealed record OrganisationMasterSheet
{
    public required OrganisationKind Kind { get; init; }

    public required string Name { get; init; }

    public string? NameKana { get; init; }

    /// <summary>法人番号, 13 digits.</summary>
    public string? CorporateNumber { get; init; }

    /// <summary>適格請求書発行事業者登録番号: T + 13 digits.</summary>
    public string? InvoiceRegistrationNumber { get; init; }

    public string? PostalCode { get; init; }

    public string? Address { get; init; }

    public string? Phone { get; init; }

    public string? Representative { get; init; }

    public DateOnly? ContractStartDate { get; init; }

    public IReadOnlyList<OrganisationMasterSheetUser> Users { get; init; } = [];

    /// <summary>The organisation's customers (sales partners only); may run to several pages.</summary>
    public IReadOnlyList<OrganisationMasterSheetCustomer> Customers { get; init; } = [];
}

/// <summary>A hub user of the organisation; <see cref="Role"/> is a <see cref="HubRoles"/> name.</summary>
public sealed record OrganisationMasterSheetUser(string Name, string Email, string Role);

public sealed record OrganisationMasterSheetCustomer(string Name, string? NameKana, string? Prefecture, CustomerSegment Segment, int ContractCount);
