using System.Globalization;
using PartnerHub.Domain.Money;

namespace PartnerHub.Infrastructure.Accounting;

/// <summary>
/// Reads a bank's incoming-payment file in the 全銀協 fixed-length formats: 振込入金通知 (種別 01) and
/// 入出金取引明細 (種別 03), records of 200 bytes (FORMATS.md §3.1; not the 120 of 総合振込), JIS X 0201 in CP932.
/// <para>Record separation: the standard file has no line breaks (§3.1 「改行なし」); banks optionally end every record
/// with CRLF (or LF). Both are accepted, as is a break-less file ending in one CRLF, and trailing EOF bytes (0x1A) that
/// DOS-era software appends. The record number is the line number when every record is on its own line.</para>
/// <para>Structure (§3.2 データ区分): header (1), data (2)…, trailer (8), repeated per account, then one end record (9).
/// Trailers are checked against the data: for 01, 振込合計 against the records not cancelled (or against all records:
/// which one banks mean is not confirmed in the sources, and both agree when nothing is cancelled) and 取消合計 against
/// the cancelled ones; for 03, 入金/出金 件数・合計 and データ・レコード件数. The end record's content is not checked
/// (§3.3: the sources disagree on it). Dates are 和暦 YYMMDD (§3.2): Reiwa unless that would lie more than a month after
/// <c>today</c>, then Heisei.</para>
/// </summary>
public static class ZenginTransferFile
{
    /// <summary>Bytes per record in both formats (§3.3, §3.4).</summary>
    public const int RecordLength = 200;

    private const byte EndOfFile = 0x1A;

    /// <summary>Reads <paramref name="content"/> (the whole file).</summary>
    public static ZenginParseResult Parse(Stream content, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var buffer = new MemoryStream();
        content.CopyTo(buffer);
        return Parse(buffer.ToArray(), today);
    }

    /// <summary>Reads <paramref name="content"/>; <paramref name="today"/> resolves the era of two-digit years.</summary>
    public static ZenginParseResult Parse(byte[] content, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(content);
        var state = new ParseState(today);
        int length = content.Length;
        while (length > 0 && content[length - 1] == EndOfFile)
        {
            length--;
        }

        if (length == 0)
        {
            state.Errors.Add(new ZenginParseError(0, 0, ZenginErrorCode.EmptyFile));
            return state.Result();
        }

        foreach (RawRecord record in Split(content.AsMemory(0, length)))
        {
            state.Read(record);
        }

        state.Finish(length);
        return state.Result();
    }

    private static IEnumerable<RawRecord> Split(ReadOnlyMemory<byte> content)
    {
        int lineBreak = content.Span.IndexOfAny((byte)'\r', (byte)'\n');
        if (lineBreak < 0)
        {
            int number = 0;
            for (int offset = 0; offset < content.Length; offset += RecordLength)
            {
                yield return new RawRecord(++number, offset, content.Slice(offset, Math.Min(RecordLength, content.Length - offset)));
            }

            yield break;
        }

        int line = 0;
        int start = 0;
        while (start < content.Length)
        {
            int end = content.Span[start..].IndexOfAny((byte)'\r', (byte)'\n');
            int stop = end < 0 ? content.Length : start + end;
            int length = stop - start;

            // A standard file without breaks that software saved with one final CRLF: still records back to back.
            int records = length > RecordLength && length % RecordLength == 0 ? length / RecordLength : 1;
            int size = length / records;
            for (int i = 0; i < records; i++)
            {
                yield return new RawRecord(++line, start + (i * size), content.Slice(start + (i * size), size));
            }

            if (end < 0)
            {
                break;
            }

            start = stop + (content.Span[stop] == '\r' && stop + 1 < content.Length && content.Span[stop + 1] == '\n' ? 2 : 1);
        }
    }

    private readonly record struct RawRecord(int Number, long Offset, ReadOnlyMemory<byte> Bytes);

    private enum Expecting
    {
        Header,
        DataOrTrailer,
        HeaderOrEnd,
        Nothing,
    }

    private sealed class ParseState(DateOnly today)
    {
        private readonly List<ZenginAccount> _accounts = [];
        private readonly List<ZenginTransfer> _transfers = [];
        private Expecting _expecting = Expecting.Header;
        private Group? _group;

        public List<ZenginParseError> Errors { get; } = [];

        public ZenginParseResult Result() => new(_accounts, _transfers, Errors);

