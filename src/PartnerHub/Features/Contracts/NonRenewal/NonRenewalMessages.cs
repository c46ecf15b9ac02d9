using Microsoft.Extensions.Localization;

namespace PartnerHub.Features.Contracts.NonRenewal;

/// <summary>The localised sentence for a refused record or withdrawal, one resource per problem, refusal and upload rule.</summary>
public static class NonRenewalMessages
{
    public static string Describe(IStringLocalizer<NonRenewalStrings> strings, NonRenewalResult result)
    {
        ArgumentNullException.ThrowIfNull(strings);
        ArgumentNullException.ThrowIfNull(result);
        return result switch
        {
            { Problem: null } => string.Empty,
            { Problem: NonRenewalProblem.Refused, Refusal: { } refusal } => strings["Refusal_" + refusal],
            { Problem: NonRenewalProblem.Letter, LetterProblem: { } letter } => letter == Domain.Attachments.AttachmentProblem.TooLarge
                ? strings["Letter_TooLarge", RecordNonRenewal.LetterRules.MaxSizeBytes / (1024 * 1024)]
                : strings["Letter_" + letter],
            { Problem: { } problem } => strings["Problem_" + problem],
        };
    }
}
