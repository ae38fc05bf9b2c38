/**
 * Demo data of the prefecture centres: which prefectures the demo coordinators cover,
 * the support schemes they maintain, and consultations (相談) with the named companies.
 */
import type { DemoAccountKey, DemoCompanyKey } from "../demo-accounts";
import { demoId, shiftDays } from "./random";

export const coordinatorRegions: Array<{ coordinator: DemoAccountKey; prefectures: string[] }> = [
  { coordinator: "coordinatorNagano", prefectures: ["20"] },
  { coordinator: "coordinatorKochi", prefectures: ["39"] },
];

export const subsidySchemes = [
  {
    key: "nagano-travel",
    prefectureCode: "20",
    name: "長野県プロフェッショナル人材 交通費補助",
    description:
      "県外在住のプロ人材が県内企業を訪問する際の交通費を、1回あたり上限2万円まで補助します（年度内10回まで）。",
    coverage: "TRAVEL",
    maxAmountYen: 20_000,
    url: "https://www.pref.nagano.example.jp/pro-jinzai/travel",
  },
  {
    key: "nagano-fee",
    prefectureCode: "20",
    name: "副業・兼業人材活用 報酬補助",
    description:
      "拠点の紹介で副業・兼業人材と契約した企業に、報酬の2分の1（上限50万円）を補助します。",
    coverage: "FEE",
    maxAmountYen: 500_000,
    url: "https://www.pref.nagano.example.jp/pro-jinzai/fee",
  },
  {
    key: "kochi-fee",
    prefectureCode: "39",
    name: "高知県 外部人材活用支援事業",
    description: "県内中小企業が外部のプロ人材を活用する経費の3分の2を補助します（上限30万円）。",
    coverage: "FEE",
    maxAmountYen: 300_000,
    url: "https://www.pref.kochi.example.jp/gaibu-jinzai",
  },
] as const;

export const consultations: Array<{
  key: string;
  company: DemoCompanyKey;
  coordinator: DemoAccountKey;
  daysAgo: number;
  topic: string;
  outcome: "CHALLENGE_DRAFTED" | "FOLLOW_UP" | "REFERRED" | "NO_NEED";
  note: string;
}> = [
  {
    key: "shinshu-1",
    company: "shinshu",
    coordinator: "coordinatorNagano",
    daysAgo: 60,
    topic: "生産管理の刷新とIoT化の進め方",
    outcome: "CHALLENGE_DRAFTED",
    note: "社長・工場長と面談。紙の作業日報が課題。課題票の下書きを一緒に作成。",
  },
  {
    key: "shinshu-2",
    company: "shinshu",
    coordinator: "coordinatorNagano",
    daysAgo: 12,
    topic: "東南アジア向け販路の相談",
    outcome: "FOLLOW_UP",
    note: "ジェトロの支援策も紹介。来月、輸出経験のある人材の候補を提案予定。",
  },
  {
    key: "azumino-1",
    company: "azumino",
    coordinator: "coordinatorNagano",
    daysAgo: 45,
    topic: "インバウンド集客と予約導線",
    outcome: "CHALLENGE_DRAFTED",
    note: "海外OTA依存を下げたい。Webマーケティングの課題として整理。",
  },
  {
    key: "tosa-1",
    company: "tosa",
    coordinator: "coordinatorKochi",
    daysAgo: 30,
    topic: "自社ECの立ち上げ",
    outcome: "CHALLENGE_DRAFTED",
    note: "首都圏の百貨店催事の実績あり。EC運営の経験者を希望。",
  },
  {
    key: "tosa-2",
    company: "tosa",
    coordinator: "coordinatorKochi",
    daysAgo: 5,
    topic: "HACCP対応工場の資金計画",
    outcome: "REFERRED",
    note: "よろず支援拠点と金融機関に紹介。",
  },
];

export function subsidyRows(anchor: Date) {
  return subsidySchemes.map((scheme) => ({
    id: demoId("subsidy", scheme.key),
    prefectureCode: scheme.prefectureCode,
    name: scheme.name,
    description: scheme.description,
    coverage: scheme.coverage,
    maxAmountYen: scheme.maxAmountYen,
    url: scheme.url,
    startsOn: shiftDays(anchor, -240),
    endsOn: shiftDays(anchor, 125),
    active: true,
  }));
}

export function consultationRows(
  anchor: Date,
  companyIdOf: (key: DemoCompanyKey) => string,
  coordinatorIdOf: (key: DemoAccountKey) => string | null,
) {
  return consultations.map((consultation) => ({
    id: demoId("consultation", consultation.key),
    companyId: companyIdOf(consultation.company),
    coordinatorId: coordinatorIdOf(consultation.coordinator),
    heldOn: shiftDays(anchor, -consultation.daysAgo),
    topic: consultation.topic,
    outcome: consultation.outcome,
    note: consultation.note,
  }));
}
