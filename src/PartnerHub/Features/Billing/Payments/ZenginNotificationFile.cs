using System.Globalization;
using System.Text;
using PartnerHub.Infrastructure.Accounting;

namespace PartnerHub.Features.Billing.Payments;

/// <summary>One transfer as a bank reports it in a 振込入金通知 (FORMATS.md §3.3 フォーマットA).</summary>
public sealed record ZenginNotice(int InquiryNumber, DateOnly BookedOn, long Amount, string PayerKana, string RemittingBank, string RemittingBranch, bool Cancelled = false);

/// <summary>
/// Writes a 振込入金通知 (種別 01) file the way banks deliver it: header, data, trailer and end records of 200 bytes in JIS X 0201
/// (CP932 single bytes: ASCII and half-width kana), 和暦 dates, numbers zero-padded and text space-padded. Used for the demo's
/// bank file and by tests; the hub itself only reads such files.
/// </summary>
public sealed class ZenginNotificationFile(DateOnly createdOn, string bankCode, string bankKana, string branchCode, string branchKana, string accountNumber, string accountKana)
{
    private readonly List<ZenginNotice> _notices = [];

    /// <summary>A file for the same account with no notices yet (the bank's next delivery).</summary>
    public ZenginNotificationFile WithoutNotices() => new(createdOn, bankCode, bankKana, branchCode, branchKana, accountNumber, accountKana);

    public ZenginNotificationFile Add(ZenginNotice notice)
    {
        _notices.Add(notice);
        return this;
    }

    /// <summary>The file; <paramref name="lineBreaks"/> ends every record with CRLF (the standard has none).</summary>
    public byte[] ToBytes(bool lineBreaks)
    {
        var records = new List<string>
        {
            "1" + "01" + "0" + Era(createdOn) + Era(_notices.Select(n => n.BookedOn).DefaultIfEmpty(createdOn).Min()) + Era(_notices.Select(n => n.BookedOn).DefaultIfEmpty(createdOn).Max())
                + Number(bankCode, 4) + Text(bankKana, 15) + Number(branchCode, 3) + Text(branchKana, 15) + "1" + Number(accountNumber, 7) + Text(accountKana, 40) + Text(string.Empty, 93),
        };
        records.AddRange(_notices.Select(n =>
            "2" + Number(n.InquiryNumber, 6) + Era(n.BookedOn) + Era(n.BookedOn) + Number(n.Amount, 10) + Number(0, 10) + Number(0, 10) + Text(n.PayerKana, 48)
            + Text(n.RemittingBank, 15) + Text(n.RemittingBranch, 15) + (n.Cancelled ? "1" : "0") + Text(string.Empty, 20) + Text(string.Empty, 52)));
        var active = _notices.Where(n => !n.Cancelled).ToList();
        var cancelled = _notices.Where(n => n.Cancelled).ToList();
        records.Add("8" + Number(active.Count, 6) + Number(active.Sum(n => n.Amount), 12) + Number(cancelled.Count, 6) + Number(cancelled.Sum(n => n.Amount), 12) + Text(string.Empty, 163));
        records.Add("9" + Text(string.Empty, 199));
        string separator = lineBreaks ? "\r\n" : string.Empty;
        return JapaneseEncodings.Cp932.GetBytes(string.Join(separator, records) + separator);
    }

    private static string Era(DateOnly date) => string.Create(CultureInfo.InvariantCulture, $"{date.Year - 2018:D2}{date.Month:D2}{date.Day:D2}");

    private static string Number(long value, int length) => value.ToString(CultureInfo.InvariantCulture).PadLeft(length, '0');

    private static string Number(string value, int length) => value.PadLeft(length, '0');

    // Half-width kana are one byte each in CP932, so characters are bytes here; longer text is cut as banks cut it.
    private static string Text(string value, int length)
    {
        string text = value.Normalize(NormalizationForm.FormC);
        return text.Length >= length ? text[..length] : text.PadRight(length, ' ');
    }
}
