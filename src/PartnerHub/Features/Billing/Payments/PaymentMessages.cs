using Microsoft.Extensions.Localization;

namespace PartnerHub.Features.Billing.Payments;

/// <summary>The localized sentence for each reason a payment action did nothing.</summary>
public static class PaymentMessages
{
    public static string For(IStringLocalizer<PaymentStrings> strings, PaymentChangeResult result)
    {
        ArgumentNullException.ThrowIfNull(strings);
        ArgumentNullException.ThrowIfNull(result);
        return result.Refusal is { } refusal ? strings["Refusal_" + refusal, result.Detail ?? string.Empty] : strings["Problem_" + result.Problem];
    }

    public static string For(IStringLocalizer<PaymentStrings> strings, CancellationChangeResult result)
    {
        ArgumentNullException.ThrowIfNull(strings);
        ArgumentNullException.ThrowIfNull(result);
        return result.Payment is { } payment ? For(strings, payment)
            : result.Refusal is { } refusal ? strings["CancellationRefusal_" + refusal]
            : strings["Problem_" + result.Problem];
    }

    public static string For(IStringLocalizer<PaymentStrings> strings, PaymentProblem problem)
    {
        ArgumentNullException.ThrowIfNull(strings);
        return strings["Problem_" + problem];
    }
}
