namespace PartnerHub.Resources;

/// <summary>Marker for SharedStrings.resx: words used all over the UI (save, cancel, search…).</summary>
public sealed class SharedStrings
{
}
