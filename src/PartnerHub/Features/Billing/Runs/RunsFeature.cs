namespace PartnerHub.Features.Billing.Runs;

public static class RunsFeature
{
    public static IServiceCollection AddBillingRuns(this IServiceCollection services)
    {
        services.AddScoped<InvoicingPlanner>();
        services.AddScoped<InvoicingRunJob>();
        services.AddScoped<InvoicingRunQueries>();
        services.AddSingleton<InvoicingRunner>();
        // After DemoInvoices: the demo run finds the demo invoices' charges billed and skips them.
        services.AddSingleton<Data.Seeding.IDemoDataContributor, DemoInvoicingRun>();
        return services;
    }
}
