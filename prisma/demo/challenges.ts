/**
 * Generated challenges: titles, backgrounds and success criteria composed from
 * per-category fragments and the company's own product and place.
 */
import type {
  ChallengeCategory,
  ChallengeStatus,
  CloseReason,
  CompensationType,
  WorkStyle,
} from "~/generated/prisma/enums";
import { prefectureName } from "~/modules/reference/prefectures";
import type { EngagementType } from "~/modules/reference/work";
import { createRandom, type Random } from "./random";
import type { ChallengeSpec, CompanySpec } from "./types";

type Vars = { product: string; area: string; market: string; years: number; town: string };

type CategoryText = {
  titles: readonly string[];
  summaries: readonly string[];
  problems: readonly string[];
  success: readonly string[];
  deliverables: readonly string[];
  required: readonly string[];
  niceToHave: readonly string[];
};

const texts: Record<ChallengeCategory, CategoryText> = {
  SALES_CHANNELS: {
    titles: [
      "{product}の首都圏向け販路開拓",
      "{product}の自社ECサイト立ち上げと運営体制づくり",
      "百貨店・セレクトショップへの{product}の卸販路開拓",
      "ふるさと納税を入口にした{product}のリピート販売",
    ],
    summaries: [
      "地元中心の売上から一歩踏み出し、{product}を新しいお客様へ届ける販路づくりを一緒に進めてくださる方を募集します。",
      "{product}の良さを知ってもらう販路を、計画から実行まで伴走してくださるプロ人材を探しています。",
    ],
    problems: [
      "売上の大半を県内の取引先に頼っており、人口減少で先細りが見えています。",
      "楽天市場に出店していますが、担当者が兼務で更新が止まりがちです。",
      "展示会には出ていますが、名刺交換の後の商談につながっていません。",
      "ふるさと納税の返礼品としては人気がありますが、その後の直接購入につながっていません。",
      "首都圏のバイヤーとの接点がなく、どこから手をつければよいか分かりません。",
    ],
    success: [
      "6か月後に、新しい販路からの売上が月100万円の見通しが立っていること。",
      "首都圏の取引先3社と定番取引が始まっていること。",
      "自社ECが公開され、月30件以上の注文が継続していること。",
    ],
    deliverables: ["販路開拓計画", "ターゲット取引先リスト", "商談資料", "EC運営マニュアル"],
    required: [
      "sales-channel-development",
      "ec-operations",
      "corporate-sales",
      "wholesale-channel",
    ],
    niceToHave: [
      "shopify",
      "rakuten-ichiba",
      "hometown-tax",
      "retail-buyer-relations",
      "trade-shows",
    ],
  },
  SALES_MARKETING: {
    titles: [
      "{product}のWebマーケティング戦略の立案と実行",
      "SNSを活用した{product}の認知拡大",
      "法人営業の仕組みづくりと営業プロセスの見える化",
      "Web経由の問い合わせを増やすマーケティング体制づくり",
    ],
    summaries: [
      "勘と経験に頼ってきた営業・販促を見直し、狙った顧客に{product}を届ける仕組みをつくってくださる方を募集します。",
      "Webとリアルの両面から、{product}の認知と問い合わせを増やす施策を一緒に考え、実行してくださる方を探しています。",
    ],
    problems: [
      "ホームページは5年以上更新しておらず、問い合わせはほとんどありません。",
      "営業は社長と営業部長の人脈頼みで、案件の状況が共有されていません。",
      "SNSのアカウントはありますが、何を発信すればよいか分からず止まっています。",
      "Web広告を試しましたが、効果を測れないままやめてしまいました。",
    ],
    success: [
      "Web経由の問い合わせが月10件を超えていること。",
      "営業案件の進捗が一覧で見え、週次の営業会議で使われていること。",
      "SNSの発信が週2回以上続き、フォロワーが倍増していること。",
    ],
    deliverables: ["マーケティング戦略書", "施策のKPIと運用計画", "営業プロセス設計書"],
    required: ["web-marketing", "marketing-strategy", "sales-strategy", "sns-marketing"],
    niceToHave: ["seo", "web-ads", "google-analytics", "crm", "sfa", "content-marketing"],
  },
  PRODUCTIVITY: {
    titles: [
      "{product}の製造工程の改善とリードタイム短縮",
      "紙とExcelの業務をなくすための業務フロー見直し",
      "在庫管理の見直しと欠品・過剰在庫の削減",
      "受発注業務の効率化と属人化の解消",
    ],
    summaries: [
      "人手不足のなかでも利益を出せるよう、現場の業務を一緒に見直し、改善を定着させてくださる方を募集します。",
      "ムダの多い業務フローを整理し、少ない人数でも回る仕組みづくりを支援してくださる方を探しています。",
    ],
    problems: [
      "受注は電話とFAXが中心で、転記ミスによる手戻りが月に何度も起きています。",
      "工程ごとの作業時間を測っておらず、どこがボトルネックか分かりません。",
      "在庫を数えるのは月末の棚卸だけで、欠品と過剰在庫が同時に起きています。",
      "ベテラン社員しか分からない業務が多く、休まれると仕事が止まります。",
    ],
    success: [
      "3か月後に、対象業務の作業時間が2割以上減っていること。",
      "主要な業務の手順書が揃い、誰でも対応できる状態になっていること。",
      "在庫回転日数が現状より15%改善していること。",
    ],
    deliverables: ["現状業務フロー図", "改善計画", "業務マニュアル", "効果測定レポート"],
    required: [
      "business-process-improvement",
      "production-management",
      "lean-manufacturing",
      "inventory-management",
    ],
    niceToHave: ["five-s", "kintone", "excel-vba", "industrial-engineering", "quality-control"],
  },
  DX_IT: {
    titles: [
      "kintoneを使った受発注・顧客管理の一元化",
      "基幹システムの入れ替えに向けた要件定義とベンダー選定",
      "売上・在庫データを活用するダッシュボード構築",
      "社内のITインフラ見直しと情報セキュリティ対策",
    ],
    summaries: [
      "社内にIT担当がいないなか、業務に合ったツール選びから定着までを伴走してくださる方を募集します。",
      "デジタル化の第一歩として、現状の整理と進め方の設計を一緒に進めてくださる方を探しています。",
    ],
    problems: [
      "20年前に導入した販売管理システムのサポートが終了します。",
      "顧客情報が担当者ごとのExcelに散らばっていて、引き継ぎのたびに情報が失われます。",
      "ITに詳しい社員がおらず、パソコンやネットワークのトラブルは社長が対応しています。",
      "データはあるのに集計に手間がかかり、経営判断に使えていません。",
    ],
    success: [
      "新しい仕組みが本番稼働し、社員の8割以上が日常的に使っていること。",
      "システム選定が終わり、導入スケジュールと予算が社内で承認されていること。",
      "経営会議で毎月ダッシュボードの数字が使われていること。",
    ],
    deliverables: ["要件定義書", "ツール比較表", "導入計画", "操作マニュアル"],
    required: ["dx-promotion", "requirements-definition", "kintone", "system-selection"],
    niceToHave: [
      "business-intelligence",
      "information-security",
      "erp",
      "cloud-migration",
      "dx-subsidies",
      "no-code",
    ],
  },
  NEW_BUSINESS: {
    titles: [
      "{product}の技術を活かした新規事業の立ち上げ",
      "{area}の地域資源を活かした新商品の企画",
      "一般消費者向け新ブランドの事業計画策定",
      "工場見学・体験型サービスの事業化",
    ],
    summaries: [
      "本業の強みを活かした新しい柱をつくるため、アイデアの検証から事業計画までを一緒に進めてくださる方を募集します。",
      "社内には新規事業の経験者がいないため、仮説検証の進め方を教えながら伴走してくださる方を探しています。",
    ],
    problems: [
      "主力の{product}の市場が縮小しており、10年後を見据えた新しい柱が必要です。",
      "アイデアはいくつかありますが、どれが事業になるのか判断できずにいます。",
      "試作品はできましたが、価格設定や売り方が決まっていません。",
      "若手社員から新規事業の提案が出ていますが、進め方を指導できる人がいません。",
    ],
    success: [
      "顧客インタビュー20件をもとに、事業化する案が1つに絞られていること。",
      "事業計画書が完成し、取締役会で投資の判断ができる状態になっていること。",
      "テスト販売を行い、100人以上のお客様の反応が得られていること。",
    ],
    deliverables: ["事業アイデアの評価表", "顧客インタビュー記録", "事業計画書"],
    required: ["new-business-development", "business-planning", "product-planning", "lean-startup"],
    niceToHave: ["market-research", "crowdfunding", "business-model-design", "local-specialties"],
  },
  OVERSEAS: {
    titles: [
      "{product}の{market}向け輸出の立ち上げ",
      "越境ECによる{product}の海外販売",
      "海外展示会への出展と現地代理店の開拓",
      "訪日外国人のお客様の受け入れ体制づくり",
    ],
    summaries: [
      "海外からの引き合いを事業に育てるため、市場選びから商談づくりまで伴走してくださる方を募集します。",
      "{product}の魅力を海外に届けたいと考えています。輸出や海外営業の経験を持つ方の力を貸してください。",
    ],
    problems: [
      "海外からの問い合わせが年に数件ありますが、英語で対応できる社員がいません。",
      "輸出の手続きや相手国の規制が分からず、商談を見送ったことがあります。",
      "海外の展示会に一度出ましたが、その後のフォローができませんでした。",
      "訪日客は増えていますが、英語の案内や決済の準備ができていません。",
    ],
    success: [
      "6か月以内に、現地の代理店1社と契約し、初回出荷ができていること。",
      "英語の商品資料とWebサイトが整い、海外からの商談が月2件以上あること。",
      "ターゲット国が決まり、3年間の海外事業計画ができていること。",
    ],
    deliverables: ["海外市場調査レポート", "輸出計画", "英文商品資料", "代理店候補リスト"],
    required: ["overseas-expansion", "export-sales", "english", "trade-operations"],
    niceToHave: [
      "cross-border-ec",
      "inbound-tourism",
      "asean-markets",
      "north-america-market",
      "europe-market",
      "chinese",
    ],
  },
  PEOPLE_ORGANISATION: {
    titles: [
      "評価制度・賃金制度の見直し",
      "採用力の強化と採用ブランディング",
      "次世代リーダー・管理職の育成",
      "若手社員の定着に向けたオンボーディングの仕組みづくり",
    ],
    summaries: [
      "社員が成長を実感し、長く働ける会社にするため、人事の仕組みづくりを一緒に進めてくださる方を募集します。",
      "人が集まり育つ組織をつくるため、現場の声を聞きながら制度と運用を整えてくださる方を探しています。",
    ],
    problems: [
      "評価は社長の印象で決まっており、社員から基準が分からないという声が出ています。",
      "求人を出しても応募がほとんどなく、採用できても3年以内に辞めてしまいます。",
      "管理職がプレイヤーとしての仕事に追われ、部下の育成ができていません。",
      "社員の平均年齢が50歳を超え、技能の継承が進んでいません。",
    ],
    success: [
      "新しい評価制度が全社員に説明され、最初の評価面談が終わっていること。",
      "6か月で3名以上の採用が決まっていること。",
      "管理職研修が一巡し、1on1が月1回定着していること。",
    ],
    deliverables: ["人事制度設計書", "採用計画", "研修プログラム", "運用マニュアル"],
    required: [
      "hr-system-design",
      "recruitment",
      "talent-development",
      "organisational-development",
    ],
    niceToHave: [
      "employer-branding",
      "compensation-design",
      "management-training",
      "onboarding",
      "labour-management",
    ],
  },
  FINANCE: {
    titles: [
      "月次決算の早期化と管理会計の導入",
      "設備投資に向けた資金調達計画と事業計画書の作成",
      "製品別原価の見える化と価格改定",
      "補助金を活用した投資計画の策定",
    ],
    summaries: [
      "数字に基づいた経営ができるよう、管理会計と資金計画の仕組みを整えてくださる方を募集します。",
      "財務の専門家がいないなか、金融機関との対話や投資判断を支えてくださるCFO経験者を探しています。",
    ],
    problems: [
      "決算は税理士任せで、月次の損益が分かるのは2か月後です。",
      "原材料やエネルギーの値上がりで、どの製品が赤字なのか分からなくなっています。",
      "設備の更新が必要ですが、金融機関に説明できる事業計画がありません。",
      "補助金に興味はありますが、申請書を書ける人がいません。",
    ],
    success: [
      "月次決算が翌月10営業日以内に締まり、経営会議で使われていること。",
      "製品別の原価が分かり、不採算品の価格改定が取引先と合意できていること。",
      "金融機関への融資申し込みが完了していること。",
    ],
    deliverables: ["管理会計の設計書", "資金繰り表", "事業計画書", "補助金申請書"],
    required: ["management-accounting", "fundraising", "cost-management", "cfo"],
    niceToHave: [
      "monthly-closing",
      "subsidies",
      "financial-analysis",
      "cloud-accounting",
      "budget-management",
    ],
  },
  SUCCESSION: {
    titles: [
      "後継者への事業承継に向けた経営体制づくり",
      "親族外承継に向けた後継者育成と組織整備",
      "M&Aによる事業承継の検討支援",
    ],
    summaries: [
      "創業家の世代交代を控え、承継の計画づくりと次の経営陣の育成を伴走してくださる方を募集します。",
      "後継者が決まっていないなか、会社を残すための選択肢を一緒に整理してくださる方を探しています。",
    ],
    problems: [
      "社長は70代で、後継者候補の息子は入社3年目です。",
      "親族に後継者がおらず、社員からの登用かM&Aかを決めかねています。",
      "社長に権限が集中しており、幹部が経営判断をした経験がありません。",
      "自社株の評価額が分からず、承継の費用が見通せていません。",
    ],
    success: [
      "事業承継計画ができ、社内外の関係者に説明されていること。",
      "後継者候補が経営会議を主宰し、予算を自ら組めていること。",
      "承継の方針（親族内・社員・M&A）が決まり、専門家への依頼が始まっていること。",
    ],
    deliverables: ["事業承継計画書", "後継者育成計画", "企業価値の試算"],
    required: ["business-succession", "successor-development", "m-and-a"],
    niceToHave: ["valuation", "share-transfer", "executive-leadership", "management-consulting"],
  },
  BRANDING: {
    titles: [
      "{product}のブランドコンセプトの再構築",
      "創業{years}年を機にしたリブランディング",
      "{area}らしさを伝えるパッケージデザインの刷新",
      "採用にもつながるコーポレートサイトの刷新",
    ],
    summaries: [
      "私たちの強みとこだわりをお客様に伝わる形にするため、ブランドづくりを一緒に進めてくださる方を募集します。",
      "「いいものをつくっているのに伝わらない」を変えるため、言葉とデザインを磨き直してくださる方を探しています。",
    ],
    problems: [
      "品質には自信がありますが、競合との違いを一言で説明できません。",
      "パッケージは20年前のままで、若い世代に手に取ってもらえていません。",
      "会社のロゴや名刺、パンフレットのデザインがばらばらです。",
      "ホームページが古く、採用の応募者からも指摘されています。",
    ],
    success: [
      "ブランドコンセプトとガイドラインが完成し、全社員に共有されていること。",
      "新しいパッケージの商品が店頭に並び、売上が前年比で伸びていること。",
      "新しいWebサイトが公開され、問い合わせと採用応募が増えていること。",
    ],
    deliverables: ["ブランドコンセプト", "デザインガイドライン", "パッケージ案", "Webサイト構成案"],
    required: ["branding", "brand-strategy", "package-design", "website-production"],
    niceToHave: [
      "regional-branding",
      "copywriting",
      "graphic-design",
      "brand-storytelling",
      "photography",
    ],
  },
  OTHER: {
    titles: [
      "SDGsへの取り組みの整理と発信",
      "BCP（事業継続計画）の策定",
      "地域の学校・自治体と連携した産業観光の企画",
    ],
    summaries: [
      "取引先や地域から求められる取り組みを、形だけで終わらせず会社の力にするため、伴走してくださる方を募集します。",
    ],
    problems: [
      "取引先からSDGsやBCPへの取り組み状況を聞かれるようになりましたが、答えられていません。",
      "地震や水害のときに事業をどう続けるか、決まっていません。",
      "地域の学校から工場見学の依頼がありますが、受け入れの体制がありません。",
    ],
    success: [
      "取り組みの方針と計画がまとまり、Webサイトで発信されていること。",
      "BCPが策定され、年1回の訓練の計画ができていること。",
    ],
    deliverables: ["取り組み方針", "計画書", "社内説明資料"],
    required: ["sustainability", "bcp", "regional-revitalisation"],
    niceToHave: [
      "risk-management",
      "public-relations",
      "public-private-partnership",
      "event-planning",
    ],
  },
};

