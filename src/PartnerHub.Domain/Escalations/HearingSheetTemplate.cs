namespace PartnerHub.Domain.Escalations;

/// <summary>
/// A version of the hearing sheet the vendor distributes to partners (004 別紙3 §1-2-①). Versions are immutable: a
/// change makes the next version, so a case always shows the questions its answers were given to.
/// </summary>
public sealed class HearingSheetTemplate
{
    private readonly List<HearingQuestion> _questions = [];

    /// <summary>Creates a template version.</summary>
    /// <exception cref="ArgumentException">No questions, a blank or duplicate key, or a single-choice question without choices.</exception>
    public HearingSheetTemplate(Guid id, string name, int versionNumber, IEnumerable<HearingQuestion> questions, DateTimeOffset publishedAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentOutOfRangeException.ThrowIfLessThan(versionNumber, 1);
        ArgumentNullException.ThrowIfNull(questions);
        _questions.AddRange(questions);
        if (_questions.Count == 0)
        {
            throw new ArgumentException("A hearing sheet needs at least one question.", nameof(questions));
        }

        if (_questions.Any(q => string.IsNullOrWhiteSpace(q.Key))
            || _questions.Select(q => q.Key).Distinct(StringComparer.Ordinal).Count() != _questions.Count)
        {
            throw new ArgumentException("Question keys must be present and unique.", nameof(questions));
        }

        if (_questions.Any(q => q.Type == QuestionType.SingleChoice && q.Choices.Count == 0))
        {
            throw new ArgumentException("A single-choice question needs choices.", nameof(questions));
        }

        Id = id;
        Name = name;
        VersionNumber = versionNumber;
        PublishedAt = publishedAt;
    }

    private HearingSheetTemplate()
    {
        Name = string.Empty;
    }

    /// <summary>Identifier of this version.</summary>
    public Guid Id { get; private set; }

    /// <summary>Name shown to partners.</summary>
    public string Name { get; private set; }

    /// <summary>1, 2, … per template name.</summary>
    public int VersionNumber { get; private set; }

    /// <summary>Questions in the order they are asked.</summary>
    public IReadOnlyList<HearingQuestion> Questions => _questions;

    /// <summary>When the vendor published this version.</summary>
    public DateTimeOffset PublishedAt { get; private set; }

    /// <summary>The question with <paramref name="key"/>, or null.</summary>
    public HearingQuestion? Question(string key) => _questions.Find(q => string.Equals(q.Key, key, StringComparison.Ordinal));

    /// <summary>The next version with <paramref name="questions"/>; this version is unchanged.</summary>
    public HearingSheetTemplate NextVersion(Guid id, IEnumerable<HearingQuestion> questions, DateTimeOffset publishedAt) =>
        new(id, Name, VersionNumber + 1, questions, publishedAt);
}
