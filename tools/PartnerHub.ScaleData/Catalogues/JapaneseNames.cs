namespace PartnerHub.ScaleData.Catalogues;

/// <summary>A word with its katakana reading and a romanisation for e-mail addresses and domains.</summary>
internal sealed record Word(string Text, string Kana, string Romaji);

/// <summary>A line of business: the word in the company name, and the industry the customer list shows.</summary>
internal sealed record Business(string Text, string Kana, string Romaji, string Industry);

/// <summary>
/// Names for fictitious companies and people: common family and given names, name stems companies are built from, and
/// lines of business. Readings are the ones a Japanese form would carry (フリガナ without the legal form).
/// </summary>
internal static class JapaneseNames
{
    public static IReadOnlyList<Word> FamilyNames { get; } =
    [
        new("佐藤", "サトウ", "sato"), new("鈴木", "スズキ", "suzuki"), new("高橋", "タカハシ", "takahashi"), new("田中", "タナカ", "tanaka"),
        new("伊藤", "イトウ", "ito"), new("渡辺", "ワタナベ", "watanabe"), new("山本", "ヤマモト", "yamamoto"), new("中村", "ナカムラ", "nakamura"),
        new("小林", "コバヤシ", "kobayashi"), new("加藤", "カトウ", "kato"), new("吉田", "ヨシダ", "yoshida"), new("山田", "ヤマダ", "yamada"),
        new("佐々木", "ササキ", "sasaki"), new("山口", "ヤマグチ", "yamaguchi"), new("松本", "マツモト", "matsumoto"), new("井上", "イノウエ", "inoue"),
        new("木村", "キムラ", "kimura"), new("林", "ハヤシ", "hayashi"), new("斎藤", "サイトウ", "saito"), new("清水", "シミズ", "shimizu"),
        new("山崎", "ヤマザキ", "yamazaki"), new("森", "モリ", "mori"), new("池田", "イケダ", "ikeda"), new("橋本", "ハシモト", "hashimoto"),
        new("阿部", "アベ", "abe"), new("石川", "イシカワ", "ishikawa"), new("山下", "ヤマシタ", "yamashita"), new("中島", "ナカジマ", "nakajima"),
        new("石井", "イシイ", "ishii"), new("小川", "オガワ", "ogawa"), new("前田", "マエダ", "maeda"), new("岡田", "オカダ", "okada"),
        new("長谷川", "ハセガワ", "hasegawa"), new("藤田", "フジタ", "fujita"), new("後藤", "ゴトウ", "goto"), new("近藤", "コンドウ", "kondo"),
        new("村上", "ムラカミ", "murakami"), new("遠藤", "エンドウ", "endo"), new("青木", "アオキ", "aoki"), new("坂本", "サカモト", "sakamoto"),
        new("福田", "フクダ", "fukuda"), new("太田", "オオタ", "ota"), new("西村", "ニシムラ", "nishimura"), new("藤井", "フジイ", "fujii"),
        new("金子", "カネコ", "kaneko"), new("岡本", "オカモト", "okamoto"), new("藤原", "フジワラ", "fujiwara"), new("中野", "ナカノ", "nakano"),
        new("三浦", "ミウラ", "miura"), new("原田", "ハラダ", "harada"), new("松田", "マツダ", "matsuda"), new("竹内", "タケウチ", "takeuchi"),
        new("小野", "オノ", "ono"), new("田村", "タムラ", "tamura"), new("中川", "ナカガワ", "nakagawa"), new("和田", "ワダ", "wada"),
        new("石田", "イシダ", "ishida"), new("上田", "ウエダ", "ueda"), new("森田", "モリタ", "morita"), new("内田", "ウチダ", "uchida"),
        new("柴田", "シバタ", "shibata"), new("酒井", "サカイ", "sakai"), new("宮崎", "ミヤザキ", "miyazaki"), new("横山", "ヨコヤマ", "yokoyama"),
    ];

