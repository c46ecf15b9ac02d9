using PartnerHub.Domain.Identifiers;

namespace PartnerHub.Domain.Tests.Identifiers;

public class PostalCodeTests
{
    [Theory]
    [InlineData("1000013")]
    [InlineData("100-0013")]
    [InlineData("１００－００１３")]
    [InlineData("１００ー００１３")]
    [InlineData("〒100-0013")]
    [InlineData("〒 100-0013")]
    [InlineData(" 100-0013 ")]
    public void Validate_AcceptedForms_NormaliseToHyphenated(string input)
    {
        ValidationResult<PostalCode> result = PostalCode.Validate(input);

        result.Value.Value.ShouldBe("100-0013");
        result.Value.Digits.ShouldBe("1000013");
    }

    [Theory]
    [InlineData(null, ValidationFailure.Empty)]
    [InlineData("", ValidationFailure.Empty)]
    [InlineData("100-001", ValidationFailure.WrongLength)]
    [InlineData("10000133", ValidationFailure.WrongLength)]
    [InlineData("100-00A3", ValidationFailure.InvalidCharacters)]
    [InlineData("1000-013", ValidationFailure.InvalidFormat)]
    [InlineData("100--0013", ValidationFailure.InvalidFormat)]
    [InlineData("〒", ValidationFailure.WrongLength)]
    public void Validate_BadInput_ReportsReason(string? input, ValidationFailure expected)
    {
        PostalCode.Validate(input).Failure.ShouldBe(expected);
    }
}
