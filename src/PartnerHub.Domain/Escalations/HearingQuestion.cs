namespace PartnerHub.Domain.Escalations;

/// <summary>One question of a hearing sheet (ヒアリングシート, 004 別紙3 §1-2-①), in both languages the hub shows.</summary>
/// <param name="Key">Stable key the answers refer to; unique in a template and kept across versions.</param>
/// <param name="TextJa">The question in Japanese, as the partner reads it to the customer.</param>
/// <param name="TextEn">The question in English.</param>
/// <param name="Type">The kind of answer.</param>
/// <param name="Required">Whether the sheet cannot be shared without an answer.</param>
/// <param name="Choices">The allowed answers of a <see cref="QuestionType.SingleChoice"/> question; empty otherwise.</param>
public sealed record HearingQuestion(string Key, string TextJa, string TextEn, QuestionType Type, bool Required, IReadOnlyList<string> Choices)
{
    /// <summary>A question without choices.</summary>
    public HearingQuestion(string key, string textJa, string textEn, QuestionType type, bool required)
        : this(key, textJa, textEn, type, required, [])
    {
    }

    /// <summary>
    /// The longest answer accepted, in characters: one line is 200, free text 4000 (a pasted English alert fits; logs
    /// go in as attachments).
    /// </summary>
    public int MaxLength => Type == QuestionType.LongText ? 4000 : 200;
}
