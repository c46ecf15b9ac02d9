using System.Net;
using System.Net.Sockets;
using PartnerHub.Domain.Identifiers;
using PartnerHub.Domain.Pricing;

namespace PartnerHub.Domain.ParameterSheets;

/// <summary>What the registered parameter sheet is checked against.</summary>
public enum SheetCheck
{
    /// <summary>Endpoints the appliance counts vs the sheet's expected endpoints and the model's limit.</summary>
    Endpoints,

    /// <summary>Bandwidth the appliance measures vs the sheet's expected bandwidth and the model's limit.</summary>
    Bandwidth,

    /// <summary>Local addresses in the appliance's events vs the sheet's monitored segments.</summary>
    MonitoredSegments,
}

/// <summary>How a check came out.</summary>
public enum SheetCheckOutcome
{
    /// <summary>What the appliance reports fits the sheet.</summary>
    Matches,

    /// <summary>What the appliance reports contradicts the sheet (or the model).</summary>
    Mismatch,

    /// <summary>One side carries nothing to compare (yet).</summary>
    NotComparable,
}

/// <summary>Why a check came out as it did.</summary>
public enum SheetCheckReason
{
    /// <summary>Nothing to explain.</summary>
    None,

    /// <summary>More than the sheet expects, beyond the tolerance.</summary>
    AboveSheet,

    /// <summary>More traffic than the contracted line speed on the sheet carries.</summary>
    AboveLineSpeed,

    /// <summary>More than one appliance of the model handles (004 別紙2 §2-4).</summary>
    AboveModel,

    /// <summary>Local addresses the sheet's monitored segments do not contain.</summary>
    OutsideMonitoredSegments,

    /// <summary>The appliance has not reported this (no heartbeat, no capture statistics, no local address in an event).</summary>
    NotReported,

    /// <summary>The sheet has no usable value (missing, zero, or no valid segment).</summary>
    NotOnSheet,
}

/// <summary>What the appliance has reported, as the hub stores it; every part may be missing.</summary>
/// <param name="MonitoredEndpoints">Endpoints from the last heartbeat that carried them.</param>
/// <param name="BandwidthMbps">Monitored bandwidth from the last two capture statistics.</param>
/// <param name="AddressesSeen">Distinct source and destination addresses of its events, as sent (any text).</param>
public sealed record ApplianceObservation(long? MonitoredEndpoints, double? BandwidthMbps, IReadOnlyCollection<string> AddressesSeen);

/// <summary>One check's outcome with the figures on both sides.</summary>
public sealed record SheetCheckResult(SheetCheck Check, SheetCheckOutcome Outcome, SheetCheckReason Reason)
{
    /// <summary>The sheet's value (endpoints or Mbps), when it has one.</summary>
    public double? Expected { get; init; }

    /// <summary>The sheet's contracted line speed in Mbps (bandwidth only), when it states one.</summary>
    public double? LineSpeed { get; init; }

    /// <summary>The model's limit (endpoints or Mbps), when it states one.</summary>
    public double? ModelLimit { get; init; }

    /// <summary>What the appliance reported (endpoints or Mbps).</summary>
    public double? Observed { get; init; }

    /// <summary>The sheet's valid monitored segments.</summary>
    public IReadOnlyList<string> Segments { get; init; } = [];

    /// <summary>Local addresses seen that are inside a monitored segment.</summary>
    public int AddressesInside { get; init; }

    /// <summary>Every local address seen outside the monitored segments, sorted.</summary>
    public IReadOnlyList<string> AddressesOutside { get; init; } = [];
}

/// <summary>
/// Compares a registered parameter sheet with what its appliance reports (issue 14): the sheet sized the service and
/// named the networks to watch, so an appliance counting far more endpoints, carrying more traffic, or seeing local
/// addresses in networks the sheet does not list means the sheet (or the mirror port) no longer describes the site.
/// Only what both sides carry is compared; the rest comes out as <see cref="SheetCheckOutcome.NotComparable"/>.
/// </summary>
public static class SheetVsObserved
{
    /// <summary>How far above the sheet's estimate a figure may go before it counts as a mismatch (the sheet is an estimate).</summary>
    public const double Tolerance = 0.2;

