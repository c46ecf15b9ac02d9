using PartnerHub.Domain.Customers;
using PartnerHub.Domain.Escalations;

namespace PartnerHub.Domain.Tests.Escalations;

public class CallerVerificationTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 2, 10, 0, 0, TimeSpan.FromHours(9));
    private static readonly ServiceContact Registered = new("山田 太郎", "ヤマダ タロウ", "yamada@example.co.jp", "03-1234-5678", "情報システム部");

    [Theory]
    [InlineData("03-1234-5678", "0312345678")]
    [InlineData(" ０３－１２３４－５６７８ ", "0312345678")]
    [InlineData("03 1234 5678", "0312345678")]
    [InlineData("03ー1234ー5678", "0312345678")]
    [InlineData("(03) 1234-5678", "0312345678")]
    [InlineData("+81 3-1234-5678", "0312345678")]
    [InlineData("+81 (0)3-1234-5678", "0312345678")]
    [InlineData("", "")]
    public void NormalisePhone_FoldsWidthAndRemovesSeparators(string input, string expected) =>
        CallerVerification.NormalisePhone(input).ShouldBe(expected);

    [Theory]
    [InlineData("山田　太郎", "山田太郎")]
    [InlineData(" 山田 太郎 ", "山田太郎")]
    [InlineData("Ｙａｍａｄａ Ｔａｒｏ", "YamadaTaro")]
    public void NormaliseName_RemovesAllSpaces(string input, string expected) =>
        CallerVerification.NormaliseName(input).ShouldBe(expected);

    [Theory]
    [InlineData("山田　太郎", "０３－１２３４－５６７８")]
    [InlineData("山田太郎", "0312345678")]
    [InlineData("ヤマダ　タロウ", "03 1234 5678")]
    [Trait("Article", "004 別紙3 §2-3")]
    public void Check_WhenNameAndPhoneMatch_IsVerified(string name, string phone)
    {
        var result = CallerVerification.Check(Registered, name, phone, null, VerificationMethod.RegisteredPhoneMatch, At, "partner-user");

        result.Status.ShouldBe(CallerVerificationStatus.Verified);
        result.Method.ShouldBe(VerificationMethod.RegisteredPhoneMatch);
        result.CanProceed(UnregisteredCallerPolicy.Refuse).ShouldBeTrue();
    }

    [Theory]
    [InlineData("佐藤 花子", "03-1234-5678")]
    [InlineData("山田 太郎", "03-1234-5679")]
    [InlineData("山田 太郎", null)]
    [Trait("Article", "004 別紙3 §2-3")]
    public void Check_WhenNameOrPhoneDiffers_IsUnregistered(string name, string? phone)
    {
        var result = CallerVerification.Check(Registered, name, phone, null, VerificationMethod.PhoneCallback, At, "partner-user");

        result.Status.ShouldBe(CallerVerificationStatus.Unregistered);
    }

    [Fact]
    public void Check_ByEmail_ComparesTheAddressNotThePhone()
    {
        var verified = CallerVerification.Check(Registered, "山田太郎", null, "Yamada@Example.co.jp", VerificationMethod.EmailFromRegisteredAddress, At, "u");
        var other = CallerVerification.Check(Registered, "山田太郎", "03-1234-5678", "someone@example.co.jp", VerificationMethod.EmailFromRegisteredAddress, At, "u");

        verified.Status.ShouldBe(CallerVerificationStatus.Verified);
        other.Status.ShouldBe(CallerVerificationStatus.Unregistered);
    }

    [Theory]
    [InlineData(UnregisteredCallerPolicy.Refuse, false)]
    [InlineData(UnregisteredCallerPolicy.ProceedFlagged, true)]
    public void CanProceed_ForUnregisteredCaller_FollowsThePolicy(UnregisteredCallerPolicy policy, bool expected)
    {
        var result = CallerVerification.Check(Registered, "佐藤 花子", "090-0000-0000", null, VerificationMethod.Other, At, "u", "named by the CEO");

        result.CanProceed(policy).ShouldBe(expected);
        result.Note.ShouldBe("named by the CEO");
    }

    [Fact]
    public void Check_WhenRegisteredContactIsBlank_NeverVerifies()
    {
        var blank = new ServiceContact("", "", "", "", null);

        CallerVerification.Check(blank, "", "", null, VerificationMethod.Other, At, "u").Status.ShouldBe(CallerVerificationStatus.Unregistered);
    }
}
