import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import type { Viewer } from "~/modules/professionals/visibility";
import { challengeSearchSchema, professionalSearchSchema } from "~/modules/search/params";
import {
  searchChallenges,
  searchProfessionals,
  suggest,
  type HighlightSegment,
} from "~/modules/search/query.server";
import { createTestChallenge } from "../support/challenges";
import { resetDatabase } from "../support/database";
import { createTestCompany, createTestSkills } from "../support/market";
import { createTestProfile } from "../support/professionals";
import { indexEverything, resetSearchIndex } from "../support/search";
import { createTestUser } from "../support/users";

/**
 * Relevance and visibility through the query services, against the real embedded
 * engine and realistic rows: what pages, the API and digests get.
 */

const ids: Record<string, string> = {};
let companyA = "";
let companyB = "";
let memberA: NonNullable<Viewer>;
let memberB: NonNullable<Viewer>;
let coordinator: NonNullable<Viewer>;
let admin: NonNullable<Viewer>;
let professional: NonNullable<Viewer>;

beforeAll(async () => {
  await resetDatabase();
  await resetSearchIndex();
  const a = await createTestCompany({ name: "信州精密工業", prefectureCode: "20" });
  const b = await createTestCompany({ name: "土佐ゆず食品", prefectureCode: "39" });
  companyA = a.company.id;
  companyB = b.company.id;
  const [python, salesSkill, ec] = await createTestSkills([
    { ja: "Python", en: "Python", aliases: ["パイソン"] },
    { ja: "法人営業", en: "B2B sales" },
    { ja: "ECサイト運営", en: "E-commerce operations", aliases: ["ネットショップ運営"] },
  ]);

  const challenge = async (
    key: string,
    fields: Parameters<typeof createTestChallenge>[1] & {
      summary?: string;
      background?: string;
      compensationType?: "MONTHLY" | "HOURLY" | "NONE";
      compensationMax?: number | null;
      workStyle?: "REMOTE" | "HYBRID" | "ONSITE";
      applicationDeadline?: Date;
    },
    companyId = companyA,
  ) => {
    const { summary, background, compensationType, compensationMax, workStyle, ...rest } = fields;
    const row = await createTestChallenge(companyId, rest);
    await db.challenge.update({
      where: { id: row.id },
      data: {
        ...(summary ? { summary } : {}),
        ...(background ? { background } : {}),
        ...(compensationType ? { compensationType } : {}),
        ...(compensationMax !== undefined ? { compensationMax } : {}),
        ...(workStyle ? { workStyle } : {}),
        ...(fields.applicationDeadline ? { applicationDeadline: fields.applicationDeadline } : {}),
      },
    });
    ids[key] = row.id;
  };
  const day = (n: number) => new Date(Date.UTC(2026, 0, n));
  await challenge("sales", {
    title: "セールスチームを一から立ち上げたい",
    summary: "法人向けの新規開拓を担う仕組みを作りたい",
    background: "社長ひとりが受注を取ってきています。",
    category: "SALES_CHANNELS",
    publishedAt: day(10),
    applicationDeadline: day(40),
    workStyle: "ONSITE",
    compensationMax: 600_000,
  });
  await challenge(
    "marketing",
    {
      title: "地元食品のマーケティング強化",
      summary: "SNS と EC で県外のファンを増やしたい",
      category: "BRANDING",
      prefectureCode: "39",
      publishedAt: day(12),
      applicationDeadline: day(20),
      workStyle: "REMOTE",
    },
    companyB,
  );
  await challenge(
    "channels",
    {
      title: "県外への販路開拓",
      summary: "首都圏の百貨店と取引を始めたい",
      category: "SALES_CHANNELS",
      prefectureCode: "39",
      publishedAt: day(14),
      compensationType: "NONE",
      compensationMax: null,
    },
    companyB,
  );
  await challenge("python", {
    title: "需要予測モデルを作りたい",
    summary: "過去の受注データから来月の生産量を決めたい",
    category: "DX_IT",
    publishedAt: day(16),
    requiredSkillIds: [python!.id],
  });
  await challenge("draft", { title: "セールス資料の下書き", status: "DRAFT" });
  await challenge("closed", { title: "販路開拓の旧案件", status: "CLOSED" });

  const userFor = async (
    role: "COMPANY_MEMBER" | "COORDINATOR" | "ADMIN" | "PROFESSIONAL",
    companyIds: string[] = [],
  ) => {
    const user = await createTestUser({ role });
    return { userId: user.id, role, companyIds };
  };
  memberA = { userId: a.ownerId, role: "COMPANY_MEMBER", companyIds: [companyA] };
  memberB = { userId: b.ownerId, role: "COMPANY_MEMBER", companyIds: [companyB] };
  coordinator = await userFor("COORDINATOR");
  admin = await userFor("ADMIN");
  professional = await userFor("PROFESSIONAL");

  const profile = async (
    key: string,
    options: Parameters<typeof createTestProfile>[0],
    extra: { bio?: string; regions?: string[]; skillIds?: string[] } = {},
  ) => {
    const { profile: row } = await createTestProfile(options);
    if (extra.bio)
      await db.professionalProfile.update({ where: { id: row.id }, data: { bio: extra.bio } });
    for (const prefectureCode of extra.regions ?? []) {
      await db.profileRegion.create({ data: { profileId: row.id, prefectureCode } });
    }
    for (const skillId of extra.skillIds ?? []) {
      await db.profileSkill.create({
        data: { profileId: row.id, skillId, years: 8, level: "EXPERT" },
      });
    }
    ids[key] = row.id;
  };
  await profile(
    "public",
    {
      name: "山田 太郎",
      visibility: "PUBLIC",
      headline: "製造業のDX推進",
      currentEmployer: "株式会社ひみつ",
    },
    { regions: ["20"], skillIds: [python!.id] },
  );
  await profile(
    "anonymous",
    {
      name: "鈴木 一郎",
      visibility: "ANONYMOUS",
      headline: "経理の仕組み化と法人営業",
      currentEmployer: "秘密商事株式会社",
      currentIndustryCode: "I",
      links: [{ label: "note", url: "https://note.example.jp/suzuki" }],
    },
    { bio: "鈴木商店の経理部で15年働いています。", regions: ["13"], skillIds: [salesSkill!.id] },
  );
  await profile(
    "hidden",
    {
      name: "隠岐 花子",
      visibility: "HIDDEN",
      headline: "人事制度の設計",
    },
    { regions: ["32"] },
  );
  await profile(
    "blocksA",
    {
      name: "高橋 次郎",
      visibility: "SIGNED_IN",
      headline: "ネットショップの売上改善",
      currentEmployer: "信州精密工業",
      blockedCompanyIds: [companyA],
    },
    { regions: ["47"], skillIds: [ec!.id] },
  );
  await indexEverything();
});

