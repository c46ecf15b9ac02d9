namespace PartnerHub.Features.ServiceNotices;

public static class ServiceNoticesFeature
{
    public static IServiceCollection AddServiceNoticesFeature(this IServiceCollection services)
    {
        services.AddOptions<ServiceNoticesOptions>().BindConfiguration(ServiceNoticesOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<NoticeComposer>();
        services.AddScoped<PublishServiceNotice>();
        services.AddScoped<AcknowledgeServiceNotice>();
        services.AddScoped<ServiceNoticeQueries>();
        services.AddScoped<NoticeContractQueries>();
        services.AddScoped<ServiceNoticeLetterPrinter>();
        services.AddScoped<RecordLetterPosting>();
        services.AddScoped<RecordOtherDelivery>();
        services.AddScoped<WithdrawServiceNotice>();
        services.AddScoped<CorrectServiceNotice>();
        services.AddScoped<DeliveryLogPdf>();
        // After the contracts' and devices' demo data: the demo notice targets their customers.
        services.AddSingleton<Data.Seeding.IDemoDataContributor, DemoServiceNotices>();
        return services;
    }
}
