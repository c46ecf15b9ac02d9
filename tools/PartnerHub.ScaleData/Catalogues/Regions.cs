using System.Globalization;

namespace PartnerHub.ScaleData.Catalogues;

/// <summary>A city with its fixed-line area code (with the trunk 0) and the first three digits of its postal codes.</summary>
internal sealed record City(string Name, string AreaCode, string PostalPrefix);

/// <summary>A prefecture, its weight among Japan's businesses (roughly the share of establishments) and some cities.</summary>
internal sealed record Region(string Prefecture, double Weight, IReadOnlyList<City> Cities);

/// <summary>The 47 prefectures with their main cities, so addresses, postal codes and phone numbers agree with each other.</summary>
internal static class Regions
{
    public static IReadOnlyList<Region> All { get; } =
    [
        new("北海道", 4.2, [new("札幌市中央区", "011", "060"), new("旭川市", "0166", "070"), new("函館市", "0138", "040")]),
        new("青森県", 1.0, [new("青森市", "017", "030"), new("八戸市", "0178", "031")]),
        new("岩手県", 1.0, [new("盛岡市", "019", "020")]),
        new("宮城県", 1.7, [new("仙台市青葉区", "022", "980"), new("石巻市", "0225", "986")]),
        new("秋田県", 0.8, [new("秋田市", "018", "010")]),
        new("山形県", 0.9, [new("山形市", "023", "990")]),
        new("福島県", 1.5, [new("福島市", "024", "960"), new("郡山市", "024", "963")]),
        new("茨城県", 2.0, [new("水戸市", "029", "310"), new("つくば市", "029", "305")]),
        new("栃木県", 1.5, [new("宇都宮市", "028", "320")]),
        new("群馬県", 1.5, [new("前橋市", "027", "371"), new("高崎市", "027", "370")]),
        new("埼玉県", 4.2, [new("さいたま市大宮区", "048", "330"), new("川越市", "049", "350")]),
        new("千葉県", 3.5, [new("千葉市中央区", "043", "260"), new("船橋市", "047", "273")]),
        new("東京都", 15.0, [new("千代田区", "03", "101"), new("中央区", "03", "104"), new("港区", "03", "105"), new("新宿区", "03", "160"),
            new("渋谷区", "03", "150"), new("品川区", "03", "141"), new("八王子市", "042", "192"), new("立川市", "042", "190")]),
        new("神奈川県", 5.5, [new("横浜市西区", "045", "220"), new("川崎市川崎区", "044", "210"), new("相模原市中央区", "042", "252"), new("藤沢市", "0466", "251")]),
        new("新潟県", 1.9, [new("新潟市中央区", "025", "950"), new("長岡市", "0258", "940")]),
        new("富山県", 0.9, [new("富山市", "076", "930"), new("高岡市", "0766", "933")]),
        new("石川県", 1.0, [new("金沢市", "076", "920"), new("小松市", "0761", "923")]),
        new("福井県", 0.7, [new("福井市", "0776", "910")]),
        new("山梨県", 0.7, [new("甲府市", "055", "400")]),
        new("長野県", 1.8, [new("長野市", "026", "380"), new("松本市", "0263", "390")]),
        new("岐阜県", 1.7, [new("岐阜市", "058", "500")]),
        new("静岡県", 3.0, [new("静岡市葵区", "054", "420"), new("浜松市中央区", "053", "430")]),
        new("愛知県", 6.0, [new("名古屋市中区", "052", "460"), new("名古屋市中村区", "052", "450"), new("豊田市", "0565", "471"), new("岡崎市", "0564", "444")]),
        new("三重県", 1.4, [new("津市", "059", "514"), new("四日市市", "059", "510")]),
        new("滋賀県", 1.0, [new("大津市", "077", "520")]),
        new("京都府", 2.1, [new("京都市下京区", "075", "600"), new("京都市中京区", "075", "604")]),
        new("大阪府", 7.6, [new("大阪市北区", "06", "530"), new("大阪市中央区", "06", "541"), new("堺市堺区", "072", "590"), new("東大阪市", "06", "577")]),
        new("兵庫県", 3.9, [new("神戸市中央区", "078", "650"), new("姫路市", "079", "670"), new("尼崎市", "06", "660")]),
        new("奈良県", 0.8, [new("奈良市", "0742", "630")]),
        new("和歌山県", 0.8, [new("和歌山市", "073", "640")]),
        new("鳥取県", 0.5, [new("鳥取市", "0857", "680")]),
        new("島根県", 0.6, [new("松江市", "0852", "690")]),
        new("岡山県", 1.5, [new("岡山市北区", "086", "700"), new("倉敷市", "086", "710")]),
        new("広島県", 2.3, [new("広島市中区", "082", "730"), new("福山市", "084", "720")]),
        new("山口県", 1.1, [new("山口市", "083", "753"), new("下関市", "083", "750")]),
        new("徳島県", 0.6, [new("徳島市", "088", "770")]),
        new("香川県", 0.8, [new("高松市", "087", "760")]),
        new("愛媛県", 1.1, [new("松山市", "089", "790")]),
        new("高知県", 0.6, [new("高知市", "088", "780")]),
        new("福岡県", 3.9, [new("福岡市博多区", "092", "812"), new("福岡市中央区", "092", "810"), new("北九州市小倉北区", "093", "802")]),
        new("佐賀県", 0.6, [new("佐賀市", "0952", "840")]),
        new("長崎県", 1.0, [new("長崎市", "095", "850")]),
        new("熊本県", 1.3, [new("熊本市中央区", "096", "860")]),
        new("大分県", 0.9, [new("大分市", "097", "870")]),
        new("宮崎県", 0.9, [new("宮崎市", "0985", "880")]),
        new("鹿児島県", 1.3, [new("鹿児島市", "099", "890")]),
        new("沖縄県", 1.1, [new("那覇市", "098", "900")]),
    ];

