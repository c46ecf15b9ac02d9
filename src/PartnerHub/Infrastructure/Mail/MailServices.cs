namespace PartnerHub.Infrastructure.Mail;

public static class MailServices
{
    /// <summary>The outbox, its sender job and the settings (section <c>Mail</c>, still reading the older <c>Notices</c>).</summary>
    public static IServiceCollection AddMail(this IServiceCollection services)
    {
        services.AddOptions<MailOptions>()
            .BindConfiguration(MailOptions.LegacySection)
            .Configure<IConfiguration>(ReadLegacySecurity)
            .BindConfiguration(MailOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<EmailOutbox>();
        services.AddHostedService<EmailOutboxSender>();
        return services;
    }

    /// <summary>The older <c>Notices:SmtpEnableSsl=false</c> meant a plain connection; true was STARTTLS, still the default.</summary>
    private static void ReadLegacySecurity(MailOptions options, IConfiguration configuration)
    {
        var legacy = configuration.GetSection(MailOptions.LegacySection);
        if (legacy["SmtpSecurity"] is null && bool.TryParse(legacy["SmtpEnableSsl"], out bool enableSsl) && !enableSsl)
        {
            options.SmtpSecurity = SmtpSecurity.None;
        }
    }
}
