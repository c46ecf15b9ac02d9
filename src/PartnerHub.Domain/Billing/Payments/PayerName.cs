using PartnerHub.Domain.Accounting;

namespace PartnerHub.Domain.Billing.Payments;

/// <summary>How an entry came into the payer name table.</summary>
public enum PayerNameOrigin
{
    /// <summary>Finance typed it.</summary>
    Entered,

    /// <summary>Learnt when finance assigned an imported payment to the partner by hand.</summary>
    Learnt,
}

/// <summary>
/// A name a partner pays under (finance's kana name table: the parent company, a subsidiary, the bank's abbreviation). The
/// key (<see cref="PayerNameKey.Full"/>) is what the matcher compares, so 「ｶ)ﾐﾅﾄｼﾞﾖｳﾎｳｼｽﾃﾑ」 and 「株式会社みなと情報システム」 are one entry.
/// </summary>
public sealed class PayerName
{
    private PayerName(Guid id, Guid partnerId, string name, PayerNameOrigin origin, DateTimeOffset at, string by)
    {
        Id = id;
        PartnerId = partnerId;
        Name = name.Trim();
        Key = PayerNameKey.From(Name).Full;
        Origin = origin;
        CreatedAt = at;
        CreatedBy = by;
    }

    private PayerName()
    {
        Name = Key = CreatedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid PartnerId { get; private set; }

    /// <summary>The name as typed or as the bank printed it.</summary>
    public string Name { get; private set; }

    /// <summary>The normalised key, unique per partner.</summary>
    public string Key { get; private set; }

    public PayerNameOrigin Origin { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; }

    /// <summary>An entry for <paramref name="name"/>; null when the name reduces to nothing (only spaces or punctuation).</summary>
    public static PayerName? Create(Guid id, Guid partnerId, string? name, PayerNameOrigin origin, DateTimeOffset at, string by) =>
        string.IsNullOrWhiteSpace(name) || PayerNameKey.From(name).Full.Length == 0 ? null : new PayerName(id, partnerId, name, origin, at, by);

    /// <summary>The entry as the matcher takes it, with the partner key the caller uses for open receivables.</summary>
    public PayerNameEntry ToEntry() => new(PartnerId.ToString("N"), Name);
}
