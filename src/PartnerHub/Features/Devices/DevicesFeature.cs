using PartnerHub.Features.Devices.Health;
using PartnerHub.Features.Devices.Ingest;

namespace PartnerHub.Features.Devices;

public static class DevicesFeature
{
    public static IServiceCollection AddDevicesFeature(this IServiceCollection services)
    {
        services.AddOptions<BridgeIngestOptions>().BindConfiguration(BridgeIngestOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DeviceHealthOptions>().BindConfiguration(DeviceHealthOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<BridgeKeys>();
        services.AddSingleton<TelemetryIngestor>();
        services.AddSingleton<DeviceStateNotices>();
        services.AddSingleton<DeviceStateEvaluator>();
        services.AddHostedService<DeviceHealthMonitor>();
        services.AddOptions<Retention.TelemetryRetentionOptions>().BindConfiguration(Retention.TelemetryRetentionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<Retention.TelemetryRetention>();
        services.AddHostedService<Retention.TelemetryRetentionJob>();
        services.AddSingleton<Infrastructure.Retention.IEndedServiceDataEraser, Retention.ContractTelemetryEraser>();
        services.AddScoped<DeviceQueries>();
        services.AddScoped<AlertQueries>();
        // Before the telemetry: its evaluation then flags the sensor below the required version.
        services.AddSingleton<Data.Seeding.IDemoDataContributor, SoftwareVersions.DemoRequiredVersions>();
        services.AddSingleton<Data.Seeding.IDemoDataContributor, DemoTelemetry>();
        services.AddScoped<SoftwareVersions.RequiredVersionQueries>();
        services.AddScoped<SoftwareVersions.RequiredVersionEditor>();
        services.AddScoped<ThreatMappings.ThreatMappingQueries>();
        services.AddScoped<ThreatMappings.ThreatMappingEditor>();
        services.AddScoped<ThreatMappings.ThreatReclassification>();
        services.AddSingleton<Data.Seeding.IDemoDataContributor, ThreatMappings.DemoThreatMappings>();
        services.AddScoped<Documents.CustomerData.ICustomerDataExporter, Retention.AlertDataSheet>();
        return services;
    }
}
