namespace PartnerHub.Features.Contracts;

public static class ContractsFeature
{
    public static IServiceCollection AddContractsFeature(this IServiceCollection services)
    {
        services.AddScoped<ContractQueries>();
        services.AddScoped<PlaceOrder>();
        services.AddScoped<Ending.ScheduleContractEnd>();
        services.AddScoped<Ending.CancelOrder>();
        // Before the devices feature's demo telemetry, which feeds the sensors these orders deliver.
        services.AddSingleton<Data.Seeding.IDemoDataContributor, DemoOrders>();
        // After DemoOrders: its demo contract takes the next free contract number.
        RenewalGuidance.RenewalGuidanceFeature.AddRenewalGuidanceFeature(services);
        return services;
    }
}
