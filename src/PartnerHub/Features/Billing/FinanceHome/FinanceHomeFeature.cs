namespace PartnerHub.Features.Billing.FinanceHome;

public static class FinanceHomeFeature
{
    public static IServiceCollection AddFinanceHome(this IServiceCollection services)
    {
        services.AddScoped<FinanceHomeQueries>();
        return services;
    }
}
