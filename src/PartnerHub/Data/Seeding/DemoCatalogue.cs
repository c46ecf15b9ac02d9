using System.Globalization;
using PartnerHub.Domain.Customers;
using PartnerHub.Domain.Partners;

namespace PartnerHub.Data.Seeding;

/// <summary>Demo organisations and customers: plausible Japanese companies (all fictitious).</summary>
internal static class DemoCatalogue
{
    private static readonly (string Name, string Kana)[] s_prefixes =
    [
        ("青葉", "アオバ"), ("朝日", "アサヒ"), ("東洋", "トウヨウ"), ("大和", "ヤマト"), ("富士", "フジ"), ("北斗", "ホクト"),
        ("光", "ヒカリ"), ("若葉", "ワカバ"), ("城南", "ジョウナン"), ("三和", "サンワ"), ("中央", "チュウオウ"), ("日進", "ニッシン"),
        ("丸山", "マルヤマ"), ("白鷺", "シラサギ"), ("千歳", "チトセ"),
    ];

    private static readonly (string Name, string Kana, string Industry)[] s_suffixes =
    [
        ("精工", "セイコウ", "製造業"), ("物産", "ブッサン", "卸売業"), ("建設", "ケンセツ", "建設業"), ("食品", "ショクヒン", "食品製造業"),
        ("電機", "デンキ", "電気機械器具製造業"), ("運輸", "ウンユ", "運輸業"), ("会計事務所", "カイケイジムショ", "会計・税務"),
        ("クリニック", "クリニック", "医療"),
    ];

    private static readonly (string Name, string Kana)[] s_people =
    [
        ("鈴木 一郎", "スズキ イチロウ"), ("田中 花子", "タナカ ハナコ"), ("井上 誠", "イノウエ マコト"), ("木村 恵", "キムラ メグミ"),
        ("林 修", "ハヤシ オサム"), ("清水 陽子", "シミズ ヨウコ"), ("山口 学", "ヤマグチ マナブ"), ("森 真由美", "モリ マユミ"),
    ];

    private static readonly (Guid Partner, string Prefecture, string City, string AreaCode, int Offset)[] s_partnerRegions =
    [
        (DemoOrganisations.MinatoPartner, "東京都", "港区芝浦", "03", 0),
        (DemoOrganisations.HokurikuPartner, "石川県", "金沢市広岡", "076", 5),
        (DemoOrganisations.SakuraPartner, "大阪府", "大阪市北区梅田", "06", 10),
    ];

    public const int CustomersPerPartner = 40;

    public static IEnumerable<Organisation> Organisations()
    {
        yield return new Organisation(DemoOrganisations.Vendor, OrganisationKind.Vendor, "株式会社セキュアセンサー・ジャパン", "セキュアセンサージャパン")
        {
            CorporateNumber = CorporateNumberFor(10_000_000_001), InvoiceRegistrationNumber = "T" + CorporateNumberFor(10_000_000_001), PostalCode = "100-0005", Address = "東京都千代田区丸の内1-1-1 丸の内センタービル12階",
            Phone = "03-6212-0001", Representative = "代表取締役 山本 直樹",
        };
        yield return Partner(DemoOrganisations.MinatoPartner, "株式会社みなと情報システム", "ミナトジョウホウシステム", 10_000_000_011, "108-0023", "東京都港区芝浦3-4-1 芝浦グランドビル5階", "03-5444-1234", "代表取締役 渡辺 大輔", new DateOnly(2024, 4, 1));
        yield return Partner(DemoOrganisations.HokurikuPartner, "北陸ビジネスソリューションズ株式会社", "ホクリクビジネスソリューションズ", 10_000_000_012, "920-0031", "石川県金沢市広岡1-5-3 金沢駅西ビル3階", "076-222-3456", "代表取締役 中村 翔太", new DateOnly(2024, 10, 1));
        yield return Partner(DemoOrganisations.SakuraPartner, "株式会社さくらネットサービス", "サクラネットサービス", 10_000_000_013, "530-0001", "大阪府大阪市北区梅田2-2-2 梅田ツインタワー18階", "06-6345-6789", "代表取締役 吉田 拓也", new DateOnly(2025, 4, 1));
        yield return new Organisation(DemoOrganisations.TohoHardwareVendor, OrganisationKind.HardwareVendor, "東邦キッティングサービス株式会社", "トウホウキッティングサービス")
        {
            CorporateNumber = CorporateNumberFor(10_000_000_021), PostalCode = "222-0033", Address = "神奈川県横浜市港北区新横浜2-3-4 新横浜ロジスティクスセンター",
            Phone = "045-470-1234", Representative = "代表取締役 松本 浩二",
        };
    }

