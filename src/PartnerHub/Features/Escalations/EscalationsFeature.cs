using PartnerHub.Features.Escalations.Attachments;
using PartnerHub.Infrastructure.Attachments;

namespace PartnerHub.Features.Escalations;

public static class EscalationsFeature
{
    public static IServiceCollection AddEscalationsFeature(this IServiceCollection services)
    {
        services.AddOptions<EscalationsOptions>().BindConfiguration(EscalationsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddHostedService<HearingTemplatesSeed>();
        services.AddSingleton<SlaReminderService>();
        services.AddHostedService(provider => provider.GetRequiredService<SlaReminderService>());
        services.AddHubAttachments();
        services.AddSingleton<Infrastructure.Retention.IEndedServiceDataEraser, CaseDataEraser>();
        services.AddScoped<EscalationQueries>();
        services.AddScoped<OpenInquiry>();
        services.AddScoped<CaseWork>();
        services.AddSingleton<Data.IDataRepair, FirstAnswerDueBackfill>();
        services.AddSingleton<EscalationNotice>();
        services.AddSingleton<PartnerCaseNotice>();
        services.AddSingleton<Data.Seeding.IDemoDataContributor, DemoEscalations>();
        services.AddScoped<CaseAttachments>();
        services.AddScoped<Templates.HearingTemplateQueries>();
        services.AddScoped<Templates.PublishHearingTemplate>();
        services.AddScoped<PartnerHub.Features.Documents.CustomerData.ICustomerDataExporter, CaseDataSheets>();
        return services;
    }
}
