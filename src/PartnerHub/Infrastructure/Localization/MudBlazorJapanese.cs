using System.Globalization;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace PartnerHub.Infrastructure.Localization;

/// <summary>Marker for MudBlazorJapanese.resx: MudBlazor's own texts (pager, pickers, close buttons) in Japanese.</summary>
public sealed class MudBlazorStrings
{
}

/// <summary>
/// MudBlazor's built-in texts follow the UI language: Japanese from our resource, English from MudBlazor itself
/// (answering "not found" lets MudBlazor fall back to its English).
/// </summary>
public sealed class MudBlazorJapanese(IStringLocalizer<MudBlazorStrings> strings) : MudLocalizer
{
    public override LocalizedString this[string key] => IsEnglish ? new LocalizedString(key, key, resourceNotFound: true) : strings[key];

    public override LocalizedString this[string key, params object[] arguments] =>
        IsEnglish ? new LocalizedString(key, key, resourceNotFound: true) : strings[key, arguments];

    private static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == HubCultures.English;
}
