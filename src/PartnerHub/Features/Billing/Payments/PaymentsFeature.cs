namespace PartnerHub.Features.Billing.Payments;

public static class PaymentsFeature
{
    public static IServiceCollection AddPaymentsFeature(this IServiceCollection services)
    {
        services.AddOptions<PaymentsOptions>().BindConfiguration(PaymentsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<ReceivableQueries>();
        return services;
    }
}
