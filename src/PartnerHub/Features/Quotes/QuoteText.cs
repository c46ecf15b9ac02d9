using Microsoft.Extensions.Localization;
using PartnerHub.Domain.Pricing;

namespace PartnerHub.Features.Quotes;

/// <summary>Sentences about a quote that both the page and the document print.</summary>
public static class QuoteText
{
    public static string Sizing(IStringLocalizer<QuoteStrings> strings, ApplianceModel model, int units, int forEndpoints, int forBandwidth)
    {
        ArgumentNullException.ThrowIfNull(strings);
        ArgumentNullException.ThrowIfNull(model);
        string bandwidth = model.MaxBandwidthMbps is { } limit ? strings["BandwidthLimit", limit] : strings["NoBandwidthLimit"];
        return strings["SizingText", units, forEndpoints, forBandwidth, model.MaxEndpoints, bandwidth];
    }
}
