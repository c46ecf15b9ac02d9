using System.Globalization;
using System.Text;
using PartnerHub.Infrastructure.Accounting;

namespace PartnerHub.Tests.Infrastructure.Accounting;

/// <summary>
/// Writes realistic 全銀 files byte by byte (FORMATS.md §3.3, §3.4 layouts): N fields right-aligned and zero-padded,
/// C fields left-aligned and space-padded, half-width kana as single CP932 bytes.
/// </summary>
internal sealed class ZenginFileBuilder
{
    private readonly List<byte[]> _records = [];

    public IReadOnlyList<byte[]> Records => _records;

    public static string N(long value, int length) => value.ToString(CultureInfo.InvariantCulture).PadLeft(length, '0');

    public static string C(string value, int length)
    {
        int bytes = JapaneseEncodings.Cp932.GetByteCount(value);
        if (bytes != value.Length || bytes > length)
        {
            throw new ArgumentException($"'{value}' is not {length} single-byte characters or fewer.", nameof(value));
        }

        return value.PadRight(length, ' ');
    }

    public ZenginFileBuilder Record(params string[] fields)
    {
        string text = string.Concat(fields);
        byte[] bytes = JapaneseEncodings.Cp932.GetBytes(text);
        if (bytes.Length != ZenginTransferFile.RecordLength)
        {
            throw new ArgumentException($"A record of {bytes.Length} bytes was built.", nameof(fields));
        }

        _records.Add(bytes);
        return this;
    }

    public ZenginFileBuilder Raw(byte[] bytes)
    {
        _records.Add(bytes);
        return this;
    }

    /// <summary>§3.3 header: 1, 01, 0, 作成日, 勘定日(自), 勘定日(至), 銀行, 支店, 預金種目, 口座番号 N7, 口座名 C40, ダミー C93.</summary>
    public ZenginFileBuilder NotificationHeader(string created = "081201", string accountName = "ｶ)ﾊﾟ-ﾄﾅ-ﾊﾌﾞ") =>
        Record("1", "01", "0", created, created, created, "0001", C("ﾐｽﾞﾎ", 15), "110", C("ﾄｳｷﾖｳｴｲｷﾞﾖｳﾌﾞ", 15), "1", N(1234567, 7),
            C(accountName, 40), C(string.Empty, 93));

    /// <summary>§3.3 data, フォーマットA.</summary>
    public ZenginFileBuilder Notification(
        int inquiry, long amount, string payer, string booked = "081201", bool cancelled = false, string edi = "") =>
        Record("2", N(inquiry, 6), booked, booked, N(amount, 10), N(0, 10), N(0, 10), C(payer, 48), C("ﾐﾂｲｽﾐﾄﾓ", 15), C("ｼﾝｼﾞﾕｸ", 15),
            cancelled ? "1" : "0", C(edi, 20), C(string.Empty, 52));

    /// <summary>§3.3 trailer: 振込合計件数 N6, 振込合計金額 N12, 取消合計件数 N6, 取消合計金額 N12, ダミー C163.</summary>
    public ZenginFileBuilder NotificationTrailer(long count, long total, long cancelCount = 0, long cancelTotal = 0) =>
        Record("8", N(count, 6), N(total, 12), N(cancelCount, 6), N(cancelTotal, 12), C(string.Empty, 163));

    /// <summary>§3.4 header.</summary>
    public ZenginFileBuilder StatementHeader() =>
        Record("1", "03", "0", "081201", "081201", "081201", "0009", C("ﾐﾂｲｽﾐﾄﾓ", 15), "221", C("ﾏﾙﾉｳﾁ", 15), "000", "1", N(7654321, 10),
            C("ｶ)ﾊﾟ-ﾄﾅ-ﾊﾌﾞ", 40), "1", "1", N(1_000_000, 14), C(string.Empty, 71));

    /// <summary>§3.4 data (普通・当座・貯蓄); <paramref name="direction"/> 1 = 入金, 2 = 出金.</summary>
    public ZenginFileBuilder StatementLine(int inquiry, int direction, long amount, string payer) =>
        Record("2", N(inquiry, 8), "081202", "081202", direction.ToString(CultureInfo.InvariantCulture), "11", N(amount, 12), N(0, 12), "000000", "000000",
            "0", N(0, 7), "000", N(0, 10), C(payer, 48), C("ﾘｿﾅ", 15), C("ｳﾒﾀﾞ", 15), C("ﾌﾘｺﾐ", 20), C(string.Empty, 20), " ");

    /// <summary>§3.4 trailer.</summary>
    public ZenginFileBuilder StatementTrailer(long deposits, long depositTotal, long withdrawals, long withdrawalTotal, long dataRecords) =>
        Record("8", N(deposits, 6), N(depositTotal, 13), N(withdrawals, 6), N(withdrawalTotal, 13), "1", N(1_000_000 + depositTotal - withdrawalTotal, 14),
            N(dataRecords, 7), C(string.Empty, 139));

    /// <summary>End record: ダミー C199 (Diva.Zengin; §3.3).</summary>
    public ZenginFileBuilder End() => Record("9", C(string.Empty, 199));

    /// <summary>The file: records back to back (the standard form), or each followed by <paramref name="lineBreak"/>.</summary>
    public byte[] Build(string lineBreak = "", bool endOfFileMark = false)
    {
        var file = new List<byte>();
        foreach (byte[] record in _records)
        {
            file.AddRange(record);
            file.AddRange(Encoding.ASCII.GetBytes(lineBreak));
        }

        if (endOfFileMark)
        {
            file.Add(0x1A);
        }

        return [.. file];
    }
}
