using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PartnerHub.Infrastructure.Accounting;
using PartnerHub.Infrastructure.Localization;

namespace PartnerHub.Tests.Infrastructure.Accounting;

public sealed class AccountingFormatMessagesTests
{
    private static readonly StringLocalizer<AccountingFormatStrings> s_strings =
        new(new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance));

    [Theory]
    [InlineData("ja", "3行目: レコードの長さが199バイトです。全銀フォーマットは1レコード200バイトです。")]
    [InlineData("en", "Line 3: the record is 199 bytes long. Zengin records are 200 bytes.")]
    public void Describe_ShortRecord_NamesTheLineInTheUsersLanguage(string culture, string expected)
    {
        using (CultureScope.Use(CultureInfo.GetCultureInfo(culture)))
        {
            AccountingFormatMessages.Describe(s_strings, new ZenginParseError(3, 404, ZenginErrorCode.RecordLength, Detail: "199")).ShouldBe(expected);
        }
    }

    [Fact]
    public void Describe_TrailerMismatch_NamesTheField()
    {
        using (CultureScope.Use(CultureInfo.GetCultureInfo("ja")))
        {
            AccountingFormatMessages.Describe(s_strings, new ZenginParseError(3, 400, ZenginErrorCode.TrailerMismatch, "TransferTotal", "50000/55000"))
                .ShouldBe("3行目: トレーラーの振込合計金額が明細と一致しません（記載/明細から計算: 50000/55000）。");
        }
    }

    [Fact]
    public void Describe_EveryCodeHasItsOwnJapaneseAndEnglishSentence()
    {
        string[] keys =
        [
            .. Enum.GetValues<ZenginErrorCode>().Select(c => "Zengin_" + c),
            .. Enum.GetValues<CsvProblemCode>().Select(c => "Csv_" + c),
        ];
        foreach (string key in keys)
        {
            LocalizedString japanese = In("ja", key);
            japanese.ResourceNotFound.ShouldBeFalse(key);
            In("en", key).Value.ShouldNotBe(japanese.Value, key); // an English entry exists, not the Japanese fallback
        }
    }

    private static LocalizedString In(string culture, string key)
    {
        using (CultureScope.Use(CultureInfo.GetCultureInfo(culture)))
        {
            return s_strings[key];
        }
    }

    [Fact]
    public void Describe_UnencodableCell_QuotesTheCharacter()
    {
        using (CultureScope.Use(CultureInfo.GetCultureInfo("en")))
        {
            AccountingFormatMessages.Describe(s_strings, new CsvCellProblem(2, 6, "借方補助科目", CsvProblemCode.Unencodable, "𠮷"))
                .ShouldBe("Line 2, column 6 (借方補助科目): \"𠮷\" cannot be written in this file's encoding. Replace it before exporting.");
        }
    }
}
