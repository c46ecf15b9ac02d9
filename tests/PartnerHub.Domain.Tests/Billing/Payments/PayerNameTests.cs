using PartnerHub.Domain.Billing.Payments;

namespace PartnerHub.Domain.Tests.Billing.Payments;

public class PayerNameTests
{
    private static readonly DateTimeOffset s_at = new(2026, 12, 7, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Create_BankHalfWidthKanaAndTypedFullWidthName_ShareOneKey()
    {
        var partner = Guid.NewGuid();
        var fromBank = PayerName.Create(Guid.NewGuid(), partner, "ｶ)ﾐﾅﾄｼﾞﾖｳﾎｳｼｽﾃﾑ", PayerNameOrigin.Learnt, s_at, "finance")!;
        var typed = PayerName.Create(Guid.NewGuid(), partner, "株式会社ミナトジョウホウシステム", PayerNameOrigin.Entered, s_at, "finance")!;

        typed.Key.ShouldBe(fromBank.Key);
        fromBank.Key.ShouldBe("カ)ミナトジヨウホウシステム");
    }

    [Fact]
    public void Create_OnlyPunctuation_IsNothing()
    {
        PayerName.Create(Guid.NewGuid(), Guid.NewGuid(), " ・ ", PayerNameOrigin.Entered, s_at, "finance").ShouldBeNull();
        PayerName.Create(Guid.NewGuid(), Guid.NewGuid(), null, PayerNameOrigin.Entered, s_at, "finance").ShouldBeNull();
    }
}