    /// <summary>The three checks, in <see cref="SheetCheck"/> order.</summary>
    public static IReadOnlyList<SheetCheckResult> Compare(ParameterSheetContent sheet, ApplianceModel model, ApplianceObservation observed)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(observed);
        return
        [
            Capacity(SheetCheck.Endpoints, sheet.ExpectedEndpoints, model.MaxEndpoints, observed.MonitoredEndpoints),
            Bandwidth(sheet, model, observed.BandwidthMbps),
            Segments(sheet.MonitoredSegments, observed.AddressesSeen),
        ];
    }

    /// <summary>
    /// An address as an appliance may write it (IPv4, IPv6 fully expanded or compressed, IPv4-mapped IPv6, a zone id,
    /// brackets), or null when it is none.
    /// </summary>
    public static IPAddress? ParseObserved(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        string trimmed = text.Trim().TrimStart('[').TrimEnd(']');
        int zone = trimmed.IndexOf('%', StringComparison.Ordinal);
        if (zone >= 0)
        {
            trimmed = trimmed[..zone];
        }

        if (!IPAddress.TryParse(trimmed, out var address) || (address.AddressFamily == AddressFamily.InterNetwork && trimmed.Count(c => c == '.') != 3))
        {
            return null;
        }

        return address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
    }

    private static SheetCheckResult Capacity(SheetCheck check, double expected, double? limit, double? observed)
    {
        var result = new SheetCheckResult(check, SheetCheckOutcome.Matches, SheetCheckReason.None)
        {
            Expected = expected >= 1 ? expected : null,
            ModelLimit = limit,
            Observed = observed,
        };
        if (observed is not { } seen || double.IsNaN(seen) || seen < 0)
        {
            return result with { Outcome = SheetCheckOutcome.NotComparable, Reason = SheetCheckReason.NotReported, Observed = null };
        }

        if (limit is { } max && seen > max)
        {
            return result with { Outcome = SheetCheckOutcome.Mismatch, Reason = SheetCheckReason.AboveModel };
        }

        if (result.Expected is not { } estimate)
        {
            return result with { Outcome = SheetCheckOutcome.NotComparable, Reason = SheetCheckReason.NotOnSheet };
        }

        return seen > estimate * (1 + Tolerance)
            ? result with { Outcome = SheetCheckOutcome.Mismatch, Reason = SheetCheckReason.AboveSheet }
            : result;
    }

    // The contracted line speed is a ceiling, not an estimate: traffic above it is a mismatch without tolerance, and
    // traffic below it matches whatever the estimate said. A sheet without one (made before the field existed) is still
    // checked against its expected bandwidth.
    private static SheetCheckResult Bandwidth(ParameterSheetContent sheet, ApplianceModel model, double? observed)
    {
        var result = Capacity(SheetCheck.Bandwidth, sheet.ExpectedBandwidthMbps, model.MaxBandwidthMbps, observed);
        if (sheet.LineSpeedMbps is not { } lineSpeed || lineSpeed < 1)
        {
            return result;
        }

        result = result with { LineSpeed = lineSpeed };
        if (result.Reason is SheetCheckReason.NotReported or SheetCheckReason.AboveModel)
        {
            return result;
        }

        return result.Observed > lineSpeed
            ? result with { Outcome = SheetCheckOutcome.Mismatch, Reason = SheetCheckReason.AboveLineSpeed }
            : result with { Outcome = SheetCheckOutcome.Matches, Reason = SheetCheckReason.None };
    }

    private static SheetCheckResult Segments(string? monitoredSegments, IReadOnlyCollection<string> addressesSeen)
    {
        var segments = (monitoredSegments ?? string.Empty).Split([',', '\n', '、', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(CidrBlock.Validate).Where(s => s.IsValid).Select(s => s.Value).ToList();
        var local = addressesSeen.Select(ParseObserved).OfType<IPAddress>().Distinct()
            .Where(a => IsOnTheCustomersSide(a, segments)).ToList();
        var outside = local.Where(a => !segments.Any(s => s.Contains(a))).ToList();
        var result = new SheetCheckResult(SheetCheck.MonitoredSegments, SheetCheckOutcome.Matches, SheetCheckReason.None)
        {
            Segments = segments.Select(s => s.Value).ToList(),
            AddressesInside = local.Count - outside.Count,
            AddressesOutside = outside.OrderBy(a => a.AddressFamily).ThenBy(a => a.GetAddressBytes(), ByteOrder.Instance).Select(a => a.ToString()).ToList(),
        };
        if (segments.Count == 0)
        {
            return result with { Outcome = SheetCheckOutcome.NotComparable, Reason = SheetCheckReason.NotOnSheet };
        }

        if (local.Count == 0)
        {
            return result with { Outcome = SheetCheckOutcome.NotComparable, Reason = SheetCheckReason.NotReported };
        }

        return outside.Count > 0 ? result with { Outcome = SheetCheckOutcome.Mismatch, Reason = SheetCheckReason.OutsideMonitoredSegments } : result;
    }

    /// <summary>
    /// Whether an address belongs to the customer's own networks rather than the internet peers they talk to: inside a
    /// monitored segment (a sheet may list public ranges), or private (RFC 1918, shared 100.64/10, IPv6 ULA). Link-local,
    /// loopback, multicast and unspecified addresses say nothing about the site's networks.
    /// </summary>
    private static bool IsOnTheCustomersSide(IPAddress address, IReadOnlyList<CidrBlock> segments)
    {
        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.Broadcast)
            || address.IsIPv6LinkLocal || address.IsIPv6Multicast)
        {
            return false;
        }

        if (segments.Any(s => s.Contains(address)))
        {
            return true;
        }

        byte[] b = address.GetAddressBytes();
        return address.AddressFamily == AddressFamily.InterNetwork
            ? b[0] == 10 || (b[0] == 172 && b[1] is >= 16 and <= 31) || (b[0] == 192 && b[1] == 168) || (b[0] == 100 && b[1] is >= 64 and <= 127)
            : (b[0] & 0xFE) == 0xFC;
    }

    private sealed class ByteOrder : IComparer<byte[]>
    {
        public static ByteOrder Instance { get; } = new();

        public int Compare(byte[]? x, byte[]? y)
        {
            ArgumentNullException.ThrowIfNull(x);
            ArgumentNullException.ThrowIfNull(y);
            for (int i = 0; i < Math.Min(x.Length, y.Length); i++)
            {
                int order = x[i].CompareTo(y[i]);
                if (order != 0)
                {
                    return order;
                }
            }

            return x.Length.CompareTo(y.Length);
        }
    }
}