const categoryOrder: readonly ChallengeCategory[] = [
  "SALES_CHANNELS",
  "SALES_MARKETING",
  "PRODUCTIVITY",
  "DX_IT",
  "NEW_BUSINESS",
  "OVERSEAS",
  "PEOPLE_ORGANISATION",
  "FINANCE",
  "SUCCESSION",
  "BRANDING",
  "OTHER",
];

/** Services (care, logistics, construction, IT) have no product to sell far away. */
const productless = new Set(["D", "G", "H", "P"]);
const productCategories: readonly ChallengeCategory[] = ["SALES_CHANNELS", "OVERSEAS"];

const markets = ["台湾", "香港", "シンガポール", "米国", "欧州", "タイ", "オーストラリア"];

const intro = [
  "当社は{founded}年の創業以来、{town}で{product}を手がけてきました。",
  "{town}に本社を置き、{product}を主力に事業を続けています。",
];

const closing = [
  "社内にこの分野の経験者がいないため、外部のプロの知見をお借りしたいと考えています。",
  "社長と担当者が窓口になり、週1回のオンライン定例で進めたいと考えています。",
  "地域の未来にもつながる取り組みとして、一緒に楽しんで進めていただける方を歓迎します。",
];

function fill(template: string, vars: Vars & { founded: number }) {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in vars ? String(vars[name as keyof typeof vars]) : match,
  );
}

