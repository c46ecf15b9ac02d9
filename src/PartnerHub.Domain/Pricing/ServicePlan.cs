namespace PartnerHub.Domain.Pricing;

/// <summary>
/// A service the partners sell: its code (as price lists name it), the appliance model that delivers it and its
/// display names. The two plans mirror the seeds: the reseller-sold sensor service (004) and the chamber of
/// commerce UTM monitoring service (002).
/// </summary>
/// <param name="Code">Plan code used by price lists.</param>
/// <param name="NameJa">Japanese name.</param>
/// <param name="NameEn">English name.</param>
/// <param name="Model">Appliance model and its limits (004 別紙2; 002 §5-8).</param>
/// <param name="PolicyCode">
/// The contract policy the plan follows (a <see cref="Contracts.Terms.ServicePlanPolicy"/> code: 004, 002, 003, 001, 000
/// or a vendor-defined one); every plan names one (DOMAIN.md "Decisions": Plans).
/// </param>
public sealed record ServicePlan(string Code, string NameJa, string NameEn, ApplianceModel Model, string PolicyCode)
{
    /// <summary>The sensor service sold through partners (004).</summary>
    public static ServicePlan SensorService { get; } = new("CTS-STD", "サイバー脅威センサーサービス", "Cyber threat sensor service", ApplianceModel.CyberThreatSensor, "004");

    /// <summary>The chamber-of-commerce UTM monitoring service (002).</summary>
    public static ServicePlan ChamberUtm { get; } = new("UTM-CCI", "UTM監視サービス（商工会議所）", "UTM monitoring (chamber of commerce)", ApplianceModel.ChamberUtm, "002");

    /// <summary>Every plan on offer.</summary>
    public static IReadOnlyList<ServicePlan> All { get; } = [SensorService, ChamberUtm];

    /// <summary>The plan with <paramref name="code"/>, or null.</summary>
    public static ServicePlan? Find(string? code) => All.FirstOrDefault(p => string.Equals(p.Code, code, StringComparison.Ordinal));

    /// <summary>The name in the UI language ("en" gives English, anything else Japanese).</summary>
    public string NameIn(string twoLetterLanguage) => twoLetterLanguage == "en" ? NameEn : NameJa;
}
