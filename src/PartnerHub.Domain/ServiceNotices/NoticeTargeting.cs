namespace PartnerHub.Domain.ServiceNotices;

/// <summary>How the recipients of a notice are chosen; every kind resolves to customers (and through them, partners).</summary>
public enum TargetKind
{
    /// <summary>Every customer in service.</summary>
    Everyone,

    /// <summary>The customers of the chosen partners (values: partner ids).</summary>
    Partners,

    /// <summary>The customers with a contract of the chosen plans (values: plan codes).</summary>
    Plans,

    /// <summary>The customers with an appliance of the chosen models (values: model codes).</summary>
    ApplianceModels,

    /// <summary>The customers whose appliances report the chosen software versions (values: version strings).</summary>
    SoftwareVersions,

    /// <summary>The customers whose appliances are in the chosen states (values: <c>DeviceState</c> names).</summary>
    DeviceStates,

    /// <summary>A list of customers (values: customer ids).</summary>
    Customers,
}

/// <summary>
/// The targeting of a notice: a kind and its values (none for <see cref="TargetKind.Everyone"/>), optionally narrowed to the
/// customers of some partners (e.g. one partner's customers with a CTS appliance).
/// </summary>
public sealed record NoticeTargeting(TargetKind Kind, IReadOnlyList<string> Values)
{
    /// <summary>When not empty, only the customers of these partners (ignored for <see cref="TargetKind.Partners"/>, which names them itself).</summary>
    public IReadOnlyList<Guid> WithinPartners { get; init; } = [];

    /// <summary>The partners the targeting is narrowed to, as applied.</summary>
    public IReadOnlyList<Guid> EffectivePartners => Kind == TargetKind.Partners ? [] : [.. WithinPartners.Distinct()];

    /// <summary>The narrowing as stored.</summary>
    public string StoredPartners => string.Join(Separator, EffectivePartners.Select(p => p.ToString("D")));

    /// <summary>Separator of the stored values (no value contains a line break).</summary>
    public const char Separator = '\n';

    /// <summary>Everyone.</summary>
    public static NoticeTargeting Everyone { get; } = new(TargetKind.Everyone, []);

    /// <summary>Whether the targeting names what it needs: every kind but <see cref="TargetKind.Everyone"/> needs a value.</summary>
    public bool IsComplete => Kind == TargetKind.Everyone || Values.Any(v => !string.IsNullOrWhiteSpace(v));

    /// <summary>The values as stored.</summary>
    public string StoredValues => string.Join(Separator, Values.Select(v => v.Trim()).Where(v => v.Length > 0));

    /// <summary>Reads stored values back.</summary>
    public static NoticeTargeting FromStored(TargetKind kind, string? values, string? partners = null) =>
        new(kind, (values ?? string.Empty).Split(Separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            WithinPartners = [.. (partners ?? string.Empty).Split(Separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(p => Guid.TryParse(p, out var id) ? id : (Guid?)null).OfType<Guid>()],
        };
}
