using System.Text;

namespace PartnerHub.Infrastructure.Accounting;

/// <summary>
/// CP932 (Windows-31J, the Shift_JIS that 弥生, freee and bank software read and write) and UTF-8 with BOM. .NET (Core)
/// ships only Unicode encodings until the code-pages provider is registered; the provider is part of the shared framework
/// (System.Text.Encoding.CodePages, no package). Registration is idempotent; the app registers at start-up
/// (<see cref="AccountingFormatsRegistration"/>) and every member here registers too, so tools and tests need no set-up.
/// </summary>
public static class JapaneseEncodings
{
    private static readonly Lazy<Encoding> s_cp932 = new(() =>
    {
        Register();

        // Exception fallbacks: an unmappable character must be reported, never replaced by '?' or a best-fit look-alike.
        return Encoding.GetEncoding(932, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    });

    /// <summary>CP932 that throws on a character it cannot hold (encoding) and on an invalid byte sequence (decoding).</summary>
    public static Encoding Cp932 => s_cp932.Value;

    /// <summary>UTF-8 that writes a BOM (so Excel and 弥生 detect it) and throws on lone surrogates.</summary>
    public static Encoding Utf8WithBom { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true);

    /// <summary>Registers the code-pages provider; safe to call any number of times.</summary>
    public static void Register() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The encoding for <paramref name="choice"/>.</summary>
    public static Encoding For(CsvEncoding choice) => choice switch
    {
        CsvEncoding.Cp932 => Cp932,
        CsvEncoding.Utf8WithBom => Utf8WithBom,
    };

    /// <summary>Whether <paramref name="encoding"/> can hold <paramref name="text"/> (one character or surrogate pair).</summary>
    public static bool CanEncode(Encoding encoding, string text)
    {
        ArgumentNullException.ThrowIfNull(encoding);
        try
        {
            encoding.GetByteCount(text);
            return true;
        }
        catch (EncoderFallbackException)
        {
            return false;
        }
    }
}

/// <summary>The encoding of a written CSV file.</summary>
public enum CsvEncoding
{
    /// <summary>CP932 (Shift_JIS), the default: what 弥生 and freee import (FORMATS.md §1.1, §2.1).</summary>
    Cp932,

    /// <summary>UTF-8 with a byte-order mark, for targets that read it.</summary>
    Utf8WithBom,
}

public static class AccountingFormatsRegistration
{
    /// <summary>Registers the code-pages provider once at start-up, so CP932 is available to every feature.</summary>
    public static IServiceCollection AddAccountingFormats(this IServiceCollection services)
    {
        JapaneseEncodings.Register();
        return services;
    }
}
