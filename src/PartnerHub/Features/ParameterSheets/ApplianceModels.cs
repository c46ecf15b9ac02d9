using PartnerHub.Domain.Pricing;

namespace PartnerHub.Features.ParameterSheets;

/// <summary>Finds the appliance model (and so its limits) of a sheet by code.</summary>
public static class ApplianceModels
{
    public static ApplianceModel Find(string code) =>
        ServicePlan.All.Select(p => p.Model).FirstOrDefault(m => string.Equals(m.Code, code, StringComparison.Ordinal)) ?? ApplianceModel.CyberThreatSensor;
}
