namespace PartnerHub.Infrastructure.Querying;

public static class QueryingRegistration
{
    public static IServiceCollection AddHubQuerying(this IServiceCollection services)
    {
        services.AddScoped<PartnerOptions>();
        services.AddScoped<CustomerLookup>();
        return services;
    }
}
