using System.Net;
using PartnerHub.Domain.Identifiers;

namespace PartnerHub.Domain.Tests.Identifiers;

public class IpAddressesTests
{
    [Theory]
    [InlineData("192.168.1.10")]
    [InlineData("0.0.0.0")]
    [InlineData("255.255.255.255")]
    [InlineData("１９２．１６８．１．１０")]
    public void ValidateV4_DottedQuad_IsValid(string input)
    {
        IpAddresses.ValidateV4(input).IsValid.ShouldBeTrue();
    }

    [Theory]
    [InlineData(null, ValidationFailure.Empty)]
    [InlineData("10.1", ValidationFailure.InvalidFormat)]
    [InlineData("10.0.0.0.1", ValidationFailure.InvalidFormat)]
    [InlineData("010.0.0.1", ValidationFailure.InvalidFormat)]
    [InlineData("10..0.1", ValidationFailure.InvalidFormat)]
    [InlineData("1000.0.0.1", ValidationFailure.InvalidFormat)]
    [InlineData("256.0.0.1", ValidationFailure.OutOfRange)]
    [InlineData("10.0.0.-1", ValidationFailure.InvalidCharacters)]
    [InlineData("0x7f.0.0.1", ValidationFailure.InvalidCharacters)]
    [InlineData("::1", ValidationFailure.InvalidCharacters)]
    public void ValidateV4_BadInput_ReportsReason(string? input, ValidationFailure expected)
    {
        IpAddresses.ValidateV4(input).Failure.ShouldBe(expected);
    }

    [Theory]
    [InlineData("2001:DB8:0:0:0:0:0:1", "2001:db8::1")]
    [InlineData("2001:db8::1", "2001:db8::1")]
    [InlineData("::1", "::1")]
    [InlineData("::", "::")]
    [InlineData("::ffff:192.0.2.1", "::ffff:192.0.2.1")]
    [InlineData("fe80::1:2:3:4", "fe80::1:2:3:4")]
    public void ValidateV6_TextForms_NormaliseToCanonical(string input, string expected)
    {
        IpAddresses.ValidateV6(input).Value.ToString().ShouldBe(expected);
    }

    [Theory]
    [InlineData(null, ValidationFailure.Empty)]
    [InlineData("fe80::1%eth0", ValidationFailure.InvalidCharacters)]
    [InlineData("[2001:db8::1]", ValidationFailure.InvalidCharacters)]
    [InlineData("2001:db8::g", ValidationFailure.InvalidCharacters)]
    [InlineData("2001:db8:::1", ValidationFailure.InvalidFormat)]
    [InlineData("1:2:3:4:5:6:7:8:9", ValidationFailure.InvalidFormat)]
    [InlineData("2001:db8::1::2", ValidationFailure.InvalidFormat)]
    [InlineData("::ffff:192.0.2.256", ValidationFailure.InvalidFormat)]
    [InlineData("12345::1", ValidationFailure.InvalidFormat)]
    [InlineData("abcd", ValidationFailure.InvalidFormat)]
    public void ValidateV6_BadInput_ReportsReason(string? input, ValidationFailure expected)
    {
        IpAddresses.ValidateV6(input).Failure.ShouldBe(expected);
    }

    [Fact]
    public void Validate_PicksFamilyByColon()
    {
        IpAddresses.Validate("10.0.0.1").Value.ShouldBe(IPAddress.Parse("10.0.0.1"));
        IpAddresses.Validate("2001:db8::1").Value.AddressFamily.ShouldBe(System.Net.Sockets.AddressFamily.InterNetworkV6);
        IpAddresses.Validate(null).Failure.ShouldBe(ValidationFailure.Empty);
    }
}
