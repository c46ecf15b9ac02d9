using System.Globalization;
using System.Text;
using Microsoft.Extensions.Localization;
using PartnerHub.Domain.ServiceNotices;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Resources;

namespace PartnerHub.Features.ServiceNotices;

/// <summary>One labelled fact of a notice (its period, reason, what to do...).</summary>
public sealed record NoticeFact(string Label, string Value, bool Emphasised = false);

/// <summary>A notice rendered in one language: the same for the board, the e-mail and the letter.</summary>
public sealed record ComposedNotice(string Subject, string TypeName, string Title, string Body, IReadOnlyList<NoticeFact> Facts, string Language);

/// <summary>
/// Renders a notice in a recipient's language for every channel: the board and the letter show <see cref="ComposedNotice.Facts"/>,
/// the e-mail writes them as text (<see cref="EmailBody"/>). The English title and body fall back to the Japanese ones; the
/// frame (labels, dates) is always in the recipient's language.
/// </summary>
public sealed class NoticeComposer(IStringLocalizer<ServiceNoticeStrings> strings, IStringLocalizer<SharedStrings> shared)
{
    public ComposedNotice Compose(ServiceNotice notice, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(culture);
        using var language = CultureScope.Use(culture);
        string lang = culture.TwoLetterISOLanguageName;
        string Date(DateOnly date) => JapaneseFormat.Date(date, culture);
        var facts = new List<NoticeFact>
        {
            new(strings["Type"], strings["Type_" + notice.Type]),
            new(notice.EffectiveUntil is null ? strings["EffectiveOn"] : strings["Period"],
                notice.EffectiveUntil is { } until ? strings["PeriodValue", Date(notice.EffectiveFrom), Date(until)] : Date(notice.EffectiveFrom), Emphasised: true),
        };
        if (notice.Type == ServiceNoticeType.TermsChange)
        {
            // 004 §21-1: that the terms change, the new terms and the effective date.
            facts.Add(new NoticeFact(strings["TermsChangeStatement"], strings["TermsChangeStatementValue", Date(notice.EffectiveFrom)], Emphasised: true));
            facts.Add(new NoticeFact(strings["NewTerms"], notice.NewTerms ?? string.Empty));
            // 004 §21-2: the customer may cancel; the window and refund follow the plan (shown on the notice and the contract).
            facts.Add(new NoticeFact(strings["CancellationRight"], strings["CancellationRightValue"]));
        }

        if (notice.Ground is { } ground)
        {
            // 004 §14-1: the ground the stop rests on.
            facts.Add(new NoticeFact(strings["Ground"], shared["ServiceStop_Ground_" + ground]));
        }

        Add(facts, strings["Reason"], notice.Reason);
        Add(facts, strings["EmergencyReason"], notice.EmergencyReason);
        Add(facts, strings["RecipientAction"], notice.RecipientAction, emphasised: true);
        if (notice.StopsService)
        {
            // 004 §14-3: the fee stays payable during the stop; the vendor's own statement, when written, follows the rule.
            facts.Add(new NoticeFact(strings["FeesDuringSuspension"],
                notice.FeesDuringSuspension is { } fees ? string.Concat(shared["ServiceStop_FeesRule"], "\n", fees) : shared["ServiceStop_FeesRule"]));
        }
        var title = notice.TitleIn(lang);
        return new ComposedNotice(strings["Email_Subject", strings["Type_" + notice.Type], title], strings["Type_" + notice.Type], title, notice.BodyIn(lang),
            facts, lang);
    }

    /// <summary>The plain-text e-mail of <paramref name="composed"/> to <paramref name="addressee"/> (a customer's name, or null for a partner's staff).</summary>
    public string EmailBody(ComposedNotice composed, string? addressee, string? customerNames, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(composed);
        using var language = CultureScope.Use(culture);
        var text = new StringBuilder();
        text.AppendLine(addressee is null ? strings["Email_Lead_Partner", customerNames ?? string.Empty] : strings["Email_Lead_Customer", addressee]);
        text.AppendLine();
        text.AppendLine(composed.Title);
        text.AppendLine();
        text.AppendLine(composed.Body);
        text.AppendLine();
        foreach (var fact in composed.Facts)
        {
            text.Append(fact.Label).Append(": ").AppendLine(fact.Value);
        }

        text.AppendLine();
        text.AppendLine(addressee is null ? strings["Email_Close_Partner"] : strings["Email_Close_Customer"]);
        return text.ToString();
    }

    /// <summary>
    /// The short e-mail telling <paramref name="addressee"/> (a customer's name, or null for a partner's staff) that the notice
    /// <paramref name="composed"/> renders was withdrawn, with the reason, in <paramref name="culture"/>.
    /// </summary>
    public (string Subject, string Body) Withdrawal(ServiceNotice notice, ComposedNotice composed, string? addressee, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(composed);
        using var language = CultureScope.Use(culture);
        var text = new StringBuilder();
        text.AppendLine(addressee is null ? strings["Withdrawal_Lead_Partner"] : strings["Email_Lead_Customer", addressee]);
        text.AppendLine();
        text.AppendLine(strings["Withdrawal_Statement", JapaneseFormat.Date(notice.PublishedOn, culture), composed.Title]);
        text.Append(strings["WithdrawalReason"]).Append(": ").AppendLine(notice.WithdrawalReason ?? string.Empty);
        text.AppendLine(strings["Withdrawal_NoAction"]);
        text.AppendLine();
        text.AppendLine(addressee is null ? strings["Email_Close_Partner"] : strings["Email_Close_Customer"]);
        return (strings["Withdrawal_Subject", composed.Title], text.ToString());
    }

    private static void Add(List<NoticeFact> facts, string label, string? value, bool emphasised = false)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            facts.Add(new NoticeFact(label, value, emphasised));
        }
    }
}
