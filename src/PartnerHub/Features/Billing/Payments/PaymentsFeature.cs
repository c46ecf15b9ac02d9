namespace PartnerHub.Features.Billing.Payments;

public static class PaymentsFeature
{
    public static IServiceCollection AddPaymentsFeature(this IServiceCollection services)
    {
        services.AddOptions<PaymentsOptions>().BindConfiguration(PaymentsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<ReceivableQueries>();
        services.AddScoped<PaymentQueries>();
        services.AddScoped<DunningQueries>();
        services.AddScoped<RecordPayment>();
        services.AddScoped<AssignPayment>();
        services.AddScoped<AllocatePayment>();
        services.AddScoped<ReversePayment>();
        services.AddScoped<PayerNameTable>();
        services.AddScoped<ImportZenginPayments>();
        services.AddScoped<BankCancellationQueries>();
        services.AddScoped<ResolveBankCancellation>();
        services.AddScoped<RunDunningNow>();
        services.AddSingleton<DunningRun>();
        services.AddSingleton<IDunningRound>(provider => provider.GetRequiredService<DunningRun>());
        services.AddHostedService<DunningJob>();
        services.AddSingleton<IContractPaymentStatus, ContractPaymentStatus>();
        services.AddSingleton<Data.Seeding.IDemoDataContributor, DemoPayments>();
        // After the demo payments, which would otherwise pay its first invoice: a 002 kitting task awaiting payment.
        services.AddSingleton<Data.Seeding.IDemoDataContributor, DemoAwaitingPayment>();
        return services;
    }
}
