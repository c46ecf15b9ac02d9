namespace PartnerHub.Domain.Escalations;

/// <summary>Why an answer was refused; the UI maps each code to a localised message.</summary>
public enum HearingAnswerErrorCode
{
    /// <summary>A required question has no answer.</summary>
    Required,

    /// <summary>A single-choice answer that is not one of the choices.</summary>
    NotAChoice,

    /// <summary>A date answer that is not a valid yyyy-MM-dd date.</summary>
    NotADate,

    /// <summary>A yes/no answer that is neither.</summary>
    NotYesNo,

    /// <summary>Longer than <see cref="HearingQuestion.MaxLength"/>.</summary>
    TooLong,

    /// <summary>An answer to a key the template does not have.</summary>
    UnknownQuestion,
}

/// <summary>One refused answer.</summary>
/// <param name="Code">Why.</param>
/// <param name="QuestionKey">The question it concerns.</param>
public sealed record HearingAnswerError(HearingAnswerErrorCode Code, string QuestionKey);
