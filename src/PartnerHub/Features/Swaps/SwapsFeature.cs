using PartnerHub.Infrastructure.Attachments;

namespace PartnerHub.Features.Swaps;

public static class SwapsFeature
{
    public static IServiceCollection AddSwapsFeature(this IServiceCollection services)
    {
        services.AddHubAttachments();
        services.AddScoped<SwapQueries>();
        services.AddScoped<SwapEvidenceUploads>();
        services.AddScoped<OpenSwap>();
        services.AddScoped<SwapWork>();
        services.AddSingleton<Logistics.IReplacementShipment, SwapReplacementShipping>();
        services.AddSingleton<Data.Seeding.IDemoDataContributor, DemoSwaps>();
        return services;
    }
}
