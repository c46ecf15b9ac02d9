using PartnerHub.Domain.Customers;
using PartnerHub.Domain.Devices.Alerts;
using PartnerHub.Domain.Devices.Health;
using PartnerHub.Domain.Pricing;
using PartnerHub.ScaleData.Catalogues;

namespace PartnerHub.ScaleData.Generation;

/// <summary>What the steps made that later steps refer to (kept small: no entities, only what is needed).</summary>
internal sealed class World
{
    public List<PartnerRef> Partners { get; } = [];

    public List<CustomerRef> Customers { get; } = [];

    /// <summary>Customers that have at least one contract, for inquiries.</summary>
    public List<CustomerRef> ContractedCustomers { get; } = [];

    /// <summary>Appliances installed at customers that send telemetry.</summary>
    public List<FieldAppliance> Reporting { get; } = [];
}

/// <summary>A sales partner and the people who act for it in the generated history.</summary>
internal sealed record PartnerRef(Guid Id, string Name, int Region, string City, string Domain, DateOnly Since, IReadOnlyList<string> Staff);

/// <summary>A generated customer.</summary>
internal sealed record CustomerRef(Guid Id, PartnerRef Partner, string Name, CustomerSegment Segment, ServiceContact Contact, Region Region, City City,
    string Address, string Domain, DateTimeOffset RegisteredAt);

/// <summary>The network a sensor watches, from its parameter sheet (alerts use its addresses).</summary>
internal sealed record SiteNetwork(string Prefix, int PrefixLength, string ManagementIp);

/// <summary>An appliance at a customer whose telemetry the telemetry step makes.</summary>
internal sealed class FieldAppliance(Guid applianceId, string serial, ApplianceModel model, CustomerRef customer, Guid contractId, SiteNetwork network,
    int endpoints, long bandwidthMbps, DateTimeOffset reportingFrom, bool activatedByTelemetry)
{
    public Guid ApplianceId { get; } = applianceId;

    public string Serial { get; } = serial;

    public ApplianceModel Model { get; } = model;

    public CustomerRef Customer { get; } = customer;

    public Guid ContractId { get; } = contractId;

    public SiteNetwork Network { get; } = network;

    public int Endpoints { get; } = endpoints;

    public long BandwidthMbps { get; } = bandwidthMbps;

    /// <summary>First telemetry (installation, or the start of the telemetry window).</summary>
    public DateTimeOffset ReportingFrom { get; } = reportingFrom;

    /// <summary>Delivered inside the window: its first telemetry confirms data collection and starts the service (ingest).</summary>
    public bool ActivatedByTelemetry { get; } = activatedByTelemetry;

    /// <summary>The state the telemetry is shaped to produce when the hub evaluates it at "now".</summary>
    public DeviceState TargetState { get; set; } = DeviceState.Online;

    /// <summary>The sensor software it reports (set by the telemetry plan).</summary>
    public string SoftwareVersion { get; set; } = string.Empty;

    /// <summary>A few of its alerts, for inquiries opened from an alert.</summary>
    public List<AlertRef> Alerts { get; } = [];

    /// <summary>Alerts sent so far (for sampling <see cref="Alerts"/>).</summary>
    public int AlertsSeen { get; set; }
}

/// <summary>An alert the telemetry step sent, as an inquiry refers to it.</summary>
internal sealed record AlertRef(string EventId, DateTimeOffset ObservedAt, ThreatClass ThreatClass, string Signature);
