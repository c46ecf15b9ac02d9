namespace PartnerHub.Domain.Devices.Health;

/// <summary>Why a required software version cannot be recorded as entered.</summary>
public enum RequiredVersionProblem
{
    /// <summary>No appliance model named.</summary>
    ModelRequired,

    /// <summary>The version is not a version (see <see cref="SensorSoftwareVersion"/>).</summary>
    NotAVersion,

    /// <summary>The note is longer than <see cref="RequiredSoftwareVersion.MaxNoteLength"/>.</summary>
    NoteTooLong,
}

/// <summary>
/// The minimum sensor software version vendor operations require on every appliance of a model from a day on (a security
/// fix or a rule-engine change the service depends on). Records are never changed: a new record with a later (or the
/// same) effective day replaces the requirement from that day, so the history shows what was required when.
/// </summary>
public sealed class RequiredSoftwareVersion
{
    /// <summary>Longest note.</summary>
    public const int MaxNoteLength = 500;

    private RequiredSoftwareVersion()
    {
        ModelCode = MinimumVersion = RecordedBy = string.Empty;
    }

    /// <summary>Identifier.</summary>
    public Guid Id { get; private set; }

    /// <summary>The appliance model it applies to.</summary>
    public string ModelCode { get; private set; }

    /// <summary>The minimum version, as entered (trimmed).</summary>
    public string MinimumVersion { get; private set; }

    /// <summary>First day (Japan time) the requirement holds.</summary>
    public DateOnly EffectiveFrom { get; private set; }

    /// <summary>Why (advisory, fixed defect).</summary>
    public string? Note { get; private set; }

    /// <summary>When it was recorded.</summary>
    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>Who recorded it.</summary>
    public string RecordedBy { get; private set; }

    /// <summary>The parsed minimum version.</summary>
    public SensorSoftwareVersion Minimum => SensorSoftwareVersion.Parse(MinimumVersion)
        ?? throw new InvalidOperationException($"Stored minimum version '{MinimumVersion}' is not a version.");

    /// <summary>A new requirement, or the reason it cannot be recorded.</summary>
    public static (RequiredSoftwareVersion? Requirement, RequiredVersionProblem? Problem) Record(
        Guid id, string? modelCode, string? minimumVersion, DateOnly effectiveFrom, string? note, DateTimeOffset at, string by)
    {
        if (string.IsNullOrWhiteSpace(modelCode))
        {
            return (null, RequiredVersionProblem.ModelRequired);
        }

        if (SensorSoftwareVersion.Parse(minimumVersion) is not { } version)
        {
            return (null, RequiredVersionProblem.NotAVersion);
        }

        string? trimmedNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (trimmedNote?.Length > MaxNoteLength)
        {
            return (null, RequiredVersionProblem.NoteTooLong);
        }

        return (new RequiredSoftwareVersion
        {
            Id = id, ModelCode = modelCode.Trim(), MinimumVersion = version.Text, EffectiveFrom = effectiveFrom, Note = trimmedNote, RecordedAt = at, RecordedBy = by,
        }, null);
    }

    /// <summary>
    /// The requirement in force for <paramref name="modelCode"/> on <paramref name="day"/>: the latest effective day not after
    /// it, and of those the one recorded last (a correction); null when none.
    /// </summary>
    public static RequiredSoftwareVersion? InForce(IEnumerable<RequiredSoftwareVersion> requirements, string modelCode, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(requirements);
        return requirements.Where(r => string.Equals(r.ModelCode, modelCode, StringComparison.Ordinal) && r.EffectiveFrom <= day)
            .OrderByDescending(r => r.EffectiveFrom).ThenByDescending(r => r.RecordedAt).FirstOrDefault();
    }
}
