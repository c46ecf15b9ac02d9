using System.Net;
using System.Net.Sockets;
using System.Numerics;

namespace PartnerHub.Domain.Identifiers;

/// <summary>
/// An IPv4 or IPv6 network in CIDR notation (192.168.10.0/24). The address must be the network address:
/// a block typed as 192.168.10.5/24 is reported as <see cref="ValidationFailure.HostBitsSet"/> rather than
/// silently widened, because on a parameter sheet it usually means the customer mixed up a host and its subnet.
/// </summary>
public sealed record CidrBlock
{
    private CidrBlock(IPAddress network, int prefixLength)
    {
        Network = network;
        PrefixLength = prefixLength;
    }

    /// <summary>The network address (all host bits zero).</summary>
    public IPAddress Network { get; }

    /// <summary>The prefix length: 0–32 for IPv4, 0–128 for IPv6.</summary>
    public int PrefixLength { get; }

    /// <summary>"192.168.10.0/24".</summary>
    public string Value => Network + "/" + PrefixLength.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>How many addresses the block spans (2^(bits − prefix)).</summary>
    public BigInteger AddressCount => BigInteger.One << (BitsOf(Network) - PrefixLength);

    /// <summary>Validates "address/prefix"; the address is checked as strictly as <see cref="IpAddresses"/> does.</summary>
    public static ValidationResult<CidrBlock> Validate(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return ValidationResult.Fail<CidrBlock>(ValidationFailure.Empty);
        }

        string text = InputText.Fold(input, foldDashes: false);
        int slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0 || slash != text.LastIndexOf('/'))
        {
            return ValidationResult.Fail<CidrBlock>(ValidationFailure.InvalidFormat);
        }

        ValidationResult<IPAddress> address = IpAddresses.Validate(text[..slash].Trim());
        if (!address.IsValid)
        {
            return ValidationResult.Fail<CidrBlock>(address.Failure!.Value);
        }

        string prefixText = text[(slash + 1)..].Trim();
        if (!InputText.AllDigits(prefixText) || prefixText.Length > 3)
        {
            return ValidationResult.Fail<CidrBlock>(ValidationFailure.InvalidFormat);
        }

        int prefix = int.Parse(prefixText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture);
        if (prefix > BitsOf(address.Value))
        {
            return ValidationResult.Fail<CidrBlock>(ValidationFailure.OutOfRange);
        }

        IPAddress network = Mask(address.Value, prefix);
        return network.Equals(address.Value)
            ? ValidationResult.Success(new CidrBlock(network, prefix))
            : ValidationResult.Fail<CidrBlock>(ValidationFailure.HostBitsSet);
    }

    /// <summary>The block of <paramref name="prefixLength"/> bits that contains <paramref name="address"/> (host bits cleared).</summary>
    public static CidrBlock Containing(IPAddress address, int prefixLength)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentOutOfRangeException.ThrowIfNegative(prefixLength);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(prefixLength, BitsOf(address));
        return new CidrBlock(Mask(address, prefixLength), prefixLength);
    }

    /// <summary>True when <paramref name="address"/> is of the same family and inside the block.</summary>
    public bool Contains(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return address.AddressFamily == Network.AddressFamily && Mask(address, PrefixLength).Equals(Network);
    }

    /// <summary>True when the blocks share at least one address (one then contains the other).</summary>
    public bool Overlaps(CidrBlock other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return other.Network.AddressFamily == Network.AddressFamily
            && Mask(other.Network, Math.Min(PrefixLength, other.PrefixLength))
                .Equals(Mask(Network, Math.Min(PrefixLength, other.PrefixLength)));
    }

    /// <summary>"192.168.10.0/24".</summary>
    public override string ToString() => Value;

    private static int BitsOf(IPAddress address) => address.AddressFamily == AddressFamily.InterNetwork ? 32 : 128;

    private static IPAddress Mask(IPAddress address, int prefixLength)
    {
        byte[] bytes = address.GetAddressBytes();
        for (int i = 0; i < bytes.Length; i++)
        {
            int keep = Math.Clamp(prefixLength - (i * 8), 0, 8);
            bytes[i] &= (byte)(0xFF << (8 - keep));
        }

        return new IPAddress(bytes);
    }
}
