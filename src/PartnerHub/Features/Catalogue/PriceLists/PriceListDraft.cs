using PartnerHub.Domain.Customers;
using PartnerHub.Domain.Money;
using PartnerHub.Domain.Pricing;

namespace PartnerHub.Features.Catalogue.PriceLists;

/// <summary>One endpoint band as the editor holds it: empty fields stay null until checked.</summary>
public sealed class TierDraft
{
    public int? MinEndpoints { get; set; }

    /// <summary>Null for "and above" (only the last band).</summary>
    public int? MaxEndpoints { get; set; }

    public long? Wholesale { get; set; }

    public long? Retail { get; set; }
}

/// <summary>The tiers of one plan and segment as the editor holds them.</summary>
public sealed class EntryDraft
{
    public string PlanCode { get; set; } = string.Empty;

    public CustomerSegment Segment { get; set; }

    public PriceUnit Unit { get; set; }

    public TaxCategory TaxCategory { get; set; } = TaxCategory.Standard;

    public List<TierDraft> Tiers { get; set; } = [];
}

/// <summary>A price list version as the editor holds it; <see cref="From(PriceList)"/> copies a stored version.</summary>
public sealed class PriceListDraft
{
    public string Name { get; set; } = string.Empty;

    public DateTime? ValidFrom { get; set; }

    public PriceBasis Basis { get; set; } = PriceBasis.TaxExcluded;

    public List<EntryDraft> Entries { get; set; } = [];

    public static PriceListDraft From(PriceList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        return new PriceListDraft
        {
            Name = list.Name,
            ValidFrom = list.ValidFrom.ToDateTime(TimeOnly.MinValue),
            Basis = list.Basis,
            Entries = [.. list.Entries.Select(e => new EntryDraft
            {
                PlanCode = e.PlanCode, Segment = e.Segment, Unit = e.Unit, TaxCategory = e.TaxCategory,
                Tiers = [.. e.Tiers.Select(t => new TierDraft
                {
                    MinEndpoints = t.MinEndpoints, MaxEndpoints = t.MaxEndpoints, Wholesale = t.WholesalePrice.Amount, Retail = t.SuggestedRetailPrice.Amount,
                })],
            })],
        };
    }
}
