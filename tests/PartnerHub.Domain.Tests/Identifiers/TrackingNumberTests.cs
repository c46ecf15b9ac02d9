using PartnerHub.Domain.Identifiers;

namespace PartnerHub.Domain.Tests.Identifiers;

public class TrackingNumberTests
{
    [Theory]
    [Trait("Article", "carrier tracking: first 11 digits mod 7")]
    [InlineData("123456789013", "1234-5678-9013")]
    [InlineData("1234-5678-9013", "1234-5678-9013")]
    [InlineData("１２３４ ５６７８ ９０１３", "1234-5678-9013")]
    [InlineData("000000000000", "0000-0000-0000")]
    public void Validate_CorrectCheckDigit_IsValid(string input, string display)
    {
        TrackingNumber number = TrackingNumber.Validate(input).Value;

        number.Value.ShouldBe(display);
        number.Digits.ShouldBe(display.Replace("-", string.Empty, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(null, ValidationFailure.Empty)]
    [InlineData("123456789014", ValidationFailure.InvalidCheckDigit)]
    [InlineData("123456789017", ValidationFailure.InvalidCheckDigit)]
    [InlineData("12345678901", ValidationFailure.WrongLength)]
    [InlineData("1234567890123", ValidationFailure.WrongLength)]
    [InlineData("12345678901A", ValidationFailure.InvalidCharacters)]
    public void Validate_BadInput_ReportsReason(string? input, ValidationFailure expected)
    {
        TrackingNumber.Validate(input).Failure.ShouldBe(expected);
    }

    [Fact]
    [Trait("Article", "carrier tracking: first 11 digits mod 7")]
    public void Validate_DigitChangedBySeven_IsNotDetected()
    {
        // The documented weakness: 7 × 10^k ≡ 0 (mod 7), so 1↔8 anywhere in the body passes.
        TrackingNumber.Validate("823456789013").IsValid.ShouldBeTrue();
    }

    [Fact]
    public void ComputeCheckDigit_RandomBodies_AlwaysValidate()
    {
        var random = new Random(7);
        for (int i = 0; i < 300; i++)
        {
            string body = random.NextInt64(0, 100_000_000_000).ToString("D11", System.Globalization.CultureInfo.InvariantCulture);
            int check = TrackingNumber.ComputeCheckDigit(body);

            check.ShouldBeInRange(0, 6);
            TrackingNumber.Validate(body + (char)('0' + check)).IsValid.ShouldBeTrue(body);
        }
    }
}