function pickStatus(random: Random): { status: ChallengeStatus; closeReason: CloseReason | null } {
  return random.weighted<{ status: ChallengeStatus; closeReason: CloseReason | null }>([
    [{ status: "OPEN", closeReason: null }, 62],
    [{ status: "DRAFT", closeReason: null }, 10],
    [{ status: "PAUSED", closeReason: null }, 10],
    [{ status: "CLOSED", closeReason: "FILLED" }, 11],
    [{ status: "CLOSED", closeReason: "CANCELLED" }, 7],
  ]);
}

function terms(random: Random, category: ChallengeCategory) {
  const relocation =
    (category === "SUCCESSION" ||
      category === "PEOPLE_ORGANISATION" ||
      category === "PRODUCTIVITY") &&
    random.chance(0.25);
  const proBono =
    !relocation && (category === "OTHER" || category === "BRANDING") && random.chance(0.3);
  const engagement: EngagementType[] = relocation
    ? ["FULL_TIME_RELOCATION", ...(random.chance(0.5) ? (["CONTRACT"] as const) : [])]
    : proBono
      ? ["PRO_BONO", ...(random.chance(0.5) ? (["SIDE_JOB"] as const) : [])]
      : random.weighted<EngagementType[]>([
          [["SIDE_JOB"], 4],
          [["SIDE_JOB", "CONTRACT"], 5],
          [["CONTRACT"], 3],
        ]);
  const workStyle: WorkStyle = relocation
    ? "ONSITE"
    : random.weighted<WorkStyle>([
        ["REMOTE", 40],
        ["HYBRID", 45],
        ["ONSITE", 15],
      ]);
  const onsiteVisitsPerMonth =
    workStyle === "REMOTE"
      ? random.int(0, 1)
      : workStyle === "HYBRID"
        ? random.int(1, 4)
        : random.int(8, 20);
  const hoursPerWeek = relocation
    ? 40
    : engagement.includes("CONTRACT")
      ? random.int(8, 20)
      : random.int(4, 12);
  let compensationType: CompensationType = random.chance(0.72) ? "MONTHLY" : "HOURLY";
  let compensationMin: number | null;
  let compensationMax: number | null;
  if (proBono && !engagement.includes("SIDE_JOB")) {
    compensationType = "NONE";
    compensationMin = null;
    compensationMax = null;
  } else if (relocation) {
    compensationType = "MONTHLY";
    compensationMin = random.int(30, 45) * 10_000;
    compensationMax = compensationMin + random.int(5, 15) * 10_000;
  } else if (compensationType === "MONTHLY") {
    compensationMin = random.int(5, 25) * 10_000;
    compensationMax = compensationMin + random.int(5, 15) * 10_000;
  } else {
    compensationMin = random.int(6, 12) * 500;
    compensationMax = compensationMin + random.int(2, 6) * 500;
  }
  return {
    engagementTypes: engagement,
    workStyle,
    onsiteVisitsPerMonth,
    hoursPerWeek,
    durationMonths: relocation ? 12 : random.pick([3, 3, 4, 6, 6, 6, 9, 12]),
    compensationType,
    compensationMin,
    compensationMax,
  };
}

