using PartnerHub.Domain.Customers;
using PartnerHub.Domain.Partners;
using PartnerHub.Features.Organisations.Documents;

namespace PartnerHub.Tests.Features.Organisations;

/// <summary>A realistic sales partner with many customers, so the sheet runs over several pages.</summary>
public static class OrganisationMasterSheetSamples
{
    private static readonly string[] s_names = ["青葉", "朝日", "石川", "梅田", "大森", "柏木", "北浜", "栗林", "小松", "桜井", "清水", "高砂"];
    private static readonly string[] s_kana = ["アオバ", "アサヒ", "イシカワ", "ウメダ", "オオモリ", "カシワギ", "キタハマ", "クリバヤシ", "コマツ", "サクライ", "シミズ", "タカサゴ"];
    private static readonly string[] s_trades = ["精密工業", "物産", "建設", "製作所", "運輸", "食品", "電機", "メディカル", "ホールディングス", "商事"];
    private static readonly string[] s_prefectures = ["東京都", "大阪府", "愛知県", "福岡県", "北海道", "宮城県", "広島県", "神奈川県"];

    public static OrganisationMasterSheet SalesPartner(int customers) => new()
    {
        Kind = OrganisationKind.SalesPartner,
        Name = "株式会社みなとセキュリティ販売",
        NameKana = "カブシキガイシャミナトセキュリティハンバイ",
        CorporateNumber = "1010001234567",
        InvoiceRegistrationNumber = "T1010001234567",
        PostalCode = "1050011",
        Address = "東京都港区芝公園四丁目2番8号 芝公園ビル12階",
        Phone = "03-5555-0123",
        Representative = "代表取締役 佐藤 健一",
        ContractStartDate = new DateOnly(2019, 5, 1),
        Users =
        [
            new("佐藤 健一", "k.sato@minato-sec.example.jp", HubRoles.PartnerAdmin),
            new("鈴木 美咲", "m.suzuki@minato-sec.example.jp", HubRoles.PartnerStaff),
            new("高橋 翔", "s.takahashi@minato-sec.example.jp", HubRoles.PartnerStaff),
        ],
        Customers =
        [
            .. Enumerable.Range(0, customers).Select(i => new OrganisationMasterSheetCustomer(
                $"株式会社{s_names[i % s_names.Length]}{s_trades[i / s_names.Length % s_trades.Length]}{(i >= 120 ? (i / 120).ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty)}",
                $"{s_kana[i % s_kana.Length]}",
                s_prefectures[i % s_prefectures.Length],
                i % 5 == 0 ? CustomerSegment.ChamberMember : CustomerSegment.Standard,
                (i % 4) + 1)),
        ],
    };
}