const challengesFor = (input: Record<string, unknown>, since?: Date) =>
  searchChallenges(challengeSearchSchema.parse(input), { locale: "ja", since });
const titlesFor = async (input: Record<string, unknown>) =>
  (await challengesFor(input)).items.map((item) => item.title);
const pros = (viewer: Viewer, input: Record<string, unknown>) =>
  searchProfessionals(professionalSearchSchema.parse(input), viewer, { locale: "ja" });
const proIds = async (viewer: Viewer, input: Record<string, unknown>) =>
  (await pros(viewer, input)).items.map((item) => item.id);
const marked = (segments: HighlightSegment[] | undefined) =>
  (segments ?? []).filter((segment) => segment.match).map((segment) => segment.text);

describe("challenge search finds what people mean", () => {
  it("営業 finds a challenge that says セールス, and highlights it", async () => {
    const result = await challengesFor({ q: "営業" });
    expect(result.items.map((item) => item.id)).toEqual([ids.sales]);
    expect(marked(result.items[0]!.highlights.title)).toEqual(["セールス"]);
  });

  it("half-width ﾏｰｹﾃｨﾝｸﾞ finds マーケティング", async () => {
    expect(await titlesFor({ q: "ﾏｰｹﾃｨﾝｸﾞ" })).toEqual(["地元食品のマーケティング強化"]);
  });

  it("販路 finds 販路開拓 (open challenges only)", async () => {
    expect(await titlesFor({ q: "販路" })).toEqual(["県外への販路開拓"]);
  });

  it("pyhton finds Python", async () => {
    expect(await titlesFor({ q: "pyhton" })).toEqual(["需要予測モデルを作りたい"]);
  });

  it("never shows drafts or closed challenges", async () => {
    const all = await challengesFor({});
    expect(all.total).toBe(4);
    expect(all.items.map((item) => item.id)).not.toContain(ids.draft);
    expect(all.items.map((item) => item.id)).not.toContain(ids.closed);
  });

  it("finds by the company's name and place", async () => {
    expect(await titlesFor({ q: "土佐ゆず食品 販路" })).toEqual(["県外への販路開拓"]);
  });
});

