using PartnerHub.Features.Organisations.Documents;
using PartnerHub.Features.Organisations.Users;

namespace PartnerHub.Features.Organisations;

public static class OrganisationsFeature
{
    public static IServiceCollection AddOrganisationsFeature(this IServiceCollection services)
    {
        services.AddScoped<OrganisationQueries>();
        services.AddScoped<SaveOrganisation>();
        services.AddScoped<CreateUser>();
        services.AddScoped<ManageUserAccess>();
        services.AddScoped<OrganisationMasterSheetPdf>();
        return services;
    }
}
