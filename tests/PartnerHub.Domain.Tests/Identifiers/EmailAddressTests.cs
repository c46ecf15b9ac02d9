using PartnerHub.Domain.Identifiers;

namespace PartnerHub.Domain.Tests.Identifiers;

public class EmailAddressTests
{
    [Theory]
    [InlineData("taro.yamada@example.co.jp", "taro.yamada@example.co.jp")]
    [InlineData("Taro.Yamada@Example.CO.JP", "Taro.Yamada@example.co.jp")]
    [InlineData("soc+alerts@example.com", "soc+alerts@example.com")]
    [InlineData("o'brien_1@mail-01.example.org", "o'brien_1@mail-01.example.org")]
    [InlineData("ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ", "taro@example.jp")]
    [InlineData("  user@example.com ", "user@example.com")]
    public void Validate_PracticalAddresses_NormaliseDomainCase(string input, string expected)
    {
        EmailAddress email = EmailAddress.Validate(input).Value;

        email.Value.ShouldBe(expected);
        email.Domain.ShouldBe(expected[(expected.IndexOf('@', StringComparison.Ordinal) + 1)..]);
    }

    [Theory]
    [InlineData(null, ValidationFailure.Empty)]
    [InlineData("taro.example.com", ValidationFailure.InvalidFormat)]
    [InlineData("@example.com", ValidationFailure.InvalidFormat)]
    [InlineData("taro@", ValidationFailure.InvalidFormat)]
    [InlineData("taro@@example.com", ValidationFailure.InvalidFormat)]
    [InlineData("a@b@example.com", ValidationFailure.InvalidFormat)]
    [InlineData(".taro@example.com", ValidationFailure.InvalidFormat)]
    [InlineData("taro.@example.com", ValidationFailure.InvalidFormat)]
    [InlineData("ta..ro@example.com", ValidationFailure.InvalidFormat)]
    [InlineData("taro yamada@example.com", ValidationFailure.InvalidCharacters)]
    [InlineData("山田@example.jp", ValidationFailure.InvalidCharacters)]
    [InlineData("\"taro\"@example.com", ValidationFailure.InvalidCharacters)]
    [InlineData("ta(ro)@example.com", ValidationFailure.InvalidCharacters)]
    [InlineData("taro@localhost", ValidationFailure.InvalidDomain)]
    [InlineData("taro@-example.com", ValidationFailure.InvalidDomain)]
    [InlineData("taro@example-.com", ValidationFailure.InvalidDomain)]
    [InlineData("taro@exa_mple.com", ValidationFailure.InvalidDomain)]
    [InlineData("taro@example..com", ValidationFailure.InvalidDomain)]
    [InlineData("taro@192.168.0.1", ValidationFailure.InvalidDomain)]
    [InlineData("taro@[192.168.0.1]", ValidationFailure.InvalidDomain)]
    public void Validate_BadInput_ReportsReason(string? input, ValidationFailure expected)
    {
        EmailAddress.Validate(input).Failure.ShouldBe(expected);
    }

    [Fact]
    public void Validate_LocalPartOver64_IsTooLong()
    {
        EmailAddress.Validate(new string('a', 65) + "@example.com").Failure.ShouldBe(ValidationFailure.TooLong);
        EmailAddress.Validate(new string('a', 64) + "@example.com").IsValid.ShouldBeTrue();
    }

    [Fact]
    public void Validate_AddressOver254_IsTooLong()
    {
        string domain = string.Join('.', Enumerable.Repeat(new string('d', 60), 5)) + ".jp";
        EmailAddress.Validate("a@" + domain).Failure.ShouldBe(ValidationFailure.TooLong);
    }

    [Fact]
    public void Validate_LabelOver63_IsInvalidDomain()
    {
        EmailAddress.Validate("a@" + new string('d', 64) + ".jp").Failure.ShouldBe(ValidationFailure.InvalidDomain);
    }
}
