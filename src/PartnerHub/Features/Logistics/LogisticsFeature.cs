using PartnerHub.Features.Logistics.Reports;

namespace PartnerHub.Features.Logistics;

public static class LogisticsFeature
{
    public static IServiceCollection AddLogisticsFeature(this IServiceCollection services)
    {
        services.AddOptions<LogisticsOptions>().BindConfiguration(LogisticsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<DeliveryPromise>();
        services.AddScoped<InventoryQueries>();
        services.AddScoped<KittingQueries>();
        services.AddScoped<RegisterAppliances>();
        services.AddScoped<ArrangeKitting>();
        services.AddScoped<KittingWork>();
        services.AddScoped<RecordDelivery>();
        services.AddScoped<LoanSlipPdf>();
        services.AddScoped<HardwareReportQueries>();
        services.AddScoped<HardwareReportWorkbooks>();
        return services;
    }
}
