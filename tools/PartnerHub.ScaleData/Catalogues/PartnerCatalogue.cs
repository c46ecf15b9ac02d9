namespace PartnerHub.ScaleData.Catalogues;

/// <summary>A regional IT reseller (fictitious): name, reading, home prefecture and city, and a mail domain.</summary>
internal sealed record PartnerProfile(string Name, string Kana, string Prefecture, string City, string Domain, string Representative);

/// <summary>The twenty sales partners added to the demo's three, one or two per region so customers spread over Japan.</summary>
internal static class PartnerCatalogue
{
    public static IReadOnlyList<PartnerProfile> NewPartners { get; } =
    [
        new("株式会社北海道ネットワークサービス", "ホッカイドウネットワークサービス", "北海道", "札幌市中央区", "hokkaido-ns.example", "代表取締役 佐々木 修"),
        new("東北システムソリューションズ株式会社", "トウホクシステムソリューションズ", "宮城県", "仙台市青葉区", "tohoku-ss.example", "代表取締役 阿部 健一"),
        new("株式会社みちのく情報技術", "ミチノクジョウホウギジュツ", "岩手県", "盛岡市", "michinoku-it.example", "代表取締役 千葉 誠"),
        new("株式会社関東セキュリティパートナーズ", "カントウセキュリティパートナーズ", "埼玉県", "さいたま市大宮区", "kanto-sp.example", "代表取締役 関 大輔"),
        new("株式会社千葉アイティーサポート", "チバアイティーサポート", "千葉県", "千葉市中央区", "chiba-its.example", "代表取締役 石井 隆"),
        new("横浜データシステム株式会社", "ヨコハマデータシステム", "神奈川県", "横浜市西区", "yokohama-ds.example", "代表取締役 横山 拓也"),
        new("株式会社新潟コンピュータサービス", "ニイガタコンピュータサービス", "新潟県", "新潟市中央区", "niigata-cs.example", "代表取締役 渡辺 学"),
        new("株式会社信州ネットワークス", "シンシュウネットワークス", "長野県", "長野市", "shinshu-net.example", "代表取締役 小林 亮"),
        new("株式会社静岡オフィスシステム", "シズオカオフィスシステム", "静岡県", "静岡市葵区", "shizuoka-os.example", "代表取締役 望月 浩二"),
        new("中部情報システム株式会社", "チュウブジョウホウシステム", "愛知県", "名古屋市中区", "chubu-is.example", "代表取締役 加藤 秀樹"),
        new("株式会社京都ビジネスネット", "キョウトビジネスネット", "京都府", "京都市下京区", "kyoto-bn.example", "代表取締役 西村 康弘"),
        new("株式会社なにわアイティーソリューション", "ナニワアイティーソリューション", "大阪府", "大阪市中央区", "naniwa-its.example", "代表取締役 松本 正人"),
        new("株式会社神戸テクノサービス", "コウベテクノサービス", "兵庫県", "神戸市中央区", "kobe-ts.example", "代表取締役 藤原 達也"),
        new("株式会社岡山情報センター", "オカヤマジョウホウセンター", "岡山県", "岡山市北区", "okayama-ic.example", "代表取締役 岡本 直樹"),
        new("株式会社中国ネットワークシステムズ", "チュウゴクネットワークシステムズ", "広島県", "広島市中区", "chugoku-ns.example", "代表取締役 山本 博之"),
        new("四国システム開発株式会社", "シコクシステムカイハツ", "香川県", "高松市", "shikoku-sd.example", "代表取締役 三好 剛"),
        new("株式会社九州セキュアネット", "キュウシュウセキュアネット", "福岡県", "福岡市博多区", "kyushu-sn.example", "代表取締役 中島 雄一"),
        new("株式会社熊本オフィスサポート", "クマモトオフィスサポート", "熊本県", "熊本市中央区", "kumamoto-os.example", "代表取締役 坂本 和也"),
        new("株式会社南九州情報サービス", "ミナミキュウシュウジョウホウサービス", "鹿児島県", "鹿児島市", "minamikyushu-is.example", "代表取締役 上田 健太"),
        new("株式会社沖縄アイティーパートナーズ", "オキナワアイティーパートナーズ", "沖縄県", "那覇市", "okinawa-itp.example", "代表取締役 比嘉 智也"),
    ];
}