function createdDaysAgo(random: Random, status: ChallengeStatus) {
  switch (status) {
    case "DRAFT":
      return random.int(2, 40);
    case "OPEN":
      return random.int(10, 120);
    case "PAUSED":
      return random.int(40, 160);
    case "CLOSED":
      return random.int(90, 330);
  }
}

/** 2–4 challenges per company (by position), all categories in turn. */
export function generateChallenges(
  companies: readonly CompanySpec[],
  seed: number,
): ChallengeSpec[] {
  const random = createRandom(seed);
  const specs: ChallengeSpec[] = [];
  let turn = 0;
  companies.forEach((company, index) => {
    const count = 2 + (index % 3);
    const usedTitles = new Set<string>();
    const vars = {
      product: company.product,
      area: prefectureName(company.prefectureCode, "ja").replace(/[県府都]$/, ""),
      market: random.pick(markets),
      years: 2026 - company.foundedYear,
      town: company.municipality,
      founded: company.foundedYear,
    };
    const avoid = productless.has(company.industryCode) ? productCategories : [];
    for (let n = 0; n < count; n += 1) {
      let position = turn + random.int(0, 1);
      while (avoid.includes(categoryOrder[position % categoryOrder.length]!)) position += 1;
      const category = categoryOrder[position % categoryOrder.length]!;
      turn += 1;
      const text = texts[category];
      const titles = text.titles
        .map((title) => fill(title, vars))
        .filter((title) => !usedTitles.has(title));
      if (titles.length === 0) continue;
      const title = random.pick(titles);
      usedTitles.add(title);
      const { status, closeReason } = pickStatus(random);
      const required = random.sample(text.required, random.int(1, 2));
      const nice = random.sample(text.niceToHave, random.int(1, 3));
      specs.push({
        key: `${company.key}/${n + 1}`,
        companyKey: company.key,
        title,
        summary: fill(random.pick(text.summaries), vars),
        background: [
          fill(random.pick(intro), vars),
          ...random.sample(text.problems, 2).map((problem) => fill(problem, vars)),
          random.pick(closing),
        ].join(""),
        successCriteria: random.sample(text.success, 2).join(""),
        deliverables: random.sample(text.deliverables, random.int(2, 3)).join("、"),
        category,
        ...terms(random, category),
        prefectureCode: company.prefectureCode,
        municipality: company.municipality,
        status,
        closeReason,
        createdDaysAgo: createdDaysAgo(random, status),
        skills: [
          ...required.map((slug) => ({ slug, required: true })),
          ...nice.map((slug) => ({ slug, required: false })),
        ],
      });
    }
  });
  return specs;
}
