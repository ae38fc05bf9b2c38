import { beforeAll, describe, expect, it } from "vitest";
import * as challengesPage from "~/routes/challenges._index";
import * as prosPage from "~/routes/pros._index";
import type { ChallengeSearchData } from "~/modules/discovery/challenge-search";
import type { ProfessionalSearchData } from "~/modules/discovery/professional-search";
import { resetDatabase } from "../support/database";
import {
  call,
  insertChallenge,
  openTitles,
  seedChallengeMarket,
  seedProfileMarket,
} from "../support/discovery";
import { reindexAll } from "~/modules/search/reindex.server";

/** The search pages' loaders over real SQLite and the real embedded engine. */

async function challenges(query = "") {
  const result = await call(challengesPage.loader, `/challenges${query}`);
  expect(result.status).toBe(200);
  return result.body as ChallengeSearchData & { canonicalUrl: string };
}

const titles = (data: { items: Array<{ title: string }> }) => data.items.map((item) => item.title);
const counts = (data: ChallengeSearchData, facet: string) =>
  Object.fromEntries((data.facets[facet] ?? []).map((entry) => [entry.value, entry.count]));

describe("/challenges", () => {
  let companyId = "";
  beforeAll(async () => {
    await resetDatabase();
    companyId = (await seedChallengeMarket()).company.id;
  });

  it("lists OPEN challenges only, newest first without keywords", async () => {
    const data = await challenges();
    expect(data.total).toBe(openTitles.length);
    expect(titles(data)).toEqual(openTitles);
    expect(data.sort).toBe("newest");
    expect(data.canonicalUrl).toBe("http://localhost:3000/challenges");
  });

  it("finds by a Japanese keyword through synonyms, with the match marked", async () => {
    const data = await challenges("?q=営業");
    expect(titles(data)).toEqual(["セールス体制を立て直したい"]);
    const title = data.items[0]!.highlights.title!;
    expect(title.filter((segment) => segment.match).map((segment) => segment.text)).toEqual([
      "セールス",
    ]);
    expect(title.map((segment) => segment.text).join("")).toBe("セールス体制を立て直したい");
    // Drafts and closed challenges that say セールス are never found.
    expect(data.total).toBe(1);
  });

  it("finds part of a compound and half-width katakana", async () => {
    expect(titles(await challenges("?q=販路"))).toContain("首都圏への販路開拓");
    expect(titles(await challenges(`?q=${encodeURIComponent("ﾃﾞｼﾞﾀﾙ")}`))).toEqual([
      "受発注のデジタル化",
    ]);
  });

  it("filters by every facet and counts the values of each", async () => {
    const nagano = await challenges("?pref=20");
    expect(new Set(titles(nagano))).toEqual(
      new Set(["セールス体制を立て直したい", "受発注のデジタル化"]),
    );
    // A facet with a selection counts the alternatives: the other prefectures still show.
    expect(counts(nagano, "prefecture")).toMatchObject({ "20": 2, "39": 1, "15": 1, "13": 1 });
    expect(counts(nagano, "category")).toEqual({ SALES_MARKETING: 1, DX_IT: 1 });

    const chubu = await challenges("?region=chubu");
    expect(chubu.total).toBe(3);
    expect(counts(chubu, "region")).toMatchObject({ chubu: 3, shikoku: 1, kanto: 1 });

    expect(titles(await challenges("?category=SALES_CHANNELS&style=REMOTE"))).toEqual([
      "ECサイトの立ち上げ",
    ]);
    expect(new Set(titles(await challenges("?engagement=PRO_BONO&engagement=CONTRACT")))).toEqual(
      new Set([
        "ECサイトの立ち上げ",
        "受発注のデジタル化",
        "Python でデータ分析の仕組みを作る",
        "セールス体制を立て直したい",
      ]),
    );
    const remote = await challenges("?remote=1");
    expect(remote.total).toBe(4);
    expect(counts(remote, "remoteOk")).toMatchObject({ true: 4 });
    // 400,000 and 600,000 a month, and 5,000 × 10 h × 4.33 = 216,500 is below.
    expect(new Set(titles(await challenges("?payMin=300000")))).toEqual(
      new Set(["セールス体制を立て直したい", "Python でデータ分析の仕組みを作る"]),
    );
    const all = await challenges();
    expect(counts(all, "payBand")).toEqual({
      "100kTo300k": 2,
      "300kTo500k": 1,
      "500kPlus": 1,
      none: 1,
    });
  });

  it("sorts by deadline and by newest, and relevance with keywords", async () => {
    expect(titles(await challenges("?sort=deadline")).slice(0, 3)).toEqual([
      "Python でデータ分析の仕組みを作る",
      "首都圏への販路開拓",
      "セールス体制を立て直したい",
    ]);
    expect(titles(await challenges("?sort=newest"))).toEqual(openTitles);
    const relevance = await challenges("?q=販路");
    expect(relevance.sort).toBe("relevance");
    expect(titles(relevance)[0]).toBe("首都圏への販路開拓");
  });

  it("pages by 20 and clamps a page beyond the end", async () => {
    for (let index = 0; index < 20; index += 1) {
      await insertChallenge(companyId, { title: `追加の課題${index}`, daysAgo: 10 + index });
    }
    await reindexAll();
    const first = await challenges();
    expect(first).toMatchObject({ total: 25, page: 1, pageCount: 2 });
    expect(first.items).toHaveLength(20);
    const second = await challenges("?page=2");
    expect(second.items).toHaveLength(5);
    expect(second.canonicalUrl).toBe("http://localhost:3000/challenges?page=2");
    const beyond = await challenges("?page=9");
    expect(beyond.page).toBe(2);
    expect(beyond.items.map((item) => item.id)).toEqual(second.items.map((item) => item.id));
  });

  it("shows invalid parameters as errors next to their controls and still searches", async () => {
    const data = await challenges("?pref=99&category=DX_IT&sort=cheap&payMin=abc&prefecture=20");
    expect(data.errors).toEqual({
      pref: ["search.errors.prefecture"],
      sort: ["search.errors.sort"],
      payMin: ["search.errors.pay"],
    });
    expect(data.params.category).toEqual(["DX_IT"]);
    expect(data.total).toBeGreaterThan(0);
    expect(data.items.every((item) => item.category === "DX_IT")).toBe(true);
  });

  it("sends a plain form's blank fields away, keeping the rest", async () => {
    const result = await call(
      challengesPage.loader,
      "/challenges?q=&region=chubu&payMin=&sort=relevance",
    );
    expect(result.status).toBe(302);
    expect(result.location).toBe("/challenges?region=chubu");
  });

  it("reads the old list's parameter names", async () => {
    const data = await challenges("?prefecture=39");
    expect(data.params.pref).toEqual(["39"]);
    expect(titles(data)).toEqual(["首都圏への販路開拓"]);
  });
});

