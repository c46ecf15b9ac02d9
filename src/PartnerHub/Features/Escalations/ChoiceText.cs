using Microsoft.Extensions.Localization;

namespace PartnerHub.Features.Escalations;

/// <summary>
/// The label of a single-choice answer: the translated text of the default template's choices, or the choice as the
/// vendor wrote it in a template version it published (those have no resource).
/// </summary>
public static class ChoiceText
{
    public static string Of(IStringLocalizer<EscalationStrings> strings, string choice)
    {
        ArgumentNullException.ThrowIfNull(strings);
        var text = strings["Choice_" + choice];
        return text.ResourceNotFound ? choice : text.Value;
    }
}
