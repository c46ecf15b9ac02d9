using System.Globalization;

namespace PartnerHub.Features.Documents.Excel;

/// <summary>A1-style cell references.</summary>
public static class CellReference
{
    /// <summary>Column letters of a zero-based column index: 0 → A, 25 → Z, 26 → AA.</summary>
    public static string ColumnName(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        Span<char> buffer = stackalloc char[4];
        int position = buffer.Length;
        int n = index + 1;
        while (n > 0)
        {
            int remainder = (n - 1) % 26;
            buffer[--position] = (char)('A' + remainder);
            n = (n - 1) / 26;
        }

        return new string(buffer[position..]);
    }

    /// <summary>Zero-based column index of a reference such as "C7" (→ 2).</summary>
    public static int ColumnIndex(string reference)
    {
        ArgumentException.ThrowIfNullOrEmpty(reference);
        int index = 0;
        foreach (char c in reference)
        {
            if (c is >= 'A' and <= 'Z')
            {
                index = (index * 26) + (c - 'A' + 1);
            }
            else
            {
                break;
            }
        }

        return index - 1;
    }

    /// <summary>The row number of a reference such as "C7" (→ 7).</summary>
    public static int RowNumber(string reference)
    {
        ArgumentException.ThrowIfNullOrEmpty(reference);
        int start = 0;
        while (start < reference.Length && char.IsAsciiLetter(reference[start]))
        {
            start++;
        }

        return int.Parse(reference.AsSpan(start), NumberStyles.None, CultureInfo.InvariantCulture);
    }
}
