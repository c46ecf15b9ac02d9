namespace PartnerHub.Features.Billing.Exports;

public static class ExportsFeature
{
    /// <summary>The finance exports, the journal mapping, the statement and the receivables they read (<see cref="IOpenReceivableSource"/>).</summary>
    public static IServiceCollection AddBillingExports(this IServiceCollection services)
    {
        services.AddScoped<IOpenReceivableSource, InvoiceReceivables>();
        services.AddScoped<InvoiceRegisterQueries>();
        services.AddScoped<ReceivableAgingQueries>();
        services.AddScoped<DeferredRevenueQueries>();
        services.AddScoped<JournalMappings>();
        services.AddScoped<JournalExport>();
        services.AddScoped<FinanceWorkbooks>();
        services.AddScoped<FinanceCsvFiles>();
        services.AddScoped<StatementQueries>();
        return services;
    }
}
