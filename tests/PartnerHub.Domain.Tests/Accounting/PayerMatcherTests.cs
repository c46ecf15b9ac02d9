using PartnerHub.Domain.Accounting;
using PartnerHub.Domain.Money;

namespace PartnerHub.Domain.Tests.Accounting;

public class PayerMatcherTests
{
    private const string Source = "FORMATS.md §3.5: kana name list, then amount";
    private static readonly DateOnly s_date = new(2026, 12, 25);

    private static readonly PayerNameEntry[] s_names =
    [
        new("P-SAKURA", "株式会社サクラシステムズ"),
        new("P-SAKURA", "ｻｸﾗｼｽﾃﾑｽﾞ ﾄｳｷﾖｳ(ｶ"),
        new("P-AOBA", "ｱｵﾊﾞﾃﾞﾝｷ(ｶ"),
        new("P-HIKARI-1", "ﾕ)ﾋｶﾘｼﾖｳｶｲ"),
        new("P-HIKARI-2", "有限会社ヒカリショウカイ"), // two partners registered under one payer name
        new("P-MINATO", "ミナトネットワークス"), // registered without the legal form
    ];

    private static readonly OpenReceivable[] s_open =
    [
        new("P-SAKURA", "INV-101", new DateOnly(2026, 11, 30), new Yen(110_000)),
        new("P-SAKURA", "INV-102", new DateOnly(2026, 12, 31), new Yen(55_000)),
        new("P-AOBA", "INV-201", new DateOnly(2026, 12, 31), new Yen(330_000)),
        new("P-AOBA", "INV-202", new DateOnly(2026, 11, 30), new Yen(330_000)),
        new("P-HIKARI-1", "INV-301", new DateOnly(2026, 12, 31), new Yen(22_000)),
        new("P-MINATO", "INV-401", new DateOnly(2026, 12, 31), new Yen(77_000)),
        new("P-KAEDE", "INV-501", new DateOnly(2026, 12, 31), new Yen(88_000)),
        new("P-KAEDE", "INV-502", new DateOnly(2026, 10, 31), new Yen(0)), // settled: ignored
    ];

    private readonly PayerMatcher _matcher = new(s_names, s_open);

    [Fact]
    [Trait("Article", Source)]
    public void Match_KnownNameAndOneInvoiceAmount_IsMatchedToThatInvoice()
    {
        PayerMatch match = _matcher.Match(Transfer("ｶ)ｻｸﾗｼｽﾃﾑｽﾞ", 55_000));

        match.Outcome.ShouldBe(PayerMatchOutcome.Matched);
        match.Reasons.ShouldBe([PayerMatchReason.NameMatched, PayerMatchReason.AmountEqualsInvoice]);
        ShouldBeOnly(match, "P-SAKURA", true, AmountFit.SingleInvoice, "INV-102");
        match.NameKey.Full.ShouldBe("カ)サクラシステムズ");
    }

    [Fact]
    [Trait("Article", Source)]
    public void Match_SecondRegisteredNameAndTheOpenTotal_IsMatchedToAllOpenInvoices()
    {
        PayerMatch match = _matcher.Match(Transfer("ｻｸﾗｼｽﾃﾑｽﾞﾄｳｷﾖｳ(ｶ", 165_000));

        match.Outcome.ShouldBe(PayerMatchOutcome.Matched);
        match.Reasons.ShouldBe([PayerMatchReason.NameMatched, PayerMatchReason.AmountEqualsOpenTotal]);
        match.Candidates.Single().InvoiceNumbers.ShouldBe(["INV-101", "INV-102"]);
    }

    [Fact]
    public void Match_TwoInvoicesOfTheSameAmount_SettlesTheEarliestDue()
    {
        PayerMatch match = _matcher.Match(Transfer("ｱｵﾊﾞﾃﾞﾝｷ(ｶ", 330_000));

        match.Outcome.ShouldBe(PayerMatchOutcome.Matched);
        match.Candidates.Single().InvoiceNumbers.ShouldBe(["INV-202"]);
    }

