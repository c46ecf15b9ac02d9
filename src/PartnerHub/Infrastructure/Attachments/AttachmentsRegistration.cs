using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PartnerHub.Infrastructure.Attachments;

public static class AttachmentsRegistration
{
    /// <summary>
    /// The file store, the scan hook and the intake. Every feature that takes uploads calls this; only the first call registers
    /// anything, and the Try form lets a deployment register its real scanner first.
    /// </summary>
    public static IServiceCollection AddHubAttachments(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(AttachmentStore)))
        {
            return services;
        }

        services.AddOptions<AttachmentStoreOptions>().BindConfiguration(AttachmentStoreOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<AttachmentStore>();
        services.TryAddSingleton<IAttachmentScanner, RuleCheckingAttachmentScanner>();
        services.AddScoped<AttachmentIntake>();
        return services;
    }
}
