using MudBlazor;

namespace PartnerHub.Components.Layout;

internal static class HubTheme
{
    // Japanese UI text reads best in a UD face; fall back to the platform's Japanese sans-serif fonts.
    private static readonly string[] s_fontFamily = ["BIZ UDPGothic", "Hiragino Sans", "Yu Gothic UI", "Meiryo", "Noto Sans JP", "sans-serif"];

    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1d4f91",
            Secondary = "#00897b",
            AppbarBackground = "#1d4f91",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = s_fontFamily },
            H4 = new H4Typography { FontFamily = s_fontFamily },
            H5 = new H5Typography { FontFamily = s_fontFamily },
            H6 = new H6Typography { FontFamily = s_fontFamily },
        },
    };
}
