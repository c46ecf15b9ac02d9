using System.Globalization;

namespace PartnerHub.Domain.Devices.Health;

/// <summary>How an appliance's reported software version compares with the version required for its model.</summary>
public enum SoftwareVersionCheck
{
    /// <summary>No version is required for the model (yet).</summary>
    NoRequirement,

    /// <summary>The reported version is the required one or newer.</summary>
    Meets,

    /// <summary>The reported version is older than the required one (a pre-release of the required version is older).</summary>
    Below,

    /// <summary>A version is required but the appliance reported none, or text that is no version.</summary>
    Unknown,
}

/// <summary>
/// A sensor software version as appliances write it: dotted numbers (one to four parts, "7", "7.0.3", "7.0.10"), an optional
/// leading "v", and an optional suffix. A suffix naming a pre-release ("-rc1", "-beta.2", "-alpha", "-pre", "-dev",
/// "-preview", "-snapshot") ranks below the release with the same numbers, as in SemVer; any other suffix is the vendor's
/// build label ("7.0.8-sensor.3", "7.0.8+git.1a2b") and does not change the rank. Numbers compare as numbers, so 7.0.10 is
/// newer than 7.0.9; missing parts count as zero (7.0 = 7.0.0).
/// </summary>
public sealed class SensorSoftwareVersion : IComparable<SensorSoftwareVersion>, IEquatable<SensorSoftwareVersion>
{
    /// <summary>Longest text accepted as a version.</summary>
    public const int MaxLength = 64;

    private static readonly string[] s_preReleaseWords = ["alpha", "beta", "rc", "pre", "dev", "preview", "snapshot", "a", "b"];

    private SensorSoftwareVersion(int[] numbers, string? preRelease, string text)
    {
        Numbers = numbers;
        PreRelease = preRelease;
        Text = text;
    }

    /// <summary>The numeric parts, always four (missing ones are zero).</summary>
    public IReadOnlyList<int> Numbers { get; }

    /// <summary>The pre-release label in lower case ("rc1", "beta.2"), or null for a release.</summary>
    public string? PreRelease { get; }

    /// <summary>The text as given, trimmed.</summary>
    public string Text { get; }

    /// <summary>The version in <paramref name="text"/>, or null when it is none (empty, garbage, a negative or huge number).</summary>
    public static SensorSoftwareVersion? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxLength)
        {
            return null;
        }

        string trimmed = text.Trim();
        string rest = trimmed.StartsWith('v') || trimmed.StartsWith('V') ? trimmed[1..] : trimmed;
        int suffixAt = 0;
        while (suffixAt < rest.Length && (char.IsAsciiDigit(rest[suffixAt]) || rest[suffixAt] == '.'))
        {
            suffixAt++;
        }

        string core = rest[..suffixAt];
        // "7.0.3-rc1", "7.0.3rc1" and "7.0.3 rc1" carry the same label; after '+' comes build metadata, never a pre-release.
        bool build = suffixAt < rest.Length && rest[suffixAt] == '+';
        string suffix = suffixAt >= rest.Length ? string.Empty : char.IsAsciiLetter(rest[suffixAt]) ? rest[suffixAt..] : rest[(suffixAt + 1)..];
        string[] parts = core.Split('.');
        if (parts.Length is < 1 or > 4)
        {
            return null;
        }

        var numbers = new int[4];
        for (int i = 0; i < parts.Length; i++)
        {
            if (parts[i].Length is 0 or > 9 || !parts[i].All(char.IsAsciiDigit)
                || !int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i]))
            {
                return null;
            }
        }

        string? preRelease = null;
        if (suffix.Length > 0 && !build)
        {
            string label = suffix.ToLowerInvariant();
            string word = new(label.TakeWhile(char.IsAsciiLetter).ToArray());
            preRelease = s_preReleaseWords.Contains(word, StringComparer.Ordinal) ? label : null;
        }

        return new SensorSoftwareVersion(numbers, preRelease, trimmed);
    }

    /// <summary>Compares <paramref name="reported"/> (as the appliance sent it) with <paramref name="required"/>.</summary>
    public static SoftwareVersionCheck Check(string? reported, SensorSoftwareVersion? required)
    {
        if (required is null)
        {
            return SoftwareVersionCheck.NoRequirement;
        }

        return Parse(reported) is not { } version ? SoftwareVersionCheck.Unknown
            : version.CompareTo(required) < 0 ? SoftwareVersionCheck.Below
            : SoftwareVersionCheck.Meets;
    }

    /// <inheritdoc />
    public int CompareTo(SensorSoftwareVersion? other)
    {
        if (other is null)
        {
            return 1;
        }

        for (int i = 0; i < 4; i++)
        {
            int order = Numbers[i].CompareTo(other.Numbers[i]);
            if (order != 0)
            {
                return order;
            }
        }

        return (PreRelease, other.PreRelease) switch
        {
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
            _ => ComparePreRelease(PreRelease, other.PreRelease),
        };
    }

    /// <inheritdoc />
    public bool Equals(SensorSoftwareVersion? other) => other is not null && CompareTo(other) == 0;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SensorSoftwareVersion);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Numbers[0], Numbers[1], Numbers[2], Numbers[3], PreRelease);

    /// <inheritdoc />
    public override string ToString() => Text;

    /// <summary>Same rank.</summary>
    public static bool operator ==(SensorSoftwareVersion? left, SensorSoftwareVersion? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Different rank.</summary>
    public static bool operator !=(SensorSoftwareVersion? left, SensorSoftwareVersion? right) => !(left == right);

    /// <summary>Older.</summary>
    public static bool operator <(SensorSoftwareVersion? left, SensorSoftwareVersion? right) => left is null ? right is not null : left.CompareTo(right) < 0;

    /// <summary>Older or the same.</summary>
    public static bool operator <=(SensorSoftwareVersion? left, SensorSoftwareVersion? right) => left is null || left.CompareTo(right) <= 0;

    /// <summary>Newer.</summary>
    public static bool operator >(SensorSoftwareVersion? left, SensorSoftwareVersion? right) => left is not null && left.CompareTo(right) > 0;

    /// <summary>Newer or the same.</summary>
    public static bool operator >=(SensorSoftwareVersion? left, SensorSoftwareVersion? right) => left is null ? right is null : left.CompareTo(right) >= 0;

    // rc2 < rc10: runs of digits compare as numbers, the rest ordinally (SemVer compares dot-separated identifiers alike).
    private static int ComparePreRelease(string a, string b)
    {
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (char.IsAsciiDigit(a[i]) && char.IsAsciiDigit(b[j]))
            {
                int endA = i, endB = j;
                while (endA < a.Length && char.IsAsciiDigit(a[endA]))
                {
                    endA++;
                }

                while (endB < b.Length && char.IsAsciiDigit(b[endB]))
                {
                    endB++;
                }

                string numberA = a[i..endA].TrimStart('0'), numberB = b[j..endB].TrimStart('0');
                int order = numberA.Length != numberB.Length ? numberA.Length.CompareTo(numberB.Length) : string.CompareOrdinal(numberA, numberB);
                if (order != 0)
                {
                    return order;
                }

                i = endA;
                j = endB;
                continue;
            }

            if (a[i] != b[j])
            {
                return a[i].CompareTo(b[j]);
            }

            i++;
            j++;
        }

        return (a.Length - i).CompareTo(b.Length - j);
    }
}