        public void Read(RawRecord raw)
        {
            if (raw.Bytes.Length != RecordLength)
            {
                Errors.Add(new ZenginParseError(raw.Number, raw.Offset, ZenginErrorCode.RecordLength, Detail: raw.Bytes.Length.ToString(CultureInfo.InvariantCulture)));
                return;
            }

            int bad = raw.Bytes.Span.IndexOfAnyExcept(JisX0201);
            if (bad >= 0)
            {
                Errors.Add(new ZenginParseError(raw.Number, raw.Offset, ZenginErrorCode.InvalidCharacter,
                    Detail: string.Create(CultureInfo.InvariantCulture, $"{bad + 1}: 0x{raw.Bytes.Span[bad]:X2}")));
                return;
            }

            var record = new Fields(JapaneseEncodings.Cp932.GetString(raw.Bytes.Span), raw, Errors, today);
            char type = record.Content[0];
            switch (type)
            {
                case '1':
                    ExpectOneOf(raw, type, Expecting.Header, Expecting.HeaderOrEnd);
                    _group = ReadHeader(record);
                    _expecting = Expecting.DataOrTrailer;
                    break;
                case '2':
                    if (ExpectOneOf(raw, type, Expecting.DataOrTrailer))
                    {
                        _group?.ReadData(record, _transfers);
                    }

                    break;
                case '8':
                    if (ExpectOneOf(raw, type, Expecting.DataOrTrailer))
                    {
                        _group?.CheckTrailer(record);
                        _expecting = Expecting.HeaderOrEnd;
                    }

                    break;
                case '9':
                    if (ExpectOneOf(raw, type, Expecting.HeaderOrEnd))
                    {
                        _expecting = Expecting.Nothing;
                    }

                    break;
                default:
                    Errors.Add(new ZenginParseError(raw.Number, raw.Offset, ZenginErrorCode.UnknownRecordType, Detail: type.ToString()));
                    break;
            }
        }

        public void Finish(long fileLength)
        {
            string? missing = _expecting switch
            {
                Expecting.Header => "1",
                Expecting.DataOrTrailer => "8",
                Expecting.HeaderOrEnd => "9",
                Expecting.Nothing => null,
            };
            if (missing is not null)
            {
                Errors.Add(new ZenginParseError(0, fileLength, ZenginErrorCode.MissingRecord, Detail: missing));
            }
        }

        private bool ExpectOneOf(RawRecord raw, char type, params Expecting[] allowed)
        {
            if (allowed.Contains(_expecting))
            {
                return true;
            }

            Errors.Add(new ZenginParseError(raw.Number, raw.Offset, ZenginErrorCode.UnexpectedRecord, Detail: type.ToString()));
            return false;
        }

        private Group? ReadHeader(Fields header)
        {
            string kindCode = header.Content.Substring(1, 2);
            if (kindCode is not ("01" or "03"))
            {
                header.Fail(ZenginErrorCode.UnsupportedKind, "KindCode", kindCode);
                return null;
            }

            if (header.Content[3] != '0')
            {
                header.Fail(ZenginErrorCode.UnsupportedCodeKind, "CodeKind", header.Content[3].ToString());
                return null;
            }

            ZenginFileKind kind = kindCode == "01" ? ZenginFileKind.TransferNotification : ZenginFileKind.AccountStatement;
            DateOnly? created = header.Date(4, "CreatedOn");

            // §3.3 header: 預金種目 at 60, 口座番号 N7, 口座名 C40; §3.4 header: ダミー N3 first, 口座番号 N10.
            (int typeAt, int numberAt, int numberLength) = kind == ZenginFileKind.TransferNotification ? (59, 60, 7) : (62, 63, 10);
            if (created is null || !header.IsValid)
            {
                return null;
            }

            var account = new ZenginAccount(
                kind, created.Value, header.Text(22, 4), header.Text(26, 15), header.Text(41, 3), header.Text(44, 15),
                header.Text(typeAt, 1), header.Text(numberAt, numberLength), header.Text(numberAt + numberLength, 40));
            _accounts.Add(account);
            return new Group(account);
        }
    }

