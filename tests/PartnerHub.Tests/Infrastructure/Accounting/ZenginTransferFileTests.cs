using PartnerHub.Domain.Money;
using PartnerHub.Infrastructure.Accounting;

namespace PartnerHub.Tests.Infrastructure.Accounting;

public sealed class ZenginTransferFileTests
{
    private static readonly DateOnly s_today = new(2026, 12, 6);

    private static ZenginFileBuilder TwoTransfers() => new ZenginFileBuilder()
        .NotificationHeader()
        .Notification(1, 55_000, "ｶ)ｻｸﾗｼｽﾃﾑｽﾞ", edi: "INV-2026-0001")
        .Notification(2, 330_000, "ｱｵﾊﾞﾃﾞﾝｷ(ｶ")
        .NotificationTrailer(2, 385_000)
        .End();

    [Fact]
    public void Parse_StandardFileWithoutLineBreaks_ReadsAccountAndTransfers()
    {
        ZenginParseResult result = ZenginTransferFile.Parse(TwoTransfers().Build(), s_today);

        result.Errors.ShouldBeEmpty();
        result.Succeeded.ShouldBeTrue();
        ZenginAccount account = result.Accounts.ShouldHaveSingleItem();
        account.ShouldBe(new ZenginAccount(ZenginFileKind.TransferNotification, new DateOnly(2026, 12, 1), "0001", "ﾐｽﾞﾎ", "110", "ﾄｳｷﾖｳｴｲｷﾞﾖｳﾌﾞ", "1", "1234567", "ｶ)ﾊﾟ-ﾄﾅ-ﾊﾌﾞ"));
        result.Transfers.Count.ShouldBe(2);
        ZenginTransfer first = result.Transfers[0];
        first.ShouldBe(new ZenginTransfer(
            2, account, "000001", new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 1), new Yen(55_000), "0000000000", "ｶ)ｻｸﾗｼｽﾃﾑｽﾞ",
            "ﾐﾂｲｽﾐﾄﾓ", "ｼﾝｼﾞﾕｸ", "INV-2026-0001", IsCancellation: false));
        result.Transfers[1].PayerName.ShouldBe("ｱｵﾊﾞﾃﾞﾝｷ(ｶ");
        result.Transfers[1].ToIncomingTransfer().Amount.ShouldBe(new Yen(330_000));
    }

    [Theory]
    [InlineData("\r\n", false)]
    [InlineData("\r\n", true)]
    [InlineData("\n", false)]
    [InlineData("", true)]
    public void Parse_LineBreaksOrEofMark_ReadsTheSameTransfers(string lineBreak, bool endOfFileMark)
    {
        ZenginParseResult result = ZenginTransferFile.Parse(TwoTransfers().Build(lineBreak, endOfFileMark), s_today);

        result.Errors.ShouldBeEmpty();
        result.Transfers.Select(t => (t.RecordNumber, t.Amount.Amount)).ShouldBe([(2, 55_000L), (3, 330_000L)]);
    }

    [Fact]
    public void Parse_RecordsBackToBackWithOneFinalCrlf_ReadsEveryRecord()
    {
        byte[] content = [.. TwoTransfers().Build(), .. "\r\n"u8];

        ZenginParseResult result = ZenginTransferFile.Parse(content, s_today);

        result.Errors.ShouldBeEmpty();
        result.Transfers.Count.ShouldBe(2);
    }

    [Fact]
    public void Parse_ShortRecordInACrlfFile_ReportsItsLineAndLength()
    {
        ZenginFileBuilder builder = TwoTransfers();
        var lines = builder.Records.ToList();
        lines[2] = lines[2][..199];
        byte[] content = [.. lines.SelectMany(r => r.Concat("\r\n"u8.ToArray()))];

        ZenginParseResult result = ZenginTransferFile.Parse(content, s_today);

        result.Succeeded.ShouldBeFalse();
        ZenginParseError error = result.Errors[0];
        (error.RecordNumber, error.Code, error.Detail).ShouldBe((3, ZenginErrorCode.RecordLength, "199"));
        error.ByteOffset.ShouldBe(404); // after two records of 200 bytes and their CRLFs
    }

    [Fact]
    public void Parse_TruncatedFileWithoutLineBreaks_ReportsTheShortLastRecord()
    {
        byte[] content = TwoTransfers().Build()[..^50];

        ZenginParseResult result = ZenginTransferFile.Parse(content, s_today);

        result.Errors.Select(e => (e.RecordNumber, e.Code, e.Detail)).ShouldBe(
            [(5, ZenginErrorCode.RecordLength, "150"), (0, ZenginErrorCode.MissingRecord, "9")]);
    }

    [Fact]
    public void Parse_UnknownRecordType_ReportsTheLineAndType()
    {
        ZenginFileBuilder builder = new ZenginFileBuilder()
            .NotificationHeader()
            .Record("5", ZenginFileBuilder.C(string.Empty, 199))
            .NotificationTrailer(0, 0)
            .End();

        ZenginParseResult result = ZenginTransferFile.Parse(builder.Build("\r\n"), s_today);

        ZenginParseError error = result.Errors.ShouldHaveSingleItem();
        (error.RecordNumber, error.Code, error.Detail).ShouldBe((2, ZenginErrorCode.UnknownRecordType, "5"));
    }

    [Fact]
    public void Parse_DataBeforeHeaderAndNoEnd_ReportsOrderAndTheMissingEnd()
    {
        ZenginFileBuilder builder = new ZenginFileBuilder()
            .Notification(1, 1_000, "ﾀﾅｶ ﾀﾛｳ")
            .NotificationHeader()
            .NotificationTrailer(0, 0);

        ZenginParseResult result = ZenginTransferFile.Parse(builder.Build(), s_today);

        result.Errors.Select(e => (e.RecordNumber, e.Code, e.Detail)).ShouldBe(
            [(1, ZenginErrorCode.UnexpectedRecord, "2"), (0, ZenginErrorCode.MissingRecord, "9")]);
    }

    [Fact]
    public void Parse_TrailerDisagreesWithData_ReportsTheField()
    {
        ZenginFileBuilder builder = new ZenginFileBuilder()
            .NotificationHeader()
            .Notification(1, 55_000, "ｶ)ｻｸﾗｼｽﾃﾑｽﾞ")
            .NotificationTrailer(1, 50_000)
            .End();

        ZenginParseResult result = ZenginTransferFile.Parse(builder.Build(), s_today);

        ZenginParseError error = result.Errors.ShouldHaveSingleItem();
        (error.RecordNumber, error.Code, error.Field, error.Detail).ShouldBe((3, ZenginErrorCode.TrailerMismatch, "TransferTotal", "50000/55000"));
    }

    [Fact]
    public void Parse_CancelledNotice_IsFlaggedAndCountedInTheCancelTotals()
    {
        ZenginFileBuilder builder = new ZenginFileBuilder()
            .NotificationHeader()
            .Notification(1, 55_000, "ｶ)ｻｸﾗｼｽﾃﾑｽﾞ")
            .Notification(1, 55_000, "ｶ)ｻｸﾗｼｽﾃﾑｽﾞ", cancelled: true)
            .NotificationTrailer(1, 55_000, 1, 55_000)
            .End();

        ZenginParseResult result = ZenginTransferFile.Parse(builder.Build(), s_today);

        result.Errors.ShouldBeEmpty();
        result.Transfers.Select(t => t.IsCancellation).ShouldBe([false, true]);
    }

    [Fact]
    public void Parse_FullWidthCharacterInARecord_ReportsItsPosition()
    {
        byte[] record = [.. TwoTransfers().Records[1]];
        record[150] = 0x81; // 「　」 (full-width space, 0x8140) inside the dummy area: not JIS X 0201
        record[151] = 0x40;
        ZenginFileBuilder builder = new ZenginFileBuilder().NotificationHeader().Raw(record).NotificationTrailer(0, 0).End();

        ZenginParseResult result = ZenginTransferFile.Parse(builder.Build(), s_today);

        ZenginParseError error = result.Errors.ShouldHaveSingleItem();
        (error.RecordNumber, error.Code, error.Detail).ShouldBe((2, ZenginErrorCode.InvalidCharacter, "151: 0x81"));
    }

    [Fact]
    public void Parse_NonDigitAmount_ReportsTheFieldAndSkipsTheRecord()
    {
        byte[] record = [.. TwoTransfers().Records[1]];
        record[25] = (byte)' ';
        ZenginFileBuilder builder = new ZenginFileBuilder().NotificationHeader().Raw(record).NotificationTrailer(0, 0).End();

        ZenginParseResult result = ZenginTransferFile.Parse(builder.Build(), s_today);

        result.Transfers.ShouldBeEmpty();
        ZenginParseError error = result.Errors.ShouldHaveSingleItem();
        (error.RecordNumber, error.Code, error.Field, error.Detail).ShouldBe((2, ZenginErrorCode.InvalidNumber, "Amount", "000005 000"));
    }

    [Fact]
    public void Parse_UnsupportedKind_IsRefusedAtTheHeader()
    {
        ZenginFileBuilder builder = new ZenginFileBuilder()
            .Record("1", "21", "0", ZenginFileBuilder.C(string.Empty, 196))
            .NotificationTrailer(0, 0)
            .End();

        ZenginParseResult result = ZenginTransferFile.Parse(builder.Build(), s_today);

        ZenginParseError error = result.Errors.ShouldHaveSingleItem();
        (error.Code, error.Detail).ShouldBe((ZenginErrorCode.UnsupportedKind, "21"));
    }

    [Fact]
    public void Parse_AccountStatement_ReturnsDepositsOnlyAndChecksItsTrailer()
    {
        ZenginFileBuilder builder = new ZenginFileBuilder()
            .StatementHeader()
            .StatementLine(1, 1, 110_000, "ﾕ)ﾋｶﾘｼﾖｳｶｲ")
            .StatementLine(2, 2, 3_300, string.Empty)
            .StatementLine(3, 1, 22_000, "ｶｴﾃﾞｼﾖｳｼﾞ(ｶ")
            .StatementTrailer(2, 132_000, 1, 3_300, 3)
            .End();

        ZenginParseResult result = ZenginTransferFile.Parse(builder.Build("\r\n"), s_today);

        result.Errors.ShouldBeEmpty();
        result.Accounts.ShouldHaveSingleItem().AccountNumber.ShouldBe("0007654321");
        result.Transfers.Select(t => (t.InquiryNumber, t.PayerName, t.Amount.Amount, t.BookingDate)).ShouldBe(
        [
            ("00000001", "ﾕ)ﾋｶﾘｼﾖｳｶｲ", 110_000L, new DateOnly(2026, 12, 2)),
            ("00000003", "ｶｴﾃﾞｼﾖｳｼﾞ(ｶ", 22_000L, new DateOnly(2026, 12, 2)),
        ]);
    }

    [Fact]
    public void Parse_TwoAccountsInOneFile_ReadsBothGroups()
    {
        ZenginFileBuilder builder = new ZenginFileBuilder()
            .NotificationHeader().Notification(1, 1_000, "ﾀﾅｶ ﾀﾛｳ").NotificationTrailer(1, 1_000)
            .NotificationHeader(accountName: "ｶ)ﾊﾟ-ﾄﾅ-ﾊﾌﾞ ﾍﾞﾂｸﾞﾁ").Notification(1, 2_000, "ｽｽﾞｷ ﾊﾅｺ").NotificationTrailer(1, 2_000)
            .End();

        ZenginParseResult result = ZenginTransferFile.Parse(builder.Build(), s_today);

        result.Errors.ShouldBeEmpty();
        result.Accounts.Count.ShouldBe(2);
        result.Transfers[1].Account.AccountName.ShouldBe("ｶ)ﾊﾟ-ﾄﾅ-ﾊﾌﾞ ﾍﾞﾂｸﾞﾁ");
    }

    [Theory]
    [Trait("Article", "FORMATS.md §3.2: dates are 和暦 YYMMDD")]
    [InlineData("081201", "2026-12-01")] // 令和8年
    [InlineData("010501", "2019-05-01")] // 令和元年5月1日
    [InlineData("310430", "2019-04-30")] // 平成31年4月30日
    [InlineData("280503", "2016-05-03")] // きらぼし's example 平成28年5月3日: 令和28 would be 2046
    [InlineData("090105", "2027-01-05")] // within a month ahead: still 令和
    [InlineData("090201", "1997-02-01")] // more than a month ahead: 平成9年
    public void JapaneseEraDate_TwoDigitYear_PicksTheEraThatIsNotInTheFuture(string yymmdd, string expected)
    {
        ZenginTransferFile.JapaneseEraDate(yymmdd, s_today).ShouldBe(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("081301")]
    [InlineData("000101")]
    [InlineData("080230")]
    public void JapaneseEraDate_NoSuchDate_IsNull(string yymmdd)
    {
        ZenginTransferFile.JapaneseEraDate(yymmdd, s_today).ShouldBeNull();
    }

    [Fact]
    public void Parse_Stream_ReadsLikeBytes()
    {
        using var stream = new MemoryStream(TwoTransfers().Build("\r\n", endOfFileMark: true));

        ZenginParseResult result = ZenginTransferFile.Parse(stream, s_today);

        result.Succeeded.ShouldBeTrue();
        result.Transfers.Sum(t => t.Amount.Amount).ShouldBe(385_000);
    }

    [Fact]
    public void Parse_EmptyOrOnlyEofMark_ReportsAnEmptyFile()
    {
        ZenginTransferFile.Parse([0x1A], s_today).Errors.ShouldHaveSingleItem().Code.ShouldBe(ZenginErrorCode.EmptyFile);
    }
}
