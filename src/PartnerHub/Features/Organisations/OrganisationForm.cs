namespace PartnerHub.Features.Organisations;

/// <summary>Marker for OrganisationForm.resx: the organisation and user management texts.</summary>
public sealed class OrganisationForm
{
}
