using System.Globalization;
using PartnerHub.Domain.Common;

namespace PartnerHub.Domain.Devices.Alerts;

/// <summary>What a vendor mapping rule compares; the order is the precedence (a signature id beats text beats category).</summary>
public enum ThreatMatchBy
{
    /// <summary><c>alert.signature_id</c> equals the pattern.</summary>
    SignatureId,

    /// <summary><c>alert.signature</c> contains the pattern (case-insensitive).</summary>
    SignatureText,

    /// <summary><c>alert.category</c> equals the pattern (case-insensitive).</summary>
    Category,
}

/// <summary>Why a mapping rule cannot be saved as entered.</summary>
public enum ThreatMappingProblem
{
    /// <summary>The pattern is empty.</summary>
    PatternRequired,

    /// <summary>A signature id must be a positive whole number.</summary>
    SignatureIdNotANumber,

    /// <summary>The pattern is longer than <see cref="ThreatMappingRule.MaxPatternLength"/>.</summary>
    PatternTooLong,

    /// <summary>A mapping must name a class (mapping to "unclassified" would hide alerts).</summary>
    ClassRequired,

    /// <summary>The finer kind does not belong to the class (C&amp;C, ransomware and lateral movement are malware communication; Tor is suspicious communication).</summary>
    KindDoesNotFitClass,
}

/// <summary>
/// A mapping that vendor operations keep for alerts the built-in classifier leaves unclassified or gets wrong (local
/// rules, other vendors' rule sets): by signature id, by words in the signature, or by category, to a threat class of
/// 004 別紙2 §3. Applied to new alerts at ingest and, on request, re-applied to stored ones.
/// </summary>
public sealed class ThreatMappingRule : IVersioned
{
    /// <summary>Longest pattern (the signature column's size).</summary>
    public const int MaxPatternLength = SensorEventLimits.Signature;

    /// <summary>Longest note.</summary>
    public const int MaxNoteLength = 500;

    private long? _signatureId;

    private ThreatMappingRule()
    {
        Pattern = CreatedBy = UpdatedBy = string.Empty;
    }

    /// <summary>Identifier.</summary>
    public Guid Id { get; private set; }

    /// <summary>What is compared.</summary>
    public ThreatMatchBy MatchBy { get; private set; }

    /// <summary>The signature id, words or category compared.</summary>
    public string Pattern { get; private set; }

    /// <summary>The class the alerts get.</summary>
    public ThreatClass ThreatClass { get; private set; }

    /// <summary>The finer kind they get.</summary>
    public ThreatKind ThreatKind { get; private set; }

    /// <summary>Why the mapping exists (for the next person).</summary>
    public string? Note { get; private set; }

    /// <summary>When it was created.</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Who created it.</summary>
    public string CreatedBy { get; private set; }

    /// <summary>When it was last changed.</summary>
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Who last changed it.</summary>
    public string UpdatedBy { get; private set; }

    /// <inheritdoc />
    public Guid Version { get; set; }

    /// <summary>A new mapping, or the reason it cannot be one.</summary>
    public static (ThreatMappingRule? Rule, ThreatMappingProblem? Problem) Create(
        Guid id, ThreatMatchBy matchBy, string? pattern, ThreatClass threatClass, ThreatKind threatKind, string? note, DateTimeOffset at, string by)
    {
        var rule = new ThreatMappingRule { Id = id, CreatedAt = at, CreatedBy = by };
        var problem = rule.Change(matchBy, pattern, threatClass, threatKind, note, at, by);
        return problem is null ? (rule, null) : (null, problem);
    }

    /// <summary>Changes what the mapping compares and where it sends alerts; nothing changes when there is a problem.</summary>
    public ThreatMappingProblem? Change(ThreatMatchBy matchBy, string? pattern, ThreatClass threatClass, ThreatKind threatKind, string? note, DateTimeOffset at, string by)
    {
        var trimmed = pattern?.Trim() ?? "";
        long? signatureId = null;
        ThreatMappingProblem? problem = trimmed.Length == 0 ? ThreatMappingProblem.PatternRequired
            : trimmed.Length > MaxPatternLength ? ThreatMappingProblem.PatternTooLong
            : matchBy == ThreatMatchBy.SignatureId && !TryParseSignatureId(trimmed, out signatureId) ? ThreatMappingProblem.SignatureIdNotANumber
            : threatClass == ThreatClass.Unclassified ? ThreatMappingProblem.ClassRequired
            : !KindFits(threatClass, threatKind) ? ThreatMappingProblem.KindDoesNotFitClass
            : null;
        if (problem is not null)
        {
            return problem;
        }

        MatchBy = matchBy;
        Pattern = signatureId?.ToString(CultureInfo.InvariantCulture) ?? trimmed;
        _signatureId = signatureId;
        ThreatClass = threatClass;
        ThreatKind = threatKind;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim()[..Math.Min(note.Trim().Length, MaxNoteLength)];
        UpdatedAt = at;
        UpdatedBy = by;
        return null;
    }

    /// <summary>Whether the alert matches.</summary>
    public bool Matches(AlertFacts alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return MatchBy switch
        {
            ThreatMatchBy.SignatureId => alert.SignatureId is { } sid && sid == (_signatureId ??= ParsedSignatureId()),
            ThreatMatchBy.SignatureText => alert.Signature.Contains(Pattern, StringComparison.OrdinalIgnoreCase),
            ThreatMatchBy.Category => alert.Category is { } category && category.Trim().Equals(Pattern, StringComparison.OrdinalIgnoreCase),
            _ => false,
        };
    }

    /// <summary>Whether <paramref name="kind"/> is a finer kind of <paramref name="threatClass"/> (004 別紙2 §3).</summary>
    public static bool KindFits(ThreatClass threatClass, ThreatKind kind) => kind switch
    {
        ThreatKind.None => true,
        ThreatKind.CommandAndControl or ThreatKind.Ransomware or ThreatKind.LateralMovement => threatClass == ThreatClass.MalwareCommunication,
        ThreatKind.Tor => threatClass == ThreatClass.SuspiciousCommunication,
        _ => false,
    };

    private long ParsedSignatureId() => TryParseSignatureId(Pattern, out var sid) ? sid!.Value : -1;

    private static bool TryParseSignatureId(string text, out long? value)
    {
        value = long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed > 0 ? parsed : null;
        return value is not null;
    }
}
