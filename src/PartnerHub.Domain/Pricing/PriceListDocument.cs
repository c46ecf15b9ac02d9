using System.Text.Json;
using System.Text.Json.Serialization;
using PartnerHub.Domain.Common;
using PartnerHub.Domain.Money;

namespace PartnerHub.Domain.Pricing;

/// <summary>
/// A price list as stored: its header and its entries as JSON. <see cref="ToPriceList"/> turns it into the
/// validated <see cref="PriceList"/> that pricing works with, so a stored list is checked every time it is used.
/// </summary>
public sealed class PriceListDocument : IVersioned
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(), new YenJsonConverter() },
    };

    /// <summary>Stores <paramref name="priceList"/>.</summary>
    public PriceListDocument(Guid id, PriceList priceList)
    {
        ArgumentNullException.ThrowIfNull(priceList);
        Id = id;
        Name = priceList.Name;
        ValidFrom = priceList.ValidFrom;
        ValidTo = priceList.ValidTo;
        Basis = priceList.Basis;
        EntriesJson = JsonSerializer.Serialize(priceList.Entries, s_json);
    }

    private PriceListDocument()
    {
        Name = EntriesJson = string.Empty;
    }

    /// <summary>Identifier.</summary>
    public Guid Id { get; private set; }

    /// <summary>Name, e.g. 2026年度 標準価格表.</summary>
    public string Name { get; private set; }

    /// <summary>First day in effect.</summary>
    public DateOnly ValidFrom { get; private set; }

    /// <summary>Last day in effect, or open-ended.</summary>
    public DateOnly? ValidTo { get; private set; }

    /// <summary>Whether prices include consumption tax.</summary>
    public PriceBasis Basis { get; private set; }

    /// <summary>The entries (plan, segment, unit, tax category, tiers) as JSON.</summary>
    public string EntriesJson { get; private set; }

    /// <inheritdoc />
    public Guid Version { get; set; }

    /// <summary>
    /// True when the list starts after <paramref name="today"/>: only such a version may still be revised. A version in
    /// force or past has priced quotes and contracts, which keep their own snapshot, so its record stays as it was.
    /// </summary>
    public bool IsScheduledAfter(DateOnly today) => ValidFrom > today;

    /// <summary>
    /// Makes way for a successor version starting on <paramref name="successorFrom"/>: this version ends the day
    /// before. Dates before that keep their prices.
    /// </summary>
    /// <exception cref="InvalidOperationException">The successor does not start after this version does.</exception>
    public void EndBefore(DateOnly successorFrom)
    {
        if (successorFrom <= ValidFrom)
        {
            throw new InvalidOperationException("A successor version must start after the version it follows.");
        }

        ValidTo = successorFrom.AddDays(-1);
    }

    /// <summary>
    /// Takes back the days of a successor withdrawn before it started: this version, which ended the day before the
    /// successor, runs to the successor's end again (open-ended when the successor was).
    /// </summary>
    /// <exception cref="InvalidOperationException">This version did not end the day before <paramref name="withdrawn"/>.</exception>
    public void ResumeAfter(PriceListDocument withdrawn)
    {
        ArgumentNullException.ThrowIfNull(withdrawn);
        if (ValidTo != withdrawn.ValidFrom.AddDays(-1))
        {
            throw new InvalidOperationException("Only the version that ended the day before a withdrawn one resumes.");
        }

        ValidTo = withdrawn.ValidTo;
    }

    /// <summary>Replaces the name, basis and entries of a version not yet in force; its dates stay.</summary>
    /// <exception cref="InvalidOperationException">The version is in force or past on <paramref name="today"/>, or the dates differ.</exception>
    public void Revise(PriceList revised, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(revised);
        if (!IsScheduledAfter(today))
        {
            throw new InvalidOperationException("A price list in force or past is not revised.");
        }

        if (revised.ValidFrom != ValidFrom || revised.ValidTo != ValidTo)
        {
            throw new InvalidOperationException("A revision keeps the version's dates.");
        }

        Name = revised.Name;
        Basis = revised.Basis;
        EntriesJson = JsonSerializer.Serialize(revised.Entries, s_json);
    }

    /// <summary>The validated price list; throws <see cref="PriceListException"/> when the stored data is inconsistent.</summary>
    public PriceList ToPriceList() =>
        PriceList.Create(Name, ValidFrom, ValidTo, Basis, JsonSerializer.Deserialize<List<PriceListEntry>>(EntriesJson, s_json) ?? []);

    private sealed class YenJsonConverter : JsonConverter<Yen>
    {
        public override Yen Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => new(reader.GetInt64());

        public override void Write(Utf8JsonWriter writer, Yen value, JsonSerializerOptions options) => writer.WriteNumberValue(value.Amount);
    }
}
