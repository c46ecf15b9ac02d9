namespace PartnerHub.Features.Contracts.RenewalGuidance;

public static class RenewalGuidanceFeature
{
    public static IServiceCollection AddRenewalGuidanceFeature(this IServiceCollection services)
    {
        services.AddScoped<GuidanceQueries>();
        services.AddScoped<GuidanceLetterPrinter>();
        services.AddScoped<RunRenewalGuidance>();
        services.AddSingleton<Data.Seeding.IDemoDataContributor, DemoRenewalGuidance>();
        return services;
    }
}