    // JIS X 0201 as the 全銀 character set uses it (§3.2): printable ASCII and half-width katakana.
    private static readonly System.Buffers.SearchValues<byte> JisX0201 = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0x20, 0x7E - 0x20 + 1).Select(b => (byte)b), .. Enumerable.Range(0xA1, 0xDF - 0xA1 + 1).Select(b => (byte)b)]);

    /// <summary>One account's records between its header and trailer, with the running tallies the trailer must match.</summary>
    private sealed class Group(ZenginAccount account)
    {
        private long _count;
        private long _sum;
        private long _activeCount;
        private long _activeSum;
        private long _cancelledCount;
        private long _cancelledSum;
        private long _withdrawalCount;
        private long _withdrawalSum;

        public void ReadData(Fields data, List<ZenginTransfer> transfers)
        {
            ZenginTransfer? transfer = account.Kind == ZenginFileKind.TransferNotification ? ReadNotification(data) : ReadStatementLine(data);
            if (transfer is not null)
            {
                transfers.Add(transfer);
            }
        }

        public void CheckTrailer(Fields trailer)
        {
            if (account.Kind == ZenginFileKind.TransferNotification)
            {
                // §3.3 trailer: 振込合計件数 N6, 振込合計金額 N12, 取消合計件数 N6, 取消合計金額 N12.
                long? count = trailer.Number(1, 6, "TransferCount");
                long? sum = trailer.Number(7, 12, "TransferTotal");
                if (count != _activeCount && count != _count)
                {
                    trailer.Mismatch("TransferCount", count, _activeCount);
                }

                if (sum != _activeSum && sum != _sum)
                {
                    trailer.Mismatch("TransferTotal", sum, _activeSum);
                }

                trailer.Expect(trailer.Number(19, 6, "CancelCount"), _cancelledCount, "CancelCount");
                trailer.Expect(trailer.Number(25, 12, "CancelTotal"), _cancelledSum, "CancelTotal");
                return;
            }

            // §3.4 trailer: 入金件数 N6, 入金額合計 N13, 出金件数 N6, 出金額合計 N13, 貸越区分 N1, 取引後残高 N14, データ・レコード件数 N7.
            trailer.Expect(trailer.Number(1, 6, "DepositCount"), _activeCount, "DepositCount");
            trailer.Expect(trailer.Number(7, 13, "DepositTotal"), _activeSum, "DepositTotal");
            trailer.Expect(trailer.Number(20, 6, "WithdrawalCount"), _withdrawalCount, "WithdrawalCount");
            trailer.Expect(trailer.Number(26, 13, "WithdrawalTotal"), _withdrawalSum, "WithdrawalTotal");
            trailer.Expect(trailer.Number(54, 7, "DataRecordCount"), _count, "DataRecordCount");
        }

        // §3.3 フォーマットA: 照会番号 N6 @1, 勘定日 @7, 起算日 @13, 金額 N10 @19, うち他店券 N10 @29, 振込依頼人コード @39 (10),
        // 振込依頼人名 C48 @49, 仕向銀行名 C15 @97, 仕向店名 C15 @112, 取消区分 N1 @127, EDI情報 C20 @128.
        private ZenginTransfer? ReadNotification(Fields data)
        {
            DateOnly? booked = data.Date(7, "BookingDate");
            DateOnly? value = data.OptionalDate(13, "ValueDate");
            long? amount = data.Number(19, 10, "Amount");
            data.Number(29, 10, "OtherBankCheques");
            long? cancel = data.Number(127, 1, "Cancellation");
            if (!data.IsValid || booked is null || amount is null)
            {
                return null;
            }

            bool cancelled = cancel == 1;
            Tally(amount.Value, cancelled);
            return new ZenginTransfer(
                data.Raw.Number, account, data.Text(1, 6), booked.Value, value, new Yen(amount.Value), data.Text(39, 10), data.Text(49, 48),
                data.Text(97, 15), data.Text(112, 15), data.Text(128, 20), cancelled);
        }

        // §3.4 data (普通・当座・貯蓄): 照会番号 N8 @1, 勘定日 @9, 預入・払出日 @15, 入払区分 N1 @21, 取引区分 N2 @22, 取引金額 N12 @24,
        // 振込依頼人コード N10 @71, 振込依頼人名 C48 @81, 仕向銀行名 C15 @129, 仕向店名 C15 @144, 摘要 C20 @159, EDI情報 C20 @179.
        private ZenginTransfer? ReadStatementLine(Fields data)
        {
            DateOnly? booked = data.Date(9, "BookingDate");
            DateOnly? value = data.OptionalDate(15, "ValueDate");
            long? direction = data.Number(21, 1, "Direction");
            data.Number(22, 2, "TransactionType");
            long? amount = data.Number(24, 12, "Amount");
            if (!data.IsValid || booked is null || amount is null)
            {
                return null;
            }

            _count++;
            _sum += amount.Value;
            if (direction == 2)
            {
                _withdrawalCount++;
                _withdrawalSum += amount.Value;
                return null;
            }

            _activeCount++;
            _activeSum += amount.Value;
            return new ZenginTransfer(
                data.Raw.Number, account, data.Text(1, 8), booked.Value, value, new Yen(amount.Value), data.Text(71, 10), data.Text(81, 48),
                data.Text(129, 15), data.Text(144, 15), data.Text(179, 20), IsCancellation: false);
        }

        private void Tally(long amount, bool cancelled)
        {
            _count++;
            _sum += amount;
            if (cancelled)
            {
                _cancelledCount++;
                _cancelledSum += amount;
            }
            else
            {
                _activeCount++;
                _activeSum += amount;
            }
        }
    }

    /// <summary>A decoded 200-character record with typed field access; failures go to the shared error list.</summary>
    private sealed class Fields(string text, RawRecord raw, List<ZenginParseError> errors, DateOnly today)
    {
        private int _failures;

        public string Content { get; } = text;

        public RawRecord Raw { get; } = raw;

        public bool IsValid => _failures == 0;

        public string Text(int start, int length) => Content.Substring(start, length).TrimEnd(' ');

        public void Fail(ZenginErrorCode code, string field, string? detail)
        {
            _failures++;
            errors.Add(new ZenginParseError(Raw.Number, Raw.Offset, code, field, detail));
        }

        public long? Number(int start, int length, string field)
        {
            string value = Content.Substring(start, length);
            if (value.All(char.IsAsciiDigit))
            {
                return long.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture);
            }

            Fail(ZenginErrorCode.InvalidNumber, field, value);
            return null;
        }

        public DateOnly? Date(int start, string field) => ReadDate(start, field, optional: false);

        public DateOnly? OptionalDate(int start, string field) => ReadDate(start, field, optional: true);

        public void Expect(long? stated, long computed, string field)
        {
            if (stated is not null && stated != computed)
            {
                Mismatch(field, stated, computed);
            }
        }

        public void Mismatch(string field, long? stated, long computed)
        {
            if (stated is not null)
            {
                Fail(ZenginErrorCode.TrailerMismatch, field, string.Create(CultureInfo.InvariantCulture, $"{stated}/{computed}"));
            }
        }

        private DateOnly? ReadDate(int start, string field, bool optional)
        {
            string value = Content.Substring(start, 6);
            if (optional && value is "000000" or "      ")
            {
                return null;
            }

            DateOnly? date = value.All(char.IsAsciiDigit) ? JapaneseEraDate(value, today) : null;
            if (date is null)
            {
                Fail(ZenginErrorCode.InvalidDate, field, value);
            }

            return date;
        }
    }

    /// <summary>和暦 YYMMDD (six digits) to a date: Reiwa (year 1 = 2019, from 5/1) unless that lies over a month after <paramref name="today"/>, then Heisei; null when neither is a valid date of its era.</summary>
    public static DateOnly? JapaneseEraDate(string yymmdd, DateOnly today)
    {
        int yy = int.Parse(yymmdd.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture);
        int mm = int.Parse(yymmdd.AsSpan(2, 2), NumberStyles.None, CultureInfo.InvariantCulture);
        int dd = int.Parse(yymmdd.AsSpan(4, 2), NumberStyles.None, CultureInfo.InvariantCulture);
        (int Offset, DateOnly First, DateOnly Last)[] eras =
        [
            (2018, new DateOnly(2019, 5, 1), DateOnly.MaxValue),
            (1988, new DateOnly(1989, 1, 8), new DateOnly(2019, 4, 30)),
        ];
        foreach ((int offset, DateOnly first, DateOnly last) in eras)
        {
            int year = offset + yy;
            if (yy == 0 || mm is < 1 or > 12 || dd < 1 || dd > DateTime.DaysInMonth(year, mm))
            {
                continue;
            }

            var date = new DateOnly(year, mm, dd);
            if (date >= first && date <= last && date <= today.AddMonths(1))
            {
                return date;
            }
        }

        return null;
    }
}