describe("/pros", () => {
  let market: Awaited<ReturnType<typeof seedProfileMarket>>;
  beforeAll(async () => {
    await resetDatabase();
    market = await seedProfileMarket();
  });

  async function pros(cookie: string, query = "") {
    const result = await call(prosPage.loader, `/pros${query}`, { cookie });
    expect(result.status).toBe(200);
    return result.body as ProfessionalSearchData;
  }

  it("shows visible profiles: the anonymous one by its summary, never its name", async () => {
    const data = await pros(market.cookieA);
    const { publicPro, signedIn, anonymous, hidden } = market.profiles;
    expect(new Set(data.items.map((item) => item.id))).toEqual(
      new Set([publicPro.profile.id, signedIn.profile.id, anonymous.profile.id]),
    );
    const shown = data.items.find((item) => item.id === anonymous.profile.id)!;
    expect(shown).toMatchObject({ view: "anonymous", name: null, summary: "IT企業勤務" });
    const text = JSON.stringify(data);
    expect(text).not.toContain("匿名 三郎");
    expect(text).not.toContain(hidden.profile.id);
    expect(data.items.find((item) => item.id === publicPro.profile.id)).toMatchObject({
      view: "full",
      name: "公開 花子",
    });
  });

  it("never finds an anonymous profile by its owner's name or employer", async () => {
    expect((await pros(market.cookieA, `?q=${encodeURIComponent("匿名 三郎")}`)).total).toBe(0);
    expect((await pros(market.cookieA, `?q=${encodeURIComponent("B株式会社")}`)).total).toBe(0);
    expect((await pros(market.cookieA, "?q=マーケティング")).items.map((item) => item.id)).toEqual([
      market.profiles.anonymous.profile.id,
    ]);
  });

  it("leaves out profiles that block one of the viewer's companies, in results and counts", async () => {
    const data = await pros(market.cookieB);
    expect(data.items.map((item) => item.id)).toEqual([market.profiles.publicPro.profile.id]);
    expect(data.total).toBe(1);
    expect(JSON.stringify(data.facets)).not.toContain("shikoku");
  });

  it("filters by region of interest or tie, engagement, style and hours; highlights the headline", async () => {
    const { publicPro, signedIn, anonymous } = market.profiles;
    expect((await pros(market.cookieA, "?pref=20")).items.map((item) => item.id)).toEqual([
      publicPro.profile.id,
    ]);
    expect(
      (await pros(market.cookieA, "?region=shikoku&tie=1")).items.map((item) => item.id),
    ).toEqual([signedIn.profile.id]);
    expect(
      new Set((await pros(market.cookieA, "?style=REMOTE")).items.map((item) => item.id)),
    ).toEqual(new Set([publicPro.profile.id, anonymous.profile.id]));
    expect((await pros(market.cookieA, "?hoursMin=15")).items.map((item) => item.id)).toEqual([
      anonymous.profile.id,
    ]);
    const found = await pros(market.cookieA, "?q=営業");
    expect(found.items.map((item) => item.id)).toEqual([publicPro.profile.id]);
    expect(found.items[0]!.highlights.headline!.some((segment) => segment.match)).toBe(true);
  });

  it("reports invalid parameters instead of failing", async () => {
    const data = await pros(market.cookieA, "?hoursMin=200&engagement=NOPE");
    expect(data.errors).toEqual({
      hoursMin: ["search.errors.hours"],
      engagement: ["search.errors.engagement"],
    });
    expect(data.total).toBe(3);
  });
});
