import type { ChallengeCategory } from "~/generated/prisma/enums";
import type { Locale } from "~/lib/i18n/locales";

/**
 * The scoping wizard's category templates: what a good challenge of each kind aims
 * for, what it delivers, who can do it and how such projects usually go wrong.
 * Typical skills are taxonomy names; the wizard offers only those the taxonomy knows.
 */
type Text = Record<Locale, string>;

export type CategoryTemplate = {
  exampleTitle: Text;
  exampleGoals: Text[];
  exampleDeliverables: Text[];
  typicalSkills: Text[];
  pitfalls: Text[];
};

export const categoryTemplates: Record<ChallengeCategory, CategoryTemplate> = {
  SALES_CHANNELS: {
    exampleTitle: {
      ja: "首都圏の百貨店・セレクトショップへの新規販路を開拓したい",
      en: "Open new sales channels with department stores and boutiques in Greater Tokyo",
    },
    exampleGoals: [
      {
        ja: "6か月で首都圏の取引先を3社以上獲得し、継続発注の見込みを立てる",
        en: "Win at least three new accounts in Greater Tokyo within six months, with repeat orders in sight",
      },
      {
        ja: "EC経由の売上を月50万円にし、自社で運営できる体制をつくる",
        en: "Reach ¥500,000 a month through e-commerce, run by our own staff",
      },
    ],
    exampleDeliverables: [
      { ja: "ターゲット顧客リストと商談資料", en: "A target account list and sales deck" },
      { ja: "卸価格・取引条件の設計書", en: "Wholesale pricing and terms" },
      { ja: "商談会・展示会への出展計画", en: "A trade-show plan" },
    ],
    typicalSkills: [
      { ja: "販路開拓", en: "Sales channel development" },
      { ja: "EC運営", en: "E-commerce operations" },
      { ja: "法人営業", en: "B2B sales" },
      { ja: "展示会出展", en: "Trade show exhibiting" },
    ],
    pitfalls: [
      {
        ja: "「売れる先を探してほしい」だけでは、成果の基準が曖昧になりがちです",
        en: "“Find us buyers” alone leaves nobody sure what success means",
      },
      {
        ja: "社内で商談を引き継ぐ担当者が決まっていないと、紹介先が途切れます",
        en: "Without someone in-house to follow up, introductions go nowhere",
      },
    ],
  },
  SALES_MARKETING: {
    exampleTitle: {
      ja: "問い合わせが増える Web マーケティングの仕組みをつくりたい",
      en: "Build web marketing that brings in enquiries",
    },
    exampleGoals: [
      {
        ja: "Webからの問い合わせを月5件から20件に増やす",
        en: "Grow web enquiries from 5 to 20 a month",
      },
      {
        ja: "営業活動を見える化し、受注率を把握できるようにする",
        en: "Make the sales pipeline visible so we know our win rate",
      },
    ],
    exampleDeliverables: [
      { ja: "ペルソナとカスタマージャーニー", en: "Personas and a customer journey" },
      {
        ja: "広告・SNS の運用計画と月次レポート",
        en: "An ads and social plan with monthly reports",
      },
      { ja: "営業管理の仕組み（SFA/CRM）", en: "A sales pipeline tool (SFA/CRM) set up" },
    ],
    typicalSkills: [
      { ja: "Webマーケティング", en: "Web marketing" },
      { ja: "SNSマーケティング", en: "Social media marketing" },
      { ja: "営業戦略", en: "Sales strategy" },
      { ja: "SFA導入", en: "Sales force automation" },
    ],
    pitfalls: [
      {
        ja: "施策の実行者が社内にいないまま戦略だけを求めると、計画で終わります",
        en: "A strategy with nobody in-house to carry it out stays on paper",
      },
      {
        ja: "効果測定の指標を最初に決めておかないと、評価ができません",
        en: "Agree the metrics first, or results cannot be judged",
      },
    ],
  },
  PRODUCTIVITY: {
    exampleTitle: {
      ja: "製造現場の段取り替え時間を短縮し、生産性を上げたい",
      en: "Cut changeover time on the shop floor and raise productivity",
    },
    exampleGoals: [
      {
        ja: "主要ラインの段取り替え時間を30％短縮する",
        en: "Cut changeover time on the main line by 30%",
      },
      {
        ja: "紙の日報をなくし、生産実績を毎日把握できるようにする",
        en: "Replace paper daily reports so output is known every day",
      },
    ],
    exampleDeliverables: [
      { ja: "現状の業務フロー図と課題一覧", en: "Current process maps and an issue list" },
      { ja: "改善計画と実施結果のレポート", en: "An improvement plan and results report" },
      { ja: "標準作業手順書", en: "Standard work instructions" },
    ],
    typicalSkills: [
      { ja: "生産管理", en: "Production management" },
      { ja: "業務改善", en: "Business process improvement" },
      { ja: "品質管理", en: "Quality control" },
      { ja: "トヨタ生産方式", en: "Lean manufacturing" },
    ],
    pitfalls: [
      {
        ja: "現場の理解がないまま進めると、改善策が定着しません",
        en: "Changes made without the shop floor on board do not stick",
      },
      {
        ja: "改善前の数値を測っていないと、効果を示せません",
        en: "Without a baseline, nobody can show the improvement",
      },
    ],
  },
  DX_IT: {
    exampleTitle: {
      ja: "受発注・在庫管理をクラウド化し、Excel 管理から脱却したい",
      en: "Move orders and inventory from spreadsheets to the cloud",
    },
    exampleGoals: [
      {
        ja: "受注から出荷までの情報を一つのシステムで管理し、転記作業をなくす",
        en: "Track orders to shipping in one system, with no re-keying",
      },
      {
        ja: "社員が自分でデータを見て判断できるダッシュボードを整える",
        en: "Give staff dashboards they can read and act on themselves",
      },
    ],
    exampleDeliverables: [
      { ja: "業務要件とシステム選定の比較表", en: "Requirements and a comparison of tools" },
      { ja: "導入計画（スケジュール・費用・体制）", en: "A rollout plan (schedule, cost, team)" },
      { ja: "社内向け操作マニュアルと研修", en: "User guides and staff training" },
    ],
    typicalSkills: [
      { ja: "DX推進", en: "Digital transformation" },
      { ja: "クラウド移行", en: "Cloud migration" },
      { ja: "kintone", en: "kintone" },
      { ja: "データ分析", en: "Data analysis" },
    ],
    pitfalls: [
      {
        ja: "ツール選びから始めると、業務に合わないシステムが残ります",
        en: "Starting from the tool leaves a system that does not fit the work",
      },
      {
        ja: "導入後に運用を担う社員を決めておかないと、元の Excel に戻ります",
        en: "Without an owner after go-live, people drift back to spreadsheets",
      },
    ],
  },
  NEW_BUSINESS: {
    exampleTitle: {
      ja: "自社の加工技術を活かした新規事業を立ち上げたい",
      en: "Launch a new business built on our machining know-how",
    },
    exampleGoals: [
      {
        ja: "6か月で新事業の仮説を検証し、試作品を3社に評価してもらう",
        en: "Test the idea within six months and have three customers assess a prototype",
      },
      {
        ja: "事業計画を作り、投資判断ができる状態にする",
        en: "Write a business plan the board can decide on",
      },
    ],
    exampleDeliverables: [
      { ja: "市場調査と顧客インタビューの結果", en: "Market research and customer interviews" },
      { ja: "事業計画書（収支計画を含む）", en: "A business plan with financials" },
      { ja: "試作品・テストマーケティングの結果", en: "Prototype and test-marketing results" },
    ],
    typicalSkills: [
      { ja: "新規事業開発", en: "New business development" },
      { ja: "事業計画策定", en: "Business planning" },
      { ja: "仮説検証", en: "Lean startup" },
      { ja: "市場調査", en: "Market research" },
    ],
    pitfalls: [
      {
        ja: "経営者の思いだけで進めると、顧客の声を聞かないまま作り込んでしまいます",
        en: "Driven by conviction alone, teams build before talking to customers",
      },
      {
        ja: "撤退の基準を決めておかないと、判断が先送りになります",
        en: "Without a stop rule, decisions keep being postponed",
      },
    ],
  },
  OVERSEAS: {
    exampleTitle: {
      ja: "自社製品の東南アジアへの輸出を始めたい",
      en: "Start exporting our products to Southeast Asia",
    },
    exampleGoals: [
      {
        ja: "対象国を1か国に絞り、現地の代理店候補と商談を始める",
        en: "Pick one country and start talks with local distributors",
      },
      { ja: "初回輸出の契約と物流の手配を終える", en: "Sign and ship the first export order" },
    ],
    exampleDeliverables: [
      { ja: "対象国の市場・規制調査", en: "Market and regulatory research for the country" },
      { ja: "英語の製品資料と価格表", en: "Product sheets and price list in English" },
      { ja: "輸出手続きの手順書", en: "An export procedure guide" },
    ],
    typicalSkills: [
      { ja: "海外営業", en: "Export sales" },
      { ja: "貿易実務", en: "Trade operations" },
      { ja: "英語", en: "English" },
      { ja: "越境EC", en: "Cross-border e-commerce" },
    ],
    pitfalls: [
      {
        ja: "対象国を広げすぎると、どの国でも成果が出ません",
        en: "Targeting too many countries at once wins none",
      },
      {
        ja: "認証・表示規制を後回しにすると、出荷直前で止まります",
        en: "Leaving certification and labelling rules until late stops the first shipment",
      },
    ],
  },
  PEOPLE_ORGANISATION: {
    exampleTitle: {
      ja: "次の管理職を育てる人事制度と研修をつくりたい",
      en: "Build an HR system and training that grow our next managers",
    },
    exampleGoals: [
      {
        ja: "評価制度を整え、全社員と面談できる仕組みを運用する",
        en: "Introduce appraisals and run reviews with every employee",
      },
      {
        ja: "若手の離職率を下げ、採用の定着を改善する",
        en: "Reduce early turnover among young hires",
      },
    ],
    exampleDeliverables: [
      { ja: "等級・評価・報酬制度の設計書", en: "Grading, appraisal and pay design" },
      { ja: "管理職研修のプログラムと実施", en: "A management training programme, delivered" },
      { ja: "採用・育成の年間計画", en: "A yearly hiring and development plan" },
    ],
    typicalSkills: [
      { ja: "人事制度設計", en: "HR system design" },
      { ja: "採用", en: "Recruitment" },
      { ja: "組織開発", en: "Organisational development" },
      { ja: "管理職育成", en: "Management training" },
    ],
    pitfalls: [
      {
        ja: "制度を作っても、運用する管理職の理解がないと形だけになります",
        en: "A system managers do not understand stays a formality",
      },
      {
        ja: "社員への説明なく進めると、不信感が生まれます",
        en: "Changes made without explaining them breed distrust",
      },
    ],
  },
  FINANCE: {
    exampleTitle: {
      ja: "設備投資に向けて資金調達と財務管理を強化したい",
      en: "Strengthen finance and raise funds for new equipment",
    },
    exampleGoals: [
      {
        ja: "月次決算を翌月10日までに締められるようにする",
        en: "Close the monthly books by the 10th of the following month",
      },
      {
        ja: "金融機関に説明できる事業計画を作り、融資・補助金を申請する",
        en: "Write a plan lenders understand and apply for loans or subsidies",
      },
    ],
    exampleDeliverables: [
      { ja: "資金繰り表と管理会計の仕組み", en: "Cash-flow forecasts and management accounts" },
      { ja: "金融機関向けの事業計画書", en: "A business plan for lenders" },
      { ja: "補助金の申請書類", en: "Subsidy applications" },
    ],
    typicalSkills: [
      { ja: "資金調達", en: "Fundraising" },
      { ja: "管理会計", en: "Management accounting" },
      { ja: "事業計画策定", en: "Business planning" },
      { ja: "月次決算", en: "Monthly closing" },
    ],
    pitfalls: [
      {
        ja: "経理担当者の業務量を考えないと、仕組みが回りません",
        en: "Ignoring the bookkeeper’s workload leaves the new process unused",
      },
      {
        ja: "補助金ありきの計画は、採択されなかったときに止まります",
        en: "Plans built on a subsidy stall when it is not granted",
      },
    ],
  },
  SUCCESSION: {
    exampleTitle: {
      ja: "後継者への事業承継を計画的に進めたい",
      en: "Plan the handover of the business to the next generation",
    },
    exampleGoals: [
      {
        ja: "承継の時期と手順を決め、社内外に説明できる計画にする",
        en: "Agree the timing and steps, in a plan staff and partners can follow",
      },
      {
        ja: "後継者が主要取引先・金融機関と関係を築けるようにする",
        en: "Introduce the successor to key customers and lenders",
      },
    ],
    exampleDeliverables: [
      { ja: "事業承継計画書", en: "A succession plan" },
      { ja: "株式・資産の承継方法の整理", en: "Options for transferring shares and assets" },
      { ja: "後継者の育成計画", en: "A development plan for the successor" },
    ],
    typicalSkills: [
      { ja: "事業承継", en: "Business succession" },
      { ja: "自社株対策", en: "Share transfer planning" },
      { ja: "M&A", en: "Mergers and acquisitions" },
      { ja: "経営戦略", en: "Business strategy" },
    ],
    pitfalls: [
      {
        ja: "現経営者と後継者の役割分担が曖昧なままだと、社内が混乱します",
        en: "Unclear roles between the owner and the successor confuse everyone",
      },
      {
        ja: "税務・法務の専門家との連携が遅れると、手続きに時間がかかります",
        en: "Bringing in tax and legal experts late slows everything down",
      },
    ],
  },
  BRANDING: {
    exampleTitle: {
      ja: "地域の老舗としてのブランドを再構築し、若い世代に届けたい",
      en: "Refresh our heritage brand for a younger audience",
    },
    exampleGoals: [
      {
        ja: "ブランドの核となる価値を言葉にし、全社で共有する",
        en: "Put the brand’s core values into words everyone in the company shares",
      },
      {
        ja: "新しいパッケージとWebサイトで20〜30代の購入者を増やす",
        en: "Grow buyers in their 20s and 30s with new packaging and a new website",
      },
    ],
    exampleDeliverables: [
      { ja: "ブランドコンセプトとガイドライン", en: "A brand concept and guidelines" },
      { ja: "パッケージ・ロゴのデザイン", en: "Packaging and logo design" },
      { ja: "Webサイト・SNS での発信計画", en: "A website and social media plan" },
    ],
    typicalSkills: [
      { ja: "ブランディング", en: "Branding" },
      { ja: "パッケージデザイン", en: "Package design" },
      { ja: "広報・PR", en: "Public relations" },
      { ja: "Webデザイン", en: "Web design" },
    ],
    pitfalls: [
      {
        ja: "デザインだけを変えても、商品や接客が伴わないと伝わりません",
        en: "New visuals without matching products and service fall flat",
      },
      {
        ja: "社内の意思決定者が多いと、案がまとまりません",
        en: "Too many decision-makers and no design gets approved",
      },
    ],
  },
  OTHER: {
    exampleTitle: {
      ja: "地域と連携した観光プログラムを企画したい",
      en: "Design a tourism programme with our local community",
    },
    exampleGoals: [
      {
        ja: "6か月で試行プログラムを2回実施し、参加者の評価を集める",
        en: "Run two pilot programmes within six months and collect feedback",
      },
      {
        ja: "継続できる運営体制と収支の見通しを立てる",
        en: "Set up a team and budget that can keep it going",
      },
    ],
    exampleDeliverables: [
      { ja: "企画書と実施計画", en: "A proposal and delivery plan" },
      { ja: "実施結果のレポート", en: "A results report" },
      { ja: "運営マニュアル", en: "An operations manual" },
    ],
    typicalSkills: [
      { ja: "プロジェクトマネジメント", en: "Project management" },
      { ja: "イベント企画", en: "Event planning" },
      { ja: "関係人口創出", en: "Building ties with non-residents" },
    ],
    pitfalls: [
      {
        ja: "何をもって成功とするかを決めないと、振り返りができません",
        en: "Without agreeing what success is, nobody can review the work",
      },
    ],
  },
};

/** A template in one language, ready to show. */
export function localizedTemplate(category: ChallengeCategory, locale: Locale) {
  const template = categoryTemplates[category];
  const pick = (items: Text[]) => items.map((item) => item[locale]);
  return {
    exampleTitle: template.exampleTitle[locale],
    exampleGoals: pick(template.exampleGoals),
    exampleDeliverables: pick(template.exampleDeliverables),
    typicalSkills: pick(template.typicalSkills),
    pitfalls: pick(template.pitfalls),
  };
}
