namespace PartnerHub.Domain.Escalations;

/// <summary>One answer of a filled hearing sheet.</summary>
/// <param name="QuestionKey">The <see cref="HearingQuestion.Key"/> answered.</param>
/// <param name="Value">The answer, trimmed; dates as yyyy-MM-dd, yes/no as <see cref="HearingSheetAnswers.Yes"/>/<see cref="HearingSheetAnswers.No"/>.</param>
public sealed record HearingAnswer(string QuestionKey, string Value);
