using System.ComponentModel.DataAnnotations;

namespace PartnerHub.Infrastructure.Search;

/// <summary>How far a text search counts its matches (appsettings section <c>Search</c>).</summary>
public sealed class SearchOptions
{
    public const string Section = "Search";

    /// <summary>
    /// The alert and audit searches count matches up to this many and then shows "10,000件以上" (at least this many): counting every
    /// match of a frequent term ("SSH": 15 % of all alerts) would read them all. The list still pages through the first
    /// this-many matches, newest first.
    /// </summary>
    [Range(1, 1_000_000)]
    public int CountLimit { get; set; } = 10_000;
}
