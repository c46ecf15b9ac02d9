using System.Globalization;

namespace PartnerHub.Domain.Escalations;

/// <summary>Checks and normalises the answers to a hearing sheet. Never throws on bad input: it returns error codes.</summary>
public static class HearingSheetAnswers
{
    /// <summary>The stored value of a yes answer.</summary>
    public const string Yes = "yes";

    /// <summary>The stored value of a no answer.</summary>
    public const string No = "no";

    /// <summary>The format of date answers.</summary>
    public const string DateFormat = "yyyy-MM-dd";

    /// <summary>
    /// Every problem with <paramref name="answers"/> (question key → answer; blank means unanswered), in question order,
    /// unknown keys last. Empty when the answers can be stored.
    /// </summary>
    public static IReadOnlyList<HearingAnswerError> Validate(HearingSheetTemplate template, IReadOnlyDictionary<string, string?> answers)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(answers);
        var errors = new List<HearingAnswerError>();
        foreach (var question in template.Questions)
        {
            string value = answers.TryGetValue(question.Key, out var raw) ? raw?.Trim() ?? string.Empty : string.Empty;
            if (Check(question, value) is { } code)
            {
                errors.Add(new HearingAnswerError(code, question.Key));
            }
        }

        errors.AddRange(answers.Keys
            .Where(key => template.Question(key) is null)
            .Order(StringComparer.Ordinal)
            .Select(key => new HearingAnswerError(HearingAnswerErrorCode.UnknownQuestion, key)));
        return errors;
    }

    /// <summary>The answers to store: trimmed, blanks dropped, in question order. Call after <see cref="Validate"/> found nothing.</summary>
    public static IReadOnlyList<HearingAnswer> Normalise(HearingSheetTemplate template, IReadOnlyDictionary<string, string?> answers)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(answers);
        return
        [
            .. template.Questions
                .Select(q => new HearingAnswer(q.Key, answers.TryGetValue(q.Key, out var raw) ? raw?.Trim() ?? string.Empty : string.Empty))
                .Where(a => a.Value.Length > 0),
        ];
    }

    private static HearingAnswerErrorCode? Check(HearingQuestion question, string value)
    {
        if (value.Length == 0)
        {
            return question.Required ? HearingAnswerErrorCode.Required : null;
        }

        if (value.Length > question.MaxLength)
        {
            return HearingAnswerErrorCode.TooLong;
        }

        return question.Type switch
        {
            QuestionType.ShortText or QuestionType.LongText => null,
            QuestionType.YesNo => value is Yes or No ? null : HearingAnswerErrorCode.NotYesNo,
            QuestionType.SingleChoice => question.Choices.Contains(value, StringComparer.Ordinal) ? null : HearingAnswerErrorCode.NotAChoice,
            QuestionType.Date => DateOnly.TryParseExact(value, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                ? null
                : HearingAnswerErrorCode.NotADate,
        };
    }
}