    public static IReadOnlyList<Word> GivenNames { get; } =
    [
        new("大輔", "ダイスケ", "daisuke"), new("健一", "ケンイチ", "kenichi"), new("翔太", "ショウタ", "shota"), new("拓也", "タクヤ", "takuya"),
        new("直樹", "ナオキ", "naoki"), new("浩二", "コウジ", "koji"), new("誠", "マコト", "makoto"), new("学", "マナブ", "manabu"),
        new("修", "オサム", "osamu"), new("一郎", "イチロウ", "ichiro"), new("隆", "タカシ", "takashi"), new("剛", "ツヨシ", "tsuyoshi"),
        new("達也", "タツヤ", "tatsuya"), new("和也", "カズヤ", "kazuya"), new("亮", "リョウ", "ryo"), new("健太", "ケンタ", "kenta"),
        new("悠斗", "ユウト", "yuto"), new("大樹", "ダイキ", "daiki"), new("雄一", "ユウイチ", "yuichi"), new("智也", "トモヤ", "tomoya"),
        new("博之", "ヒロユキ", "hiroyuki"), new("秀樹", "ヒデキ", "hideki"), new("正人", "マサト", "masato"), new("康弘", "ヤスヒロ", "yasuhiro"),
        new("美咲", "ミサキ", "misaki"), new("由美", "ユミ", "yumi"), new("恵", "メグミ", "megumi"), new("陽子", "ヨウコ", "yoko"),
        new("真由美", "マユミ", "mayumi"), new("さくら", "サクラ", "sakura"), new("彩", "アヤ", "aya"), new("愛", "アイ", "ai"),
        new("花子", "ハナコ", "hanako"), new("明美", "アケミ", "akemi"), new("直美", "ナオミ", "naomi"), new("裕子", "ユウコ", "yuko"),
        new("智子", "トモコ", "tomoko"), new("久美子", "クミコ", "kumiko"), new("麻衣", "マイ", "mai"), new("美穂", "ミホ", "miho"),
        new("香織", "カオリ", "kaori"), new("奈々", "ナナ", "nana"), new("千尋", "チヒロ", "chihiro"), new("真理", "マリ", "mari"),
    ];

    /// <summary>Stems of company names: places, auspicious words, nature.</summary>
    public static IReadOnlyList<Word> CompanyStems { get; } =
    [
        new("青葉", "アオバ", "aoba"), new("朝日", "アサヒ", "asahi"), new("東洋", "トウヨウ", "toyo"), new("大和", "ヤマト", "yamato"),
        new("富士", "フジ", "fuji"), new("北斗", "ホクト", "hokuto"), new("光", "ヒカリ", "hikari"), new("若葉", "ワカバ", "wakaba"),
        new("城南", "ジョウナン", "jonan"), new("三和", "サンワ", "sanwa"), new("中央", "チュウオウ", "chuo"), new("日進", "ニッシン", "nisshin"),
        new("丸山", "マルヤマ", "maruyama"), new("白鷺", "シラサギ", "shirasagi"), new("千歳", "チトセ", "chitose"), new("桜井", "サクライ", "sakurai"),
        new("協和", "キョウワ", "kyowa"), new("共栄", "キョウエイ", "kyoei"), new("大成", "タイセイ", "taisei"), new("太平", "タイヘイ", "taihei"),
        new("昭和", "ショウワ", "showa"), new("平和", "ヘイワ", "heiwa"), new("新光", "シンコウ", "shinko"), new("東亜", "トウア", "toa"),
        new("日東", "ニットウ", "nitto"), new("西日本", "ニシニホン", "nishinihon"), new("北陸", "ホクリク", "hokuriku"), new("東海", "トウカイ", "tokai"),
        new("関東", "カントウ", "kanto"), new("九州", "キュウシュウ", "kyushu"), new("瀬戸内", "セトウチ", "setouchi"), new("湘南", "ショウナン", "shonan"),
        new("信州", "シンシュウ", "shinshu"), new("葵", "アオイ", "aoi"), new("菱和", "リョウワ", "ryowa"), new("松栄", "ショウエイ", "shoei"),
        new("双葉", "フタバ", "futaba"), new("宝", "タカラ", "takara"), new("明星", "ミョウジョウ", "myojo"), new("銀河", "ギンガ", "ginga"),
        new("緑", "ミドリ", "midori"), new("清流", "セイリュウ", "seiryu"), new("大地", "ダイチ", "daichi"), new("飛鳥", "アスカ", "asuka"),
        new("日本橋", "ニホンバシ", "nihonbashi"), new("浪速", "ナニワ", "naniwa"), new("京阪", "ケイハン", "keihan"), new("北星", "ホクセイ", "hokusei"),
        new("南海", "ナンカイ", "nankai"), new("栄光", "エイコウ", "eiko"), new("誠和", "セイワ", "seiwa"), new("三洋", "サンヨウ", "sanyo"),
        new("恵和", "ケイワ", "keiwa"), new("睦", "ムツミ", "mutsumi"), new("匠", "タクミ", "takumi"), new("礎", "イシズエ", "ishizue"),
        new("稲葉", "イナバ", "inaba"), new("桂", "カツラ", "katsura"), new("椿", "ツバキ", "tsubaki"), new("楓", "カエデ", "kaede"),
        new("橘", "タチバナ", "tachibana"), new("鶴見", "ツルミ", "tsurumi"), new("亀山", "カメヤマ", "kameyama"), new("港", "ミナト", "minato"),
        new("山陽", "サンヨウ", "sanyo"), new("北越", "ホクエツ", "hokuetsu"), new("常磐", "トキワ", "tokiwa"), new("武蔵野", "ムサシノ", "musashino"),
        new("相模", "サガミ", "sagami"), new("駿河", "スルガ", "suruga"), new("尾張", "オワリ", "owari"), new("近江", "オウミ", "omi"),
        new("播磨", "ハリマ", "harima"), new("出雲", "イズモ", "izumo"), new("筑紫", "ツクシ", "tsukushi"), new("肥後", "ヒゴ", "higo"),
        new("陸奥", "ムツ", "mutsu"), new("羽州", "ウシュウ", "ushu"), new("房総", "ボウソウ", "boso"), new("甲斐", "カイ", "kai"),
        new("伊勢", "イセ", "ise"), new("紀州", "キシュウ", "kishu"), new("讃岐", "サヌキ", "sanuki"), new("土佐", "トサ", "tosa"),
        new("日向", "ヒュウガ", "hyuga"), new("薩摩", "サツマ", "satsuma"), new("琉球", "リュウキュウ", "ryukyu"), new("北都", "ホクト", "hokuto"),
        new("旭日", "キョクジツ", "kyokujitsu"), new("瑞穂", "ミズホ", "mizuho"), new("大洋", "タイヨウ", "taiyo"), new("永和", "エイワ", "eiwa"),
        new("久和", "キュウワ", "kyuwa"), new("丸栄", "マルエイ", "maruei"), new("山一", "ヤマイチ", "yamaichi"), new("丸八", "マルハチ", "maruhachi"),
    ];

