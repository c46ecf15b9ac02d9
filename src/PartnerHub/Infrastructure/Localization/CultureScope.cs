using System.Globalization;

namespace PartnerHub.Infrastructure.Localization;

/// <summary>
/// Sets the current culture and UI culture until disposed, for code that must produce text in a culture other than the
/// request's (a document in English for a Japanese user, a localizer lookup for a file name).
/// </summary>
public readonly struct CultureScope : IDisposable
{
    private readonly CultureInfo _previousCulture;
    private readonly CultureInfo _previousUiCulture;

    private CultureScope(CultureInfo culture)
    {
        _previousCulture = CultureInfo.CurrentCulture;
        _previousUiCulture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
    }

    public static CultureScope Use(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return new CultureScope(culture);
    }

    public void Dispose()
    {
        CultureInfo.CurrentCulture = _previousCulture;
        CultureInfo.CurrentUICulture = _previousUiCulture;
    }
}
