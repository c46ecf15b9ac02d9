using PartnerHub.Domain.Identifiers;

namespace PartnerHub.Domain.Tests.Identifiers;

public class PhoneNumberTests
{
    [Theory]
    [InlineData("03-1234-5678", "03-1234-5678", PhoneNumberKind.FixedLine)]
    [InlineData("0312345678", "03-1234-5678", PhoneNumberKind.FixedLine)]
    [InlineData("03(1234)5678", "03-1234-5678", PhoneNumberKind.FixedLine)]
    [InlineData("(03) 1234-5678", "03-1234-5678", PhoneNumberKind.FixedLine)]
    [InlineData("０３－１２３４－５６７８", "03-1234-5678", PhoneNumberKind.FixedLine)]
    [InlineData("０３ー１２３４ー５６７８", "03-1234-5678", PhoneNumberKind.FixedLine)]
    [InlineData("+81 3-1234-5678", "03-1234-5678", PhoneNumberKind.FixedLine)]
    [InlineData("+81 (0)3 1234 5678", "03-1234-5678", PhoneNumberKind.FixedLine)]
    [InlineData("+81312345678", "03-1234-5678", PhoneNumberKind.FixedLine)]
    [InlineData("0612345678", "06-1234-5678", PhoneNumberKind.FixedLine)]
    [InlineData("0451234567", "045-123-4567", PhoneNumberKind.FixedLine)]
    [InlineData("0521234567", "052-123-4567", PhoneNumberKind.FixedLine)]
    [InlineData("0112345678", "011-234-5678", PhoneNumberKind.FixedLine)]
    [InlineData("09012345678", "090-1234-5678", PhoneNumberKind.Mobile)]
    [InlineData("080 1234 5678", "080-1234-5678", PhoneNumberKind.Mobile)]
    [InlineData("+81 70-1234-5678", "070-1234-5678", PhoneNumberKind.Mobile)]
    [InlineData("+819012345678", "090-1234-5678", PhoneNumberKind.Mobile)]
    [InlineData("0120123456", "0120-123-456", PhoneNumberKind.TollFree)]
    [InlineData("0120-123-456", "0120-123-456", PhoneNumberKind.TollFree)]
    [InlineData("08001234567", "0800-123-4567", PhoneNumberKind.TollFree)]
    [InlineData("05012345678", "050-1234-5678", PhoneNumberKind.IpPhone)]
    [InlineData("0570-123-456", "0570-123-456", PhoneNumberKind.NavigationDial)]
    public void Validate_KnownRanges_NormaliseToCertainDisplay(string input, string display, PhoneNumberKind kind)
    {
        PhoneNumber phone = PhoneNumber.Validate(input).Value;

        phone.Value.ShouldBe(display);
        phone.Kind.ShouldBe(kind);
        phone.IsSplitCertain.ShouldBeTrue();
        phone.Digits.ShouldBe(display.Replace("-", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_UnlistedAreaCodeTypedWithHyphens_KeepsTheTypedSplitAsUncertain()
    {
        PhoneNumber phone = PhoneNumber.Validate("092-712-3456").Value;

        phone.Value.ShouldBe("092-712-3456");
        phone.IsSplitCertain.ShouldBeFalse();
    }

    [Fact]
    public void Validate_UnlistedAreaCodeAsBareDigits_SplitsOffTheSubscriberNumber()
    {
        PhoneNumber phone = PhoneNumber.Validate("0927123456").Value;

        phone.Value.ShouldBe("092712-3456");
        phone.IsSplitCertain.ShouldBeFalse();
    }

    [Fact]
    public void Validate_ListedAreaCodeTypedWithWrongSplit_UsesTheKnownSplit()
    {
        PhoneNumber.Validate("031-234-5678").Value.Value.ShouldBe("03-1234-5678");
    }

    [Fact]
    public void E164_DropsTrunkZero()
    {
        PhoneNumber.Validate("090-1234-5678").Value.E164.ShouldBe("+819012345678");
    }

    [Theory]
    [InlineData(null, ValidationFailure.Empty)]
    [InlineData(" ", ValidationFailure.Empty)]
    [InlineData("03-1234-567", ValidationFailure.WrongLength)]
    [InlineData("090-1234-567", ValidationFailure.WrongLength)]
    [InlineData("0120-123-4567", ValidationFailure.WrongLength)]
    [InlineData("0800-123-456", ValidationFailure.WrongLength)]
    [InlineData("03-1234-5678 ext. 12", ValidationFailure.InvalidCharacters)]
    [InlineData("03/1234/5678", ValidationFailure.InvalidCharacters)]
    [InlineData("312345678", ValidationFailure.InvalidFormat)]
    [InlineData("03+12345678", ValidationFailure.InvalidFormat)]
    [InlineData("+", ValidationFailure.InvalidFormat)]
    [InlineData("()-", ValidationFailure.InvalidFormat)]
    [InlineData("+1 212 555 0100", ValidationFailure.UnsupportedNumberRange)]
    [InlineData("020-1234-5678", ValidationFailure.UnsupportedNumberRange)]
    [InlineData("010-81-3-1234", ValidationFailure.UnsupportedNumberRange)]
    [InlineData("0990-123-456", ValidationFailure.UnsupportedNumberRange)]
    [InlineData("00-1234-5678", ValidationFailure.UnsupportedNumberRange)]
    public void Validate_BadInput_ReportsReason(string? input, ValidationFailure expected)
    {
        PhoneNumber.Validate(input).Failure.ShouldBe(expected);
    }
}
