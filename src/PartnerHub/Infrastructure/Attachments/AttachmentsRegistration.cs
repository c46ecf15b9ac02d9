using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PartnerHub.Infrastructure.Attachments;

public static class AttachmentsRegistration
{
    /// <summary>
    /// The file store and the scan hook. Every feature that takes uploads calls this; the Try forms keep one store and
    /// let a deployment register its real scanner first.
    /// </summary>
    public static IServiceCollection AddHubAttachments(this IServiceCollection services)
    {
        services.AddOptions<AttachmentStoreOptions>().BindConfiguration(AttachmentStoreOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<AttachmentStore>();
        services.TryAddSingleton<IAttachmentScanner, RuleCheckingAttachmentScanner>();
        return services;
    }
}
