using PartnerHub.Domain.Identifiers;

namespace PartnerHub.Domain.Tests.Identifiers;

public class CorporateNumberTests
{
    [Theory]
    [Trait("Article", "法人番号 check digit")]
    [InlineData("7000012050002")] // National Tax Agency (国税庁)
    [InlineData("1180301018771")] // Toyota Motor Corporation
    public void Validate_PublishedNumber_IsValid(string number)
    {
        ValidationResult<CorporateNumber> result = CorporateNumber.Validate(number);

        result.IsValid.ShouldBeTrue();
        result.Value.Value.ShouldBe(number);
    }

    [Fact]
    public void ComputeCheckDigit_NationalTaxAgencyBase_IsSeven()
    {
        CorporateNumber.ComputeCheckDigit("000012050002").ShouldBe(7);
    }

    [Theory]
    [InlineData("７０００ ０１２０ ５０００２")]
    [InlineData("7000-0120-50002")]
    [InlineData("  7000012050002  ")]
    public void Validate_FullWidthOrSeparated_NormalisesToThirteenDigits(string input)
    {
        CorporateNumber.Validate(input).Value.Value.ShouldBe("7000012050002");
    }

    [Theory]
    [InlineData(null, ValidationFailure.Empty)]
    [InlineData("", ValidationFailure.Empty)]
    [InlineData("   ", ValidationFailure.Empty)]
    [InlineData("700001205000", ValidationFailure.WrongLength)]
    [InlineData("70000120500021", ValidationFailure.WrongLength)]
    [InlineData("700001205000A", ValidationFailure.InvalidCharacters)]
    [InlineData("8000012050002", ValidationFailure.InvalidCheckDigit)]
    [InlineData("7000012050003", ValidationFailure.InvalidCheckDigit)]
    public void Validate_BadInput_ReportsReason(string? input, ValidationFailure expected)
    {
        ValidationResult<CorporateNumber> result = CorporateNumber.Validate(input);

        result.IsValid.ShouldBeFalse();
        result.Failure.ShouldBe(expected);
        Should.Throw<InvalidOperationException>(() => result.Value);
    }

    [Fact]
    [Trait("Article", "法人番号 check digit")]
    public void Validate_RandomBasesWithComputedCheckDigit_AlwaysValidAndAnyChangedDigitFails()
    {
        var random = new Random(20_241_001);
        for (int sample = 0; sample < 500; sample++)
        {
            string body = string.Concat(Enumerable.Range(0, 12).Select(_ => (char)('0' + random.Next(10))));
            string number = CorporateNumber.ComputeCheckDigit(body).ToString(System.Globalization.CultureInfo.InvariantCulture) + body;

            CorporateNumber.Validate(number).IsValid.ShouldBeTrue(number);

            int position = random.Next(13);
            char original = number[position];
            char replacement;
            do
            {
                replacement = (char)('0' + random.Next(10));
            }
            while (replacement == original || IsZeroNineSwap(original, replacement));

            char[] changed = number.ToCharArray();
            changed[position] = replacement;
            string mutated = new(changed);
            CorporateNumber.Validate(mutated).Failure.ShouldBe(ValidationFailure.InvalidCheckDigit, $"{number} → {mutated}");
        }
    }

    [Fact]
    [Trait("Article", "法人番号 check digit")]
    public void Validate_ZeroNineSwapInBase_IsUndetectable()
    {
        // A change by 9 leaves the weighted sum unchanged mod 9 whatever the weight: the scheme's known blind spot.
        CorporateNumber.Validate("7000012950002").IsValid.ShouldBeTrue();
        CorporateNumber.Validate("7900012050002").IsValid.ShouldBeTrue();
    }

    private static bool IsZeroNineSwap(char a, char b) => (a, b) is ('0', '9') or ('9', '0');

    [Fact]
    public void ComputeCheckDigit_NotTwelveDigits_Throws()
    {
        Should.Throw<ArgumentException>(() => CorporateNumber.ComputeCheckDigit("12345"));
        Should.Throw<ArgumentException>(() => CorporateNumber.ComputeCheckDigit("12345678901X"));
    }
}
