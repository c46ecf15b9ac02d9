using System.Runtime.InteropServices;
using System.Text;

namespace PartnerHub.Features.Documents.Pdf;

/// <summary>
/// Cuts a document face down to the characters one document uses, with HarfBuzz's subsetter (libharfbuzz-subset, which Debian's
/// Chromium package depends on, so it is present wherever documents print).
/// </summary>
/// <remarks>
/// Why (bench README, "PDF: why Page.pdf is expensive"): Chromium prints through its print compositor, a utility process
/// started for every <c>Page.pdf</c>. The renderer serialises every font the page uses — the whole 4.6–6.2 MB BIZ UD file —
/// into shared memory for it, and the compositor parses and subsets it again: about two thirds of the CPU of a one-page
/// document. A face of the document's own characters (50–150 KB) makes that copy small. The features Chromium uses and the names
/// are kept, so shaping, metrics and the PDF's font names stay those of the full face; Chromium still subsets it again and
/// embeds it as a TrueType (CID) font.
/// </remarks>
internal static class FontSubsetter
{
    private const string HarfBuzz = "libharfbuzz.so.0";
    private const string HarfBuzzSubset = "libharfbuzz-subset.so.0";
    private const int SetsLayoutFeatureTag = 6; // HB_SUBSET_SETS_LAYOUT_FEATURE_TAG
    private static readonly string[] s_extraFeatures = ["tnum", "pnum", "lnum", "halt", "vhal", "chws", "vchw", "palt", "vpal"];

    /// <summary>The font file's subset holding <paramref name="codePoints"/>, or null when HarfBuzz or the file is missing or fails.</summary>
    public static byte[]? Subset(string fontFile, IEnumerable<int> codePoints)
    {
        ArgumentNullException.ThrowIfNull(codePoints);
        byte[] path = Encoding.UTF8.GetBytes(fontFile + "\0");
        IntPtr blob = hb_blob_create_from_file(path);
        IntPtr face = hb_face_create(blob, 0);
        hb_blob_destroy(blob);
        IntPtr input = IntPtr.Zero;
        IntPtr subset = IntPtr.Zero;
        IntPtr result = IntPtr.Zero;
        try
        {
            if (hb_face_get_glyph_count(face) == 0)
            {
                return null; // not a font, or not readable: HarfBuzz gives an empty face rather than an error
            }

            input = hb_subset_input_create_or_fail();
            if (input == IntPtr.Zero)
            {
                return null;
            }

            IntPtr unicodes = hb_subset_input_unicode_set(input);
            foreach (int codePoint in codePoints)
            {
                hb_set_add(unicodes, (uint)codePoint);
            }

            // HarfBuzz keeps the features every shaper applies (ccmp, locl, kern, liga…); add those Chromium applies to Japanese text
            // or the print styles ask for: tabular figures (.num) and the half-width punctuation of text-spacing-trim. Keeping every
            // feature (aalt, the width variants) would triple the face's size for glyphs no document draws.
            IntPtr features = hb_subset_input_set(input, SetsLayoutFeatureTag);
            foreach (string feature in s_extraFeatures)
            {
                hb_set_add(features, Tag(feature));
            }
            subset = hb_subset_or_fail(face, input);
            if (subset == IntPtr.Zero)
            {
                return null;
            }

            result = hb_face_reference_blob(subset);
            IntPtr data = hb_blob_get_data(result, out uint length);
            if (data == IntPtr.Zero || length == 0)
            {
                return null;
            }

            byte[] bytes = new byte[length];
            Marshal.Copy(data, bytes, 0, (int)length);
            return bytes;
        }
        finally
        {
            hb_blob_destroy(result);
            hb_face_destroy(subset);
            hb_subset_input_destroy(input);
            hb_face_destroy(face);
        }
    }

    private static uint Tag(string tag) => ((uint)tag[0] << 24) | ((uint)tag[1] << 16) | ((uint)tag[2] << 8) | tag[3];

    /// <summary>Whether the native libraries load (false on a machine without HarfBuzz: documents then name the installed faces).</summary>
    public static bool IsAvailable()
    {
        try
        {
            return NativeLibrary.TryLoad(HarfBuzzSubset, out _) && NativeLibrary.TryLoad(HarfBuzz, out _);
        }
        catch (DllNotFoundException)
        {
            return false;
        }
    }

    [DllImport(HarfBuzz)]
    private static extern IntPtr hb_blob_create_from_file(byte[] fileName);

    [DllImport(HarfBuzz)]
    private static extern void hb_blob_destroy(IntPtr blob);

    [DllImport(HarfBuzz)]
    private static extern IntPtr hb_blob_get_data(IntPtr blob, out uint length);

    [DllImport(HarfBuzz)]
    private static extern IntPtr hb_face_create(IntPtr blob, uint index);

    [DllImport(HarfBuzz)]
    private static extern void hb_face_destroy(IntPtr face);

    [DllImport(HarfBuzz)]
    private static extern uint hb_face_get_glyph_count(IntPtr face);

    [DllImport(HarfBuzz)]
    private static extern IntPtr hb_face_reference_blob(IntPtr face);

    [DllImport(HarfBuzz)]
    private static extern void hb_set_add(IntPtr set, uint codePoint);


    [DllImport(HarfBuzzSubset)]
    private static extern IntPtr hb_subset_input_create_or_fail();

    [DllImport(HarfBuzzSubset)]
    private static extern void hb_subset_input_destroy(IntPtr input);

    [DllImport(HarfBuzzSubset)]
    private static extern IntPtr hb_subset_input_unicode_set(IntPtr input);

    [DllImport(HarfBuzzSubset)]
    private static extern IntPtr hb_subset_input_set(IntPtr input, int setType);

    [DllImport(HarfBuzzSubset)]
    private static extern IntPtr hb_subset_or_fail(IntPtr source, IntPtr input);
}
