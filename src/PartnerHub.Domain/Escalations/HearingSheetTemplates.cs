namespace PartnerHub.Domain.Escalations;

/// <summary>Ready-made hearing sheets.</summary>
public static class HearingSheetTemplates
{
    /// <summary>Key of the "what the inquiry is about" question, whose choices follow 004 別紙3 §1-4.</summary>
    public const string InquiryKind = "inquiry-kind";

    /// <summary>
    /// The default sheet: the typical inquiries of 004 別紙3 §1-4 (explain an English alert in Japanese; what a threat
    /// or recommendation means; does it affect us and how; what should we do) and the context the desk needs first
    /// (when it was noticed, which devices and addresses, what was already done).
    /// </summary>
    public static HearingSheetTemplate Default(Guid id, DateTimeOffset publishedAt) => new(id, "標準ヒアリングシート", 1,
    [
        new HearingQuestion(InquiryKind, "お問い合わせの種類", "Kind of inquiry", QuestionType.SingleChoice, true,
            ["translate-alert", "meaning", "impact", "what-to-do", "other"]),
        new HearingQuestion("alert-text", "通知された内容（英語のまま貼り付け）", "The notification as received (paste the English text)",
            QuestionType.LongText, false),
        new HearingQuestion("question", "ご質問の内容", "The customer's question", QuestionType.LongText, true),
        new HearingQuestion("affects-us", "自社への影響が心配か", "Is the customer worried it affects the company?", QuestionType.YesNo, false),
        new HearingQuestion("noticed-on", "気付いた日", "Date noticed", QuestionType.Date, true),
        new HearingQuestion("affected-devices", "影響を受けた可能性のある機器・IPアドレス", "Devices or IP addresses possibly affected",
            QuestionType.LongText, false),
        new HearingQuestion("actions-taken", "既に実施した対応", "Actions already taken", QuestionType.LongText, false),
        new HearingQuestion("first-line-answer", "一次受付での回答内容", "What the first line already answered", QuestionType.LongText, false),
    ], publishedAt);
}
