namespace PartnerHub.Features.Returns;

/// <summary>Resource marker for the returns feature (ReturnStrings.resx: Japanese; ReturnStrings.en.resx: English).</summary>
public sealed class ReturnStrings;
