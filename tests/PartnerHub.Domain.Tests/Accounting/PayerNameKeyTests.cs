using PartnerHub.Domain.Accounting;

namespace PartnerHub.Domain.Tests.Accounting;

public class PayerNameKeyTests
{
    private const string Source = "FORMATS.md §3.5 (legal-form abbreviations, large kana)";

    [Theory]
    [Trait("Article", Source)]
    [InlineData("ｶ)ｻｸﾗｼｽﾃﾑｽﾞ")] // as a 全銀 file delivers it
    [InlineData("ｶ) ｻｸﾗ ｼｽﾃﾑｽﾞ")]
    [InlineData("カ）サクラシステムズ")] // typed in full-width
    [InlineData("株式会社サクラシステムズ")]
    [InlineData("㈱サクラシステムズ")]
    [InlineData("カブシキガイシャ　サクラシステムズ")]
    [InlineData("かぶしきがいしゃさくらしすてむず")]
    [InlineData("1234567890 ｶ)ｻｸﾗｼｽﾃﾑｽﾞ")] // 振込依頼人番号 in front (MUFG FAQ 811)
    public void From_AnySpellingOfALeadingKabushikiKaisha_GivesTheBankForm(string name)
    {
        PayerNameKey key = PayerNameKey.From(name);

        key.Full.ShouldBe("カ)サクラシステムズ");
        key.Core.ShouldBe("サクラシステムズ");
    }

    [Theory]
    [Trait("Article", Source)]
    [InlineData("ｱｵﾊﾞﾃﾞﾝｷ(ｶ", "アオバデンキ(カ")]
    [InlineData("青葉電機株式会社", "青葉電機(カ")]
    [InlineData("ﾐﾅﾄ(ｶ)ﾄｳｷﾖｳｼｼﾔ", "ミナト(カ)トウキヨウシシヤ")]
    [InlineData("ﾕ)ﾋｶﾘｼﾖｳｶｲ", "ユ)ヒカリシヨウカイ")]
    [InlineData("有限会社ひかり商会", "ユ)ヒカリ商会")]
    [InlineData("ﾄﾞ)ﾈｸｽﾄ", "ド)ネクスト")]
    [InlineData("合同会社ネクスト", "ド)ネクスト")]
    [InlineData("ｲ)ｼﾔﾀﾞﾝ ｹﾝｺｳｶｲ", "イ)シヤダンケンコウカイ")]
    public void From_LegalFormBehindOrInTheMiddle_KeepsItsPosition(string name, string expected)
    {
        PayerNameKey.From(name).Full.ShouldBe(expected);
    }

    [Theory]
    [Trait("Article", "FORMATS.md §3.5 / zengin4j encoding.md: small kana are written large")]
    [InlineData("ｷﾔﾉﾝ", "キャノン")]
    [InlineData("ｼﾞｴｲｱｰﾙ", "ジェイアール")]
    [InlineData("ﾃﾞｲ-ｴﾇｴ-", "ディーエヌエー")] // the bank writes the long vowel as '-'
    [InlineData("ｴｲﾁ.ｱｲ.ｼﾞ-", "エイチ・アイ・ジー")]
    [InlineData("ABC ｼﾖｳｼﾞ", "ＡＢＣショウジ")]
    public void From_BankAndOfficeSpellings_GiveTheSameKey(string bank, string office)
    {
        PayerNameKey.From(bank).ShouldBe(PayerNameKey.From(office));
    }

    [Fact]
    public void From_DifferentLegalForms_GiveDifferentFullKeysAndTheSameCore()
    {
        PayerNameKey kabushiki = PayerNameKey.From("ｶ)ﾋｶﾘ");
        PayerNameKey yugen = PayerNameKey.From("ﾕ)ﾋｶﾘ");

        kabushiki.Full.ShouldNotBe(yugen.Full);
        kabushiki.Core.ShouldBe(yugen.Core);
    }
}