    public static int IndexOf(string prefecture)
    {
        for (int i = 0; i < All.Count; i++)
        {
            if (string.Equals(All[i].Prefecture, prefecture, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new ArgumentException("Unknown prefecture " + prefecture, nameof(prefecture));
    }

    /// <summary>A fixed-line number in <paramref name="city"/>: ten digits, the local exchange shrinking as the area code grows.</summary>
    public static string FixedLine(City city, Random random)
    {
        ArgumentNullException.ThrowIfNull(city);
        ArgumentNullException.ThrowIfNull(random);
        int exchangeDigits = 10 - city.AreaCode.Length - 4;
        // An exchange never starts with 0 or 1 (those are trunk and service prefixes).
        int exchange = random.Next(2 * Pow10(exchangeDigits - 1), Pow10(exchangeDigits));
        return string.Create(CultureInfo.InvariantCulture, $"{city.AreaCode}-{exchange}-{random.Next(0, 10_000):D4}");
    }

    /// <summary>A mobile number (070/080/090, eleven digits).</summary>
    public static string Mobile(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        string prefix = random.Next(10) switch
        {
            < 5 => "090",
            < 8 => "080",
            _ => "070",
        };
        return string.Create(CultureInfo.InvariantCulture, $"{prefix}-{random.Next(1000, 10_000):D4}-{random.Next(0, 10_000):D4}");
    }

    public static string PostalCode(City city, Random random)
    {
        ArgumentNullException.ThrowIfNull(city);
        ArgumentNullException.ThrowIfNull(random);
        return string.Create(CultureInfo.InvariantCulture, $"{city.PostalPrefix}-{random.Next(0, 10_000):D4}");
    }

    /// <summary>町名, 丁目-番-号 and now and then a building and floor.</summary>
    public static string Street(City city, Random random)
    {
        ArgumentNullException.ThrowIfNull(city);
        ArgumentNullException.ThrowIfNull(random);
        string town = JapaneseNames.Towns[random.Next(JapaneseNames.Towns.Count)];
        string street = string.Create(CultureInfo.InvariantCulture, $"{city.Name}{town}{random.Next(1, 6)}-{random.Next(1, 30)}-{random.Next(1, 20)}");
        if (random.Next(3) == 0)
        {
            var stem = JapaneseNames.CompanyStems[random.Next(JapaneseNames.CompanyStems.Count)];
            street += string.Create(CultureInfo.InvariantCulture, $" {stem.Text}ビル{random.Next(2, 10)}階");
        }

        return street;
    }

    private static int Pow10(int exponent)
    {
        int value = 1;
        for (int i = 0; i < exponent; i++)
        {
            value *= 10;
        }

        return value;
    }
}
