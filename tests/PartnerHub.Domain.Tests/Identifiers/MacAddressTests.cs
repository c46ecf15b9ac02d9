using PartnerHub.Domain.Identifiers;

namespace PartnerHub.Domain.Tests.Identifiers;

public class MacAddressTests
{
    [Theory]
    [InlineData("00:1a:2b:3c:4d:5e")]
    [InlineData("00-1A-2B-3C-4D-5E")]
    [InlineData("001a.2b3c.4d5e")]
    [InlineData("001A2B3C4D5E")]
    [InlineData(" ００:１Ａ:２Ｂ:３Ｃ:４Ｄ:５Ｅ ")]
    public void Validate_CommonForms_NormaliseToUpperColon(string input)
    {
        MacAddress mac = MacAddress.Validate(input).Value;

        mac.Value.ShouldBe("00:1A:2B:3C:4D:5E");
        mac.Hex.ShouldBe("001A2B3C4D5E");
    }

    [Theory]
    [InlineData(null, ValidationFailure.Empty)]
    [InlineData("00:1A:2B:3C:4D", ValidationFailure.WrongLength)]
    [InlineData("00:1A:2B:3C:4D:5E:6F", ValidationFailure.WrongLength)]
    [InlineData("00:1A:2B:3C:4D:5G", ValidationFailure.InvalidCharacters)]
    [InlineData("00 1A 2B 3C 4D 5E", ValidationFailure.InvalidCharacters)]
    [InlineData("00:1A-2B:3C-4D:5E", ValidationFailure.InvalidFormat)]
    [InlineData("001:A2B:3C4:D5E", ValidationFailure.InvalidFormat)]
    [InlineData("001a2b.3c4d5e", ValidationFailure.InvalidFormat)]
    public void Validate_BadInput_ReportsReason(string? input, ValidationFailure expected)
    {
        MacAddress.Validate(input).Failure.ShouldBe(expected);
    }
}
