using Microsoft.Extensions.Localization;
using PartnerHub.Infrastructure.Attachments;
using PartnerHub.Resources;

namespace PartnerHub.Features.Swaps;

/// <summary>The message a page shows for a failed swap step; null when it succeeded.</summary>
public static class SwapMessages
{
    public static string? Describe(IStringLocalizer<SwapStrings> strings, IStringLocalizer<SharedStrings> shared, SwapResult result)
    {
        ArgumentNullException.ThrowIfNull(strings);
        ArgumentNullException.ThrowIfNull(result);
        return result.Evidence is { } problem ? AttachmentMessages.Problem(shared, SwapEvidenceUploads.Rules, problem)
            : result.MessageKey is { } key ? strings[key].Value : null;
    }
}