describe("challenge filters, facets and sorting", () => {
  it("filters by region, prefecture, category, remote work and pay", async () => {
    expect((await challengesFor({ region: "shikoku" })).total).toBe(2);
    expect((await challengesFor({ pref: "20", category: "DX_IT" })).items.map((i) => i.id)).toEqual(
      [ids.python],
    );
    // REMOTE or HYBRID (the fixtures' default); the on-site one is left out.
    expect((await challengesFor({ remote: "1" })).items.map((i) => i.id).sort()).toEqual(
      [ids.marketing, ids.channels, ids.python].sort(),
    );
    expect((await challengesFor({ payMin: "500000" })).items.map((i) => i.id)).toEqual([ids.sales]);
  });

  it("counts facet values over the matches", async () => {
    const { facets } = await challengesFor({});
    expect(facets.region).toEqual([
      { value: "chubu", count: 2 },
      { value: "shikoku", count: 2 },
    ]);
    expect(facets.payBand).toEqual([
      { value: "300kTo500k", count: 2 },
      { value: "500kPlus", count: 1 },
      { value: "none", count: 1 },
    ]);
    expect(facets.remoteOk).toEqual([
      { value: "true", count: 3 },
      { value: "false", count: 1 },
    ]);
  });

  it("sorts by newest and by deadline, and pages", async () => {
    expect((await challengesFor({ sort: "newest" })).items.map((i) => i.id)).toEqual([
      ids.python,
      ids.channels,
      ids.marketing,
      ids.sales,
    ]);
    const byDeadline = (await challengesFor({ sort: "deadline" })).items.map((i) => i.id);
    expect(byDeadline.slice(0, 2)).toEqual([ids.marketing, ids.sales]);
    const page2 = await searchChallenges(challengeSearchSchema.parse({ page: "2" }), {
      locale: "ja",
      hitsPerPage: 3,
    });
    expect(page2).toMatchObject({ total: 4, page: 2, pageCount: 2, hitsPerPage: 3 });
    expect(page2.items).toHaveLength(1);
  });

  it("keeps only challenges published after `since` (digests)", async () => {
    const since = new Date(Date.UTC(2026, 0, 13));
    expect((await challengesFor({}, since)).items.map((i) => i.id).sort()).toEqual(
      [ids.channels, ids.python].sort(),
    );
  });

  it("returns what the card shows, read from the database", async () => {
    const [item] = (await challengesFor({ q: "販路" })).items;
    expect(item).toMatchObject({
      id: ids.channels,
      title: "県外への販路開拓",
      category: "SALES_CHANNELS",
      prefectureCode: "39",
      engagementTypes: ["SIDE_JOB", "CONTRACT"],
      payMonthlyMax: 0,
      company: { id: companyB, name: "土佐ゆず食品" },
    });
  });
});

