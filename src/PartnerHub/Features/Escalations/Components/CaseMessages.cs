using Microsoft.Extensions.Localization;
using MudBlazor;
using PartnerHub.Domain.Escalations;
using PartnerHub.Features.Escalations.Attachments;

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

        snackbar.Add(Describe(strings, result), Severity.Error);
        return false;
    }

    public static string Describe(IStringLocalizer<EscalationStrings> strings, CaseResult result)
    {
        ArgumentNullException.ThrowIfNull(strings);
        ArgumentNullException.ThrowIfNull(result);
        return result.AttachmentProblem is { } problem ? Attachment(strings, problem) : strings["Problem_" + result.Problem];
    }

    /// <summary>The localized reason an upload was refused, with the limit or the allowed types where they help.</summary>
    public static string Attachment(IStringLocalizer<EscalationStrings> strings, AttachmentProblem problem)
    {
        ArgumentNullException.ThrowIfNull(strings);
        var rules = CaseAttachments.Rules;
        return strings["AttachmentProblem_" + problem, rules.MaxSizeBytes / (1024 * 1024), string.Join(", ", rules.AllowedExtensions.Order(StringComparer.Ordinal)),
            rules.MaxFilesPerCase, rules.MaxBytesPerCase / (1024 * 1024)];
    }
}
