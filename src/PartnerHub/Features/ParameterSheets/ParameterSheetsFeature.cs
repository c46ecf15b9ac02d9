namespace PartnerHub.Features.ParameterSheets;

public static class ParameterSheetsFeature
{
    public static IServiceCollection AddParameterSheetsFeature(this IServiceCollection services)
    {
        services.AddScoped<ParameterSheetQueries>();
        services.AddScoped<KittingSheetQueries>();
        services.AddScoped<ParameterSheetWork>();
        services.AddScoped<ParameterSheetWorkbook>();
        services.AddScoped<Observed.SheetObservationQueries>();
        return services;
    }
}
