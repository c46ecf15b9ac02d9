using Microsoft.Extensions.Localization;
using MudBlazor;
using PartnerHub.Features.Escalations.Attachments;
using PartnerHub.Infrastructure.Attachments;
using PartnerHub.Resources;

namespace PartnerHub.Features.Escalations.Components;

/// <summary>Turns a use-case result into the snackbar message the case page shows.</summary>
public static class CaseMessages
{
    /// <summary>Shows success or the localized problem; returns whether it succeeded.</summary>
    public static bool Show(ISnackbar snackbar, IStringLocalizer<EscalationStrings> strings, CaseResult result)
    {
        ArgumentNullException.ThrowIfNull(snackbar);
        ArgumentNullException.ThrowIfNull(strings);
        ArgumentNullException.ThrowIfNull(result);
        if (result.Succeeded)
        {
            snackbar.Add(strings["Done"], Severity.Success);
            return true;
        }

        // Uploads report their own problems (AttachmentsPanel); every other step has a Problem_ message.
        snackbar.Add(strings["Problem_" + result.Problem], Severity.Error);
        return false;
    }

    public static string Describe(IStringLocalizer<EscalationStrings> strings, IStringLocalizer<SharedStrings> shared, CaseResult result)
    {
        ArgumentNullException.ThrowIfNull(strings);
        ArgumentNullException.ThrowIfNull(result);
        return result.AttachmentProblem is { } problem ? AttachmentMessages.Problem(shared, CaseAttachments.Rules, problem) : strings["Problem_" + result.Problem];
    }
}
