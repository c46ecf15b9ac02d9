using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using PartnerHub.Domain.Billing.Pending;
using PartnerHub.Domain.Contracts.Terms;
using PartnerHub.Domain.Hardware;
using PartnerHub.Domain.Hardware.Returns;
using PartnerHub.Features.Returns;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Tests.Support;

namespace PartnerHub.Tests.Features.Returns;

/// <summary>The returns pages, the receipt and the serial history name every status, reason and charge in both languages.</summary>
public class ReturnStringsTests(HubAppFactory app)
{
    private static readonly string[] s_keys =
    [
        // The serial history shows every status a unit passes through, a swapped-out one among them.
        .. Enum.GetValues<ApplianceStatus>().Select(s => "ApplianceStatus_" + s),
        .. Enum.GetValues<ApplianceCondition>().Select(c => "Condition_" + c),
        .. Enum.GetValues<ReturnCondition>().Select(c => "Condition_" + c),
        .. Enum.GetValues<ReturnStatus>().Select(s => "Status_" + s),
        .. Enum.GetValues<ReturnReason>().Select(r => "Reason_" + r),
        .. Enum.GetValues<InspectionOutcome>().Select(o => "Outcome_" + o),
        .. Enum.GetValues<PendingChargeKind>().Select(k => "Charge_" + k),
        .. Enum.GetValues<PendingChargeStatus>().Select(s => "ChargeStatus_" + s),
        .. Enum.GetValues<Carrier>().Select(c => "Carrier_" + c),
        .. Enum.GetValues<ReturnShippingPayer>().Select(p => "ShippingPaidBy_" + p),
        .. Enum.GetValues<SerialHistoryKind>().Select(k => "History_" + k),
        .. Enum.GetValues<ReturnWorkProblem>().Select(p => "Problem_" + p),
    ];

    [Fact]
    public void Strings_EveryValueTheReturnPagesShow_HasJapaneseAndEnglishText()
    {
        var strings = app.Services.GetRequiredService<IStringLocalizer<ReturnStrings>>();
        using (CultureScope.Use(new CultureInfo("ja")))
        {
            s_keys.Where(k => strings[k].ResourceNotFound).ShouldBeEmpty();
        }

        // English falls back to the Japanese neutral file: a missing English text shows as Japanese.
        using (CultureScope.Use(new CultureInfo("en")))
        {
            s_keys.Where(k => strings[k].ResourceNotFound || strings[k].Value.Any(ch => ch >= 0x3000)).ShouldBeEmpty();
        }
    }
}