    public static IReadOnlyList<Business> Businesses { get; } =
    [
        new("精工", "セイコウ", "seiko", "製造業"), new("工業", "コウギョウ", "kogyo", "製造業"), new("製作所", "セイサクショ", "seisakusho", "製造業"),
        new("電機", "デンキ", "denki", "電気機械器具製造業"), new("電子", "デンシ", "denshi", "電子部品製造業"), new("化学", "カガク", "kagaku", "化学工業"),
        new("金属", "キンゾク", "kinzoku", "金属製品製造業"), new("機械", "キカイ", "kikai", "機械器具製造業"), new("物産", "ブッサン", "bussan", "卸売業"),
        new("商事", "ショウジ", "shoji", "卸売業"), new("商会", "ショウカイ", "shokai", "卸売業"), new("産業", "サンギョウ", "sangyo", "卸売業"),
        new("建設", "ケンセツ", "kensetsu", "建設業"), new("工務店", "コウムテン", "komuten", "建設業"), new("設備", "セツビ", "setsubi", "設備工事業"),
        new("電設", "デンセツ", "densetsu", "電気工事業"), new("運輸", "ウンユ", "unyu", "運輸業"), new("物流", "ブツリュウ", "butsuryu", "運輸業"),
        new("倉庫", "ソウコ", "soko", "倉庫業"), new("食品", "ショクヒン", "shokuhin", "食品製造業"), new("製菓", "セイカ", "seika", "食品製造業"),
        new("酒造", "シュゾウ", "shuzo", "酒類製造業"), new("水産", "スイサン", "suisan", "水産業"), new("不動産", "フドウサン", "fudosan", "不動産業"),
        new("住宅", "ジュウタク", "jutaku", "不動産業"), new("印刷", "インサツ", "insatsu", "印刷業"), new("薬品", "ヤクヒン", "yakuhin", "医薬品卸売業"),
        new("システム", "システム", "system", "情報サービス業"), new("情報サービス", "ジョウホウサービス", "joho", "情報サービス業"),
        new("企画", "キカク", "kikaku", "サービス業"), new("興産", "コウサン", "kosan", "卸売業"), new("自動車", "ジドウシャ", "jidosha", "自動車販売業"),
        new("観光", "カンコウ", "kanko", "宿泊業"), new("設計", "セッケイ", "sekkei", "建築設計業"), new("流通", "リュウツウ", "ryutsu", "小売業"),
        new("商店", "ショウテン", "shoten", "小売業"), new("農産", "ノウサン", "nosan", "農業"), new("木材", "モクザイ", "mokuzai", "木材・木製品製造業"),
        new("繊維", "センイ", "seni", "繊維工業"), new("ゴム", "ゴム", "gomu", "ゴム製品製造業"), new("硝子", "ガラス", "garasu", "窯業"),
        new("鋼業", "コウギョウ", "kogyo", "鉄鋼業"), new("塗装", "トソウ", "toso", "建設業"), new("警備保障", "ケイビホショウ", "keibi", "警備業"),
    ];

    /// <summary>Departments a service contact works in.</summary>
    public static IReadOnlyList<string> Departments { get; } =
    [
        "情報システム課", "総務部", "総務課", "管理部", "経営企画室", "システム部", "事務局", "総務・人事部", "IT推進室", "業務部",
    ];

    /// <summary>Street names (町名) for addresses after the city.</summary>
    public static IReadOnlyList<string> Towns { get; } =
    [
        "本町", "栄町", "旭町", "中町", "大手町", "駅前", "錦町", "緑町", "幸町", "東町", "西町", "南町", "北町", "寿町", "末広町",
        "元町", "新町", "桜町", "若松町", "泉町", "昭和町", "松原", "宮前", "城東", "港町",
    ];
}
