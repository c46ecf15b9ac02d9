using System.Net;
using PartnerHub.Domain.Identifiers;

namespace PartnerHub.Domain.Tests.Identifiers;

public class CidrBlockTests
{
    [Theory]
    [InlineData("192.168.10.0/24", "192.168.10.0/24", 256L)]
    [InlineData("10.0.0.0/8", "10.0.0.0/8", 16_777_216L)]
    [InlineData("0.0.0.0/0", "0.0.0.0/0", 4_294_967_296)]
    [InlineData("192.168.10.5/32", "192.168.10.5/32", 1L)]
    [InlineData(" 172.16.0.0 / 12 ", "172.16.0.0/12", 1_048_576L)]
    [InlineData("2001:DB8::/32", "2001:db8::/32", null)]
    public void Validate_NetworkAddress_IsValid(string input, string expected, long? count)
    {
        CidrBlock block = CidrBlock.Validate(input).Value;

        block.Value.ShouldBe(expected);
        if (count is not null)
        {
            block.AddressCount.ShouldBe(new System.Numerics.BigInteger(count.Value));
        }
    }

    [Theory]
    [InlineData(null, ValidationFailure.Empty)]
    [InlineData("192.168.10.5/24", ValidationFailure.HostBitsSet)]
    [InlineData("2001:db8::1/64", ValidationFailure.HostBitsSet)]
    [InlineData("192.168.10.0", ValidationFailure.InvalidFormat)]
    [InlineData("192.168.10.0/24/1", ValidationFailure.InvalidFormat)]
    [InlineData("192.168.10.0/", ValidationFailure.InvalidFormat)]
    [InlineData("192.168.10.0/-1", ValidationFailure.InvalidFormat)]
    [InlineData("192.168.10.0/33", ValidationFailure.OutOfRange)]
    [InlineData("2001:db8::/129", ValidationFailure.OutOfRange)]
    [InlineData("192.168.300.0/24", ValidationFailure.OutOfRange)]
    [InlineData("192.168.10/24", ValidationFailure.InvalidFormat)]
    public void Validate_BadInput_ReportsReason(string? input, ValidationFailure expected)
    {
        CidrBlock.Validate(input).Failure.ShouldBe(expected);
    }

    [Fact]
    public void Containing_HostAddress_ClearsHostBits()
    {
        CidrBlock.Containing(IPAddress.Parse("192.168.10.5"), 24).Value.ShouldBe("192.168.10.0/24");
        CidrBlock.Containing(IPAddress.Parse("192.168.10.5"), 23).Value.ShouldBe("192.168.10.0/23");
        CidrBlock.Containing(IPAddress.Parse("192.168.11.5"), 23).Value.ShouldBe("192.168.10.0/23");
        CidrBlock.Containing(IPAddress.Parse("2001:db8::1"), 64).Value.ShouldBe("2001:db8::/64");
    }

    [Fact]
    public void Contains_ChecksMembershipAndFamily()
    {
        CidrBlock block = CidrBlock.Validate("192.168.10.0/23").Value;

        block.Contains(IPAddress.Parse("192.168.11.255")).ShouldBeTrue();
        block.Contains(IPAddress.Parse("192.168.12.0")).ShouldBeFalse();
        block.Contains(IPAddress.Parse("::ffff:192.168.10.1")).ShouldBeFalse();
    }

    [Fact]
    public void Overlaps_NestedAndDisjointBlocks()
    {
        CidrBlock wide = CidrBlock.Validate("10.0.0.0/8").Value;
        CidrBlock inner = CidrBlock.Validate("10.20.0.0/16").Value;
        CidrBlock other = CidrBlock.Validate("172.16.0.0/12").Value;

        wide.Overlaps(inner).ShouldBeTrue();
        inner.Overlaps(wide).ShouldBeTrue();
        wide.Overlaps(other).ShouldBeFalse();
    }
}