describe("professional search obeys visibility", () => {
  it("never finds an anonymous profile by its owner's name, employer or bio", async () => {
    for (const viewer of [coordinator, memberA, memberB]) {
      for (const q of ["鈴木", "一郎", "秘密商事", "鈴木商店", "note.example.jp"]) {
        expect(await proIds(viewer, { q }), `${viewer.role} ${q}`).toEqual([]);
      }
    }
  });

  it("shows an anonymous profile as its summary, never its name", async () => {
    const result = await pros(coordinator, { q: "経理" });
    expect(result.items).toHaveLength(1);
    const [item] = result.items;
    expect(item).toMatchObject({ id: ids.anonymous, view: "anonymous", name: null });
    expect(item!.summary).toContain("法人営業");
    expect(item!.highlights.snippet).toBeUndefined();
    expect(JSON.stringify(result)).not.toContain("鈴木");
    expect(JSON.stringify(result)).not.toContain("秘密商事");
  });

  it("finds a visible profile by name and shows it in full", async () => {
    const result = await pros(memberB, { q: "山田" });
    expect(result.items).toMatchObject([{ id: ids.public, view: "full", name: "山田 太郎" }]);
  });

  it("a blocked company never sees the profile, in results or facet counts", async () => {
    expect(await proIds(memberA, { q: "ネットショップ" })).toEqual([]);
    expect(await proIds(memberA, { q: "高橋" })).toEqual([]);
    const seenByA = await pros(memberA, {});
    expect(seenByA.items.map((item) => item.id)).not.toContain(ids.blocksA);
    expect(seenByA.facets.regions.map((facet) => facet.value)).not.toContain("47");
    // Everyone else who may see it does.
    expect(await proIds(memberB, { q: "ネットショップ" })).toEqual([ids.blocksA]);
    const seenByB = await pros(memberB, {});
    expect(seenByB.facets.regions).toContainEqual({ value: "47", count: 1 });
  });

  it("never finds a HIDDEN profile, not even for admins", async () => {
    for (const viewer of [coordinator, memberA, admin, null]) {
      expect(await proIds(viewer, { q: "人事" })).toEqual([]);
      expect(await proIds(viewer, { pref: "32" })).toEqual([]);
    }
  });

  it("shows professionals and visitors public profiles only", async () => {
    expect(await proIds(professional, {})).toEqual([ids.public]);
    expect(await proIds(null, {})).toEqual([ids.public]);
    expect(await proIds(null, { q: "経理" })).toEqual([]);
  });

  it("filters by place of interest and skills; facets count the visible matches", async () => {
    expect(await proIds(coordinator, { pref: "13" })).toEqual([ids.anonymous]);
    expect(await proIds(coordinator, { q: "pyhton" })).toEqual([ids.public]);
    const { facets, total } = await pros(coordinator, {});
    expect(total).toBe(3);
    expect(facets.regions).toEqual([
      { value: "13", count: 1 },
      { value: "20", count: 1 },
      { value: "47", count: 1 },
    ]);
  });
});

describe("autocomplete", () => {
  it("suggests skills and open challenge titles for the challenge search", async () => {
    const suggestions = await suggest("challenges", "販路", { locale: "ja" });
    expect(suggestions).toContainEqual({
      kind: "challenge",
      label: "県外への販路開拓",
      id: ids.channels,
    });
    expect(suggestions.map((suggestion) => suggestion.label)).not.toContain("販路開拓の旧案件");
    expect(await suggest("challenges", "pyth", { locale: "en" })).toContainEqual({
      kind: "skill",
      label: "Python",
    });
  });

  it("suggests only skill names for the professional search", async () => {
    expect(await suggest("professionals", "ネット", { locale: "ja" })).toEqual([
      { kind: "skill", label: "ECサイト運営" },
    ]);
    expect(await suggest("professionals", "鈴木", { locale: "ja" })).toEqual([]);
  });
});
