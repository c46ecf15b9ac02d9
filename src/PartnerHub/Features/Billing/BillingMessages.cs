using Microsoft.Extensions.Localization;
using PartnerHub.Domain.Billing;

namespace PartnerHub.Features.Billing;

/// <summary>The localized sentence for each reason a billing action did nothing.</summary>
public static class BillingMessages
{
    public static string For(IStringLocalizer<BillingStrings> strings, DraftChangeResult result)
    {
        ArgumentNullException.ThrowIfNull(strings);
        ArgumentNullException.ThrowIfNull(result);
        return result.Refusal is { } refusal ? strings["Refusal_" + refusal] : strings["Problem_" + result.Problem];
    }

    /// <summary>Every missing item of an incomplete document, one sentence each (the registration number names the issuer).</summary>
    public static IReadOnlyList<string> For(IStringLocalizer<BillingStrings> strings, IssueResult result, string issuerName)
    {
        ArgumentNullException.ThrowIfNull(strings);
        ArgumentNullException.ThrowIfNull(result);
        if (result.Defects.Count > 0)
        {
            return [.. result.Defects.Select(d => d == InvoiceDefect.MissingRegistrationNumber ? strings["Defect_" + d, issuerName].Value : strings["Defect_" + d].Value)];
        }

        return [result.Refusal is { } refusal ? strings["Refusal_" + refusal] : strings["Problem_" + result.Problem]];
    }
}
