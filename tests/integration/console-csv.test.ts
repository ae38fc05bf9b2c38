import { beforeAll, describe, expect, it } from "vitest";
import { parseCsv } from "~/modules/imports/csv";
import * as kpisCsvRoute from "~/routes/console.kpis[.]csv";
import * as matchesCsvRoute from "~/routes/console.matches[.]csv";
import { resetDatabase } from "../support/database";
import { seedConsoleMarket, type ConsoleMarket } from "../support/console";
import { callRoute, sessionCookie } from "../support/routes";
import { createTestUser } from "../support/users";

/**
 * The CSV downloads as Excel in Japan opens them: a UTF-8 byte order mark, CRLF after
 * every record, fields quoted when they need it — parsed back into the right columns.
 */
let market: ConsoleMarket;

beforeAll(async () => {
  await resetDatabase();
  market = await seedConsoleMarket();
});

async function download(handler: typeof kpisCsvRoute.loader, path: string, cookie: string) {
  const outcome = await callRoute(handler, { path, cookie });
  expect(outcome.status).toBe(200);
  const response = outcome.response!;
  const bytes = new Uint8Array(await response.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
  expect(text.startsWith("\uFEFF")).toBe(true);
  const body = text.slice(1);
  expect(body.endsWith("\r\n")).toBe(true);
  expect(body.replaceAll("\r\n", "")).not.toMatch(/[\r\n]/);
  const parsed = parseCsv(body);
  if (!parsed.ok) throw new Error(`unparsable CSV at row ${parsed.row}`);
  return { response, rows: parsed.records.map((record) => record.cells) };
}

describe("/console/kpis.csv", () => {
  it("one row per month with a column per KPI, then the total", async () => {
    const { response, rows } = await download(
      kpisCsvRoute.loader,
      "/console/kpis.csv?from=2026-04&to=2026-05",
      market.coordinatorNagano.cookie,
    );
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    expect(response.headers.get("Content-Disposition")).toMatch(
      /^attachment; filename="kpis-months-2026-04-2026-05-\d{8}\.csv"$/,
    );
    expect(rows).toEqual([
      [
        "月",
        "相談件数",
        "課題の公開",
        "紹介",
        "応募",
        "カジュアル面談の申込",
        "スカウト",
        "成約件数",
        "完了",
        "リピート成約",
      ],
      ["2026-04", "1", "1", "1", "1", "0", "0", "0", "0", "0"],
      ["2026-05", "1", "1", "0", "0", "1", "0", "2", "1", "1"],
      ["合計", "2", "2", "1", "1", "1", "0", "2", "1", "1"],
    ]);
  });

  it("the breakdowns, for the viewer's prefectures only", async () => {
    const prefectures = await download(
      kpisCsvRoute.loader,
      "/console/kpis.csv?from=2026-04&to=2026-05&table=prefectures",
      market.coordinatorKochi.cookie,
    );
    expect(prefectures.rows.map((row) => row.slice(0, 2))).toEqual([
      ["都道府県", "相談件数"],
      ["高知県", "1"],
      ["合計", "1"],
    ]);
    const categories = await download(
      kpisCsvRoute.loader,
      "/console/kpis.csv?from=2026-04&to=2026-05&table=categories",
      market.admin.cookie,
    );
    const overseas = categories.rows.find((row) => row[0] === "海外展開");
    expect(overseas?.slice(0, 4)).toEqual(["海外展開", "1", "1", "1"]);
  });
});

describe("/console/matches.csv", () => {
  it("the region's matches with the right columns; anonymous professionals stay anonymous", async () => {
    const { response, rows } = await download(
      matchesCsvRoute.loader,
      "/console/matches.csv",
      market.coordinatorNagano.cookie,
    );
    expect(response.headers.get("Content-Disposition")).toMatch(
      /^attachment; filename="matches-\d{8}\.csv"$/,
    );
    const [header, ...records] = rows;
    expect(header).toEqual([
      "マッチングID",
      "課題",
      "企業",
      "都道府県",
      "カテゴリ",
      "プロ人材",
      "きっかけ",
      "段階",
      "開始日",
      "成約日",
      "完了日",
      "補助制度",
      "紹介したコーディネーター",
    ]);
    const byId = new Map(records.map((record) => [record[0], record]));
    expect([...byId.keys()].sort()).toEqual(
      [
        market.matches.m1,
        market.matches.m2,
        market.matches.m3,
        market.matches.m4,
        market.matches.m5,
      ]
        .map((match) => match.id)
        .sort(),
    );
    expect(byId.get(market.matches.m1.id)).toEqual([
      market.matches.m1.id,
      "受発注のDX",
      "信州テスト工業",
      "長野県",
      "DX・IT導入",
      "公開 一郎",
      "コーディネーターの紹介",
      "成約",
      "2026-04-05",
      "2026-05-01",
      "",
      "",
      "長野 コーディ",
    ]);
    // m2's dates are the last second of May in Japan.
    expect(byId.get(market.matches.m2.id)?.slice(9, 11)).toEqual(["2026-05-31", "2026-05-31"]);
    // m3: an anonymous professional who has not agreed: the summary, never the name.
    const m3 = byId.get(market.matches.m3.id)!;
    expect(m3[5]).not.toContain("匿名 二郎");
    expect(m3[5]!.length).toBeGreaterThan(0);
    expect(rows.flat().join(",")).not.toContain("匿名 二郎");
  });

  it("in English for an English-speaking viewer", async () => {
    const admin = await createTestUser({ role: "ADMIN", locale: "en" });
    const { rows } = await download(
      matchesCsvRoute.loader,
      "/console/matches.csv?prefecture=39",
      await sessionCookie(admin.id),
    );
    expect(rows[0]!.slice(0, 4)).toEqual(["Match ID", "Challenge", "Company", "Prefecture"]);
    expect(rows.slice(1).map((row) => [row[0], row[3], row[6], row[7]])).toEqual([
      [market.matches.m6.id, "Kochi", "Coordinator's introduction", "Contracted"],
    ]);
  });
});
