namespace PartnerHub.Features.Contracts;

public static class ContractsFeature
{
    public static IServiceCollection AddContractsFeature(this IServiceCollection services)
    {
        services.AddScoped<ContractQueries>();
        services.AddScoped<PlaceOrder>();
        return services;
    }
}
