using PartnerHub.Domain.Identifiers;

namespace PartnerHub.Domain.Tests.Identifiers;

public class InvoiceRegistrationNumberTests
{
    [Theory]
    [Trait("Article", "DOMAIN Money: registration number T + 13 digits")]
    [InlineData("T7000012050002")]
    [InlineData("t7000012050002")]
    [InlineData("Ｔ７０００ ０１２０ ５０００２")]
    [InlineData("T7-0000-1205-0002")]
    public void Validate_AcceptedForms_NormaliseToUpperTAndDigits(string input)
    {
        InvoiceRegistrationNumber.Validate(input).Value.Value.ShouldBe("T7000012050002");
    }

    [Theory]
    [InlineData(null, ValidationFailure.Empty)]
    [InlineData("7000012050002", ValidationFailure.MissingPrefix)]
    [InlineData("X7000012050002", ValidationFailure.InvalidCharacters)]
    [InlineData("T", ValidationFailure.WrongLength)]
    [InlineData("T700001205000", ValidationFailure.WrongLength)]
    [InlineData("T7000012050003", ValidationFailure.InvalidCheckDigit)]
    [InlineData("T70000120500O2", ValidationFailure.InvalidCharacters)]
    public void Validate_BadInput_ReportsReason(string? input, ValidationFailure expected)
    {
        InvoiceRegistrationNumber.Validate(input).Failure.ShouldBe(expected);
    }

    [Fact]
    public void ForCorporation_PrefixesTheCorporateNumber()
    {
        CorporateNumber number = CorporateNumber.Validate("1180301018771").Value;

        InvoiceRegistrationNumber registration = InvoiceRegistrationNumber.ForCorporation(number);

        registration.Value.ShouldBe("T1180301018771");
        registration.Digits.ShouldBe("1180301018771");
        registration.ToString().ShouldBe("T1180301018771");
    }
}
