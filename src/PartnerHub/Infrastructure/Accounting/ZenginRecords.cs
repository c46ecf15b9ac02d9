using PartnerHub.Domain.Accounting;
using PartnerHub.Domain.Money;

namespace PartnerHub.Infrastructure.Accounting;

/// <summary>Which 全銀 incoming-payment format a group carries (種別コード, FORMATS.md §3.2).</summary>
public enum ZenginFileKind
{
    /// <summary>振込入金通知, 種別 01 (§3.3).</summary>
    TransferNotification = 1,

    /// <summary>入出金取引明細, 種別 03 (§3.4); only its deposits become transfers.</summary>
    AccountStatement = 3,
}

/// <summary>The account a header record describes (one file may hold several, each header … trailer).</summary>
public sealed record ZenginAccount(
    ZenginFileKind Kind, DateOnly CreatedOn, string BankCode, string BankName, string BranchCode, string BranchName,
    string AccountType, string AccountNumber, string AccountName);

/// <summary>
/// One incoming payment: a 振込入金通知 data record, or a deposit (入払区分 1) of an 入出金取引明細.
/// Text fields are as delivered (half-width kana), with the padding spaces trimmed.
/// </summary>
/// <param name="RecordNumber">1-based position of the record in the file (the line number when the file has line breaks).</param>
/// <param name="Account">The receiving account (from the group's header).</param>
/// <param name="InquiryNumber">照会番号.</param>
/// <param name="BookingDate">勘定日.</param>
/// <param name="ValueDate">起算日 (01) or 預入・払出日 (03); null when the bank leaves it zero.</param>
/// <param name="Amount">金額 / 取引金額.</param>
/// <param name="PayerCode">振込依頼人コード (N10 by awabank/Diva, C10 by one source: kept as text).</param>
/// <param name="PayerName">振込依頼人名.</param>
/// <param name="RemittingBank">仕向銀行名.</param>
/// <param name="RemittingBranch">仕向店名.</param>
/// <param name="EdiInfo">EDI情報 (フォーマットA position for 01).</param>
/// <param name="IsCancellation">取消区分 = 1 (01 only): the bank withdraws an earlier notice. Not a payment: do not match
/// or book it; reverse the notice it cancels (same 照会番号 and amount) if that was booked.</param>
public sealed record ZenginTransfer(
    int RecordNumber, ZenginAccount Account, string InquiryNumber, DateOnly BookingDate, DateOnly? ValueDate, Yen Amount,
    string PayerCode, string PayerName, string RemittingBank, string RemittingBranch, string EdiInfo, bool IsCancellation)
{
    /// <summary>The transfer as payer matching takes it.</summary>
    public IncomingTransfer ToIncomingTransfer() => new(PayerName, Amount, BookingDate);
}

/// <summary>Why a record was refused; each code has a sentence in AccountingFormatStrings.resx ("Zengin_" + code).</summary>
public enum ZenginErrorCode
{
    /// <summary>The file is empty.</summary>
    EmptyFile,

    /// <summary>A record is not 200 bytes. Detail: its length.</summary>
    RecordLength,

    /// <summary>データ区分 is not 1, 2, 8 or 9. Detail: the byte found.</summary>
    UnknownRecordType,

    /// <summary>A record where the sequence header → data → trailer → end does not allow it. Detail: its データ区分.</summary>
    UnexpectedRecord,

    /// <summary>The file ends without a trailer or end record. Detail: the missing データ区分.</summary>
    MissingRecord,

    /// <summary>種別コード is neither 01 nor 03. Detail: the code.</summary>
    UnsupportedKind,

    /// <summary>コード区分 is not 0 (JIS); EBCDIC files are not read. Detail: the value.</summary>
    UnsupportedCodeKind,

    /// <summary>A byte outside JIS X 0201 (ASCII 0x20–0x7E, half-width kana 0xA1–0xDF). Detail: byte position and value.</summary>
    InvalidCharacter,

    /// <summary>A numeric (N) field holds something else. Field: its name; Detail: the text.</summary>
    InvalidNumber,

    /// <summary>A date field is not a valid 和暦 YYMMDD. Field: its name; Detail: the text.</summary>
    InvalidDate,

    /// <summary>A trailer's count or total disagrees with the data records. Field: its name; Detail: "stated/computed".</summary>
    TrailerMismatch,
}

/// <summary>One refused record, located for the user (the UI shows the localized sentence with these values).</summary>
/// <param name="RecordNumber">1-based record (line) number; 0 for the file as a whole.</param>
/// <param name="ByteOffset">Offset of the record's first byte in the file.</param>
/// <param name="Code">What is wrong.</param>
/// <param name="Field">The field concerned, by its 全銀 name (e.g. 「金額」), when one is.</param>
/// <param name="Detail">The offending value or the counts.</param>
public sealed record ZenginParseError(int RecordNumber, long ByteOffset, ZenginErrorCode Code, string? Field = null, string? Detail = null);

/// <summary>
/// A parsed file. <see cref="Transfers"/> holds the records that could be read even when there are errors, for a
/// preview; a caller books nothing unless <see cref="Succeeded"/>.
/// </summary>
public sealed record ZenginParseResult(IReadOnlyList<ZenginAccount> Accounts, IReadOnlyList<ZenginTransfer> Transfers, IReadOnlyList<ZenginParseError> Errors)
{
    /// <summary>No errors: every record was read and every trailer agrees.</summary>
    public bool Succeeded => Errors.Count == 0;
}
