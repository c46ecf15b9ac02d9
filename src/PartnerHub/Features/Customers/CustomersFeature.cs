namespace PartnerHub.Features.Customers;

public static class CustomersFeature
{
    public static IServiceCollection AddCustomersFeature(this IServiceCollection services)
    {
        services.AddScoped<CustomerQueries>();
        services.AddScoped<ReassignCustomer>();
        services.AddScoped<SaveCustomer>();
        services.AddSingleton<Infrastructure.Retention.IEndedServiceDataEraser, CustomerContactEraser>();
        services.AddScoped<Documents.CustomerData.ICustomerDataExporter, CustomerDataSheets>();
        return services;
    }
}