    [Fact]
    [Trait("Article", "FORMATS.md §3.5: 振込手数料 deductions")]
    public void Match_KnownNameButFeeDeducted_IsAmbiguousWithTheReason()
    {
        PayerMatch match = _matcher.Match(Transfer("ｶ)ｻｸﾗｼｽﾃﾑｽﾞ", 54_340)); // 55,000 less a 660 yen fee

        match.Outcome.ShouldBe(PayerMatchOutcome.Ambiguous);
        match.Reasons.ShouldBe([PayerMatchReason.NameMatched, PayerMatchReason.AmountFitsNoOpenInvoice]);
        ShouldBeOnly(match, "P-SAKURA", true, AmountFit.None);
    }

    [Fact]
    public void Match_NameOfTwoPartners_IsAmbiguousEvenWhenTheAmountFitsOne()
    {
        PayerMatch match = _matcher.Match(Transfer("ﾕ)ﾋｶﾘｼﾖｳｶｲ", 22_000));

        match.Outcome.ShouldBe(PayerMatchOutcome.Ambiguous);
        match.Reasons.ShouldBe([PayerMatchReason.NameSharedByPartners]);
        match.Candidates.Select(c => (c.PartnerKey, c.Fit)).ShouldBe([("P-HIKARI-1", AmountFit.SingleInvoice), ("P-HIKARI-2", AmountFit.None)]);
    }

    [Fact]
    public void Match_NameOnlyWithoutItsLegalForm_IsAmbiguous()
    {
        PayerMatch match = _matcher.Match(Transfer("ｶ)ﾐﾅﾄﾈﾂﾄﾜ-ｸｽ", 77_000));

        match.Outcome.ShouldBe(PayerMatchOutcome.Ambiguous);
        match.Reasons.ShouldBe([PayerMatchReason.NameMatchedIgnoringLegalForm, PayerMatchReason.AmountEqualsInvoice]);
        match.Candidates.Single().PartnerKey.ShouldBe("P-MINATO");
    }

    [Fact]
    public void Match_UnknownNameButAmountOfOnePartner_IsAmbiguousAndNamesThatPartner()
    {
        PayerMatch match = _matcher.Match(Transfer("ｶｴﾃﾞｼﾖｳｼﾞ(ｶ", 88_000));

        match.Outcome.ShouldBe(PayerMatchOutcome.Ambiguous);
        match.Reasons.ShouldBe([PayerMatchReason.NameUnknown, PayerMatchReason.AmountFitsOtherPartners]);
        ShouldBeOnly(match, "P-KAEDE", false, AmountFit.SingleInvoice, "INV-501");
    }

    [Fact]
    public void Match_UnknownNameAndAmount_IsUnmatched()
    {
        PayerMatch match = _matcher.Match(Transfer("ﾀﾅｶ ﾀﾛｳ", 12_345));

        match.Outcome.ShouldBe(PayerMatchOutcome.Unmatched);
        match.Reasons.ShouldBe([PayerMatchReason.NameUnknown, PayerMatchReason.AmountFitsNoOpenInvoice]);
        match.Candidates.ShouldBeEmpty();
        match.NameKey.Full.ShouldBe("タナカタロウ");
    }

    [Fact]
    public void Match_BlankPayerName_MatchesNoBlankTableEntry()
    {
        var matcher = new PayerMatcher([new PayerNameEntry("P-BLANK", "  ")], s_open);

        PayerMatch match = matcher.Match(Transfer("   ", 12_345));

        match.Outcome.ShouldBe(PayerMatchOutcome.Unmatched);
        match.Reasons.ShouldBe([PayerMatchReason.NameUnknown, PayerMatchReason.AmountFitsNoOpenInvoice]);
    }

    [Fact]
    public void Match_ZeroAmount_Throws()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => _matcher.Match(Transfer("ｶ)ｻｸﾗｼｽﾃﾑｽﾞ", 0)));
    }

    private static void ShouldBeOnly(PayerMatch match, string partnerKey, bool nameMatches, AmountFit fit, params string[] invoiceNumbers)
    {
        PayerCandidate candidate = match.Candidates.ShouldHaveSingleItem();
        (candidate.PartnerKey, candidate.NameMatches, candidate.Fit).ShouldBe((partnerKey, nameMatches, fit));
        candidate.InvoiceNumbers.ShouldBe(invoiceNumbers);
    }

    private static IncomingTransfer Transfer(string payer, long amount) => new(payer, new Yen(amount), s_date);
}
