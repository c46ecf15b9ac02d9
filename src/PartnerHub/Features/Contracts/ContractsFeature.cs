using PartnerHub.Features.Contracts.NonRenewal;
using PartnerHub.Features.Contracts.Renewals;

namespace PartnerHub.Features.Contracts;

public static class ContractsFeature
{
    public static IServiceCollection AddContractsFeature(this IServiceCollection services)
    {
        services.AddScoped<ContractQueries>();
        services.AddScoped<PlaceOrder>();
        services.AddNonRenewal();
        services.AddRenewals();
        services.AddScoped<Ending.ScheduleContractEnd>();
        services.AddScoped<Ending.CancelOrder>();
        services.AddScoped<Ending.TermsChangeNotices>();
        services.AddScoped<Notices.ContractStops>();
        services.AddScoped<Ending.DiscontinueService>();
        services.AddSingleton<Ending.ServiceEndNotices>();
        services.AddHostedService<Ending.ServiceEndNoticeJob>();
        services.AddOptions<DataAfterEnd.DataAfterEndOptions>().BindConfiguration(DataAfterEnd.DataAfterEndOptions.Section);
        services.AddSingleton<DataAfterEnd.EndedServiceData>();
        services.AddScoped<DataAfterEnd.DataErasureQueries>();
        services.AddHostedService<DataAfterEnd.EndedServiceDataJob>();
        // Before the devices feature's demo telemetry, which feeds the sensors these orders deliver.
        services.AddSingleton<Data.Seeding.IDemoDataContributor, DemoOrders>();
        services.AddScoped<Documents.CustomerData.ICustomerDataExporter, DataAfterEnd.ContractDataSheet>();
        // After DemoOrders: its demo contract takes the next free contract number.
        RenewalGuidance.RenewalGuidanceFeature.AddRenewalGuidanceFeature(services);
        return services;
    }
}