    public static IEnumerable<Customer> Customers(DateTimeOffset now)
    {
        foreach (var region in s_partnerRegions)
        {
            for (int i = 0; i < CustomersPerPartner; i++)
            {
                // Each partner takes its own run of the 15 × 8 name combinations, so no company name repeats.
                int combination = (region.Offset / 5 * CustomersPerPartner) + i;
                var prefix = s_prefixes[combination % s_prefixes.Length];
                var suffix = s_suffixes[combination / s_prefixes.Length % s_suffixes.Length];
                var person = s_people[i % s_people.Length];
                bool corporation = suffix.Name is not ("会計事務所" or "クリニック");
                string name = corporation ? $"株式会社{prefix.Name}{suffix.Name}" : $"{prefix.Name}{suffix.Name}";
                string kana = $"{prefix.Kana}{suffix.Kana}";
                string number = (i + 1).ToString("D2", CultureInfo.InvariantCulture);
                var domain = $"c{number}-{region.Partner.ToString()[^2..]}.example";
                var contact = new ServiceContact(person.Name, person.Kana, $"it@{domain}", PhoneNumber(region.AreaCode, 5000 + i, 1000 + i), "情報システム課");
                yield return new Customer(DeterministicId(region.Partner, i), region.Partner, name, kana, contact, now)
                {
                    CorporateNumber = corporation ? CorporateNumberFor(20_000_000_000 + (region.Offset * 100) + i) : null,
                    PostalCode = $"{100 + region.Offset:D3}-{1000 + (i * 7):D4}",
                    Prefecture = region.Prefecture,
                    Address = $"{region.City}{1 + (i % 5)}-{1 + (i % 9)}-{1 + (i % 12)}",
                    Phone = PhoneNumber(region.AreaCode, 3000 + i, 2000 + i),
                    Industry = suffix.Industry,
                    Segment = i % 4 == 0 ? CustomerSegment.ChamberMember : CustomerSegment.Standard,
                    NotificationEmails = $"soc@{domain}",
                    NotificationLanguage = i % 5 == 0 ? "en" : "ja",
                };
            }
        }
    }

    private static Organisation Partner(Guid id, string name, string kana, long corporateBase, string postal, string address, string phone, string representative, DateOnly since) =>
        new(id, OrganisationKind.SalesPartner, name, kana)
        {
            CorporateNumber = CorporateNumberFor(corporateBase),
            InvoiceRegistrationNumber = "T" + CorporateNumberFor(corporateBase),
            PostalCode = postal,
            Address = address,
            Phone = phone,
            Representative = representative,
            AgreementStartDate = since,
        };

    // Fixed-line numbers have ten digits: the local exchange part shrinks as the area code grows (03 → 4 digits, 076 → 3).
    private static string PhoneNumber(string areaCode, int exchange, int line) =>
        areaCode.Length == 2
            ? $"{areaCode}-{exchange:D4}-{line:D4}"
            : $"{areaCode}-{exchange % 1000:D3}-{line:D4}";

    private static Guid DeterministicId(Guid partner, int index)
    {
        var bytes = partner.ToByteArray();
        bytes[0] = (byte)(index + 1);
        bytes[1] = 0xC0;
        return new Guid(bytes);
    }

    private static string CorporateNumberFor(long baseNumber)
    {
        string digits = baseNumber.ToString("D12", CultureInfo.InvariantCulture);
        return Domain.Identifiers.CorporateNumber.ComputeCheckDigit(digits).ToString(CultureInfo.InvariantCulture) + digits;
    }
}
