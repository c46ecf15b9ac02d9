namespace PartnerHub.Domain.Escalations;

/// <summary>The kind of answer a hearing-sheet question takes.</summary>
public enum QuestionType
{
    /// <summary>One line of text.</summary>
    ShortText,

    /// <summary>Free text over several lines.</summary>
    LongText,

    /// <summary><see cref="HearingSheetAnswers.Yes"/> or <see cref="HearingSheetAnswers.No"/>.</summary>
    YesNo,

    /// <summary>One of the question's <see cref="HearingQuestion.Choices"/>.</summary>
    SingleChoice,

    /// <summary>A calendar date written yyyy-MM-dd.</summary>
    Date,
}
