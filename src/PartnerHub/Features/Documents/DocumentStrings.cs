namespace PartnerHub.Features.Documents;

/// <summary>Marker for DocumentStrings.resx: words the document pipeline itself writes (the totals label).</summary>
public sealed class DocumentStrings
{
}
