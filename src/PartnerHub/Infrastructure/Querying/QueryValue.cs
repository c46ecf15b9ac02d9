using System.Globalization;

namespace PartnerHub.Infrastructure.Querying;

/// <summary>
/// Reads list filters from a URL's query string. A shared link may carry anything, so a value that does not parse is
/// treated as no filter rather than as an error page.
/// </summary>
public static class QueryValue
{
    public static TEnum? Enum<TEnum>(string? value)
        where TEnum : struct, System.Enum =>
        System.Enum.TryParse<TEnum>(value, ignoreCase: true, out var parsed) && System.Enum.IsDefined(parsed) && !int.TryParse(value, out _) ? parsed : null;

    public static Guid? Id(string? value) => System.Guid.TryParse(value, out var parsed) ? parsed : null;

    public static DateOnly? Date(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed : null;

    public static bool Flag(string? value) => string.Equals(value, "true", StringComparison.OrdinalIgnoreCase) || value == "1";

    public static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>The form a filter takes in the URL (null removes it).</summary>
    public static string? Format(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string? Format<TEnum>(TEnum? value)
        where TEnum : struct, System.Enum => value?.ToString();
}
