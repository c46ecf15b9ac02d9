using PartnerHub.Infrastructure.Attachments;

namespace PartnerHub.Features.Contracts.NonRenewal;

public static class NonRenewalFeature
{
    public static IServiceCollection AddNonRenewal(this IServiceCollection services)
    {
        services.AddHubAttachments();
        services.AddScoped<NonRenewalQueries>();
        services.AddScoped<RecordNonRenewal>();
        services.AddScoped<WithdrawNonRenewal>();
        return services;
    }
}
