import { beforeEach, describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { resetDatabase } from "../support/database";
import { createTestCompany, createTestSkills } from "../support/market";
import { signedInUser } from "../support/professionals";
import { callRoute } from "../support/routes";

/** Saving each section of /profile through its action, and reading it back through its loader. */

let cookie = "";
let userId = "";

beforeEach(async () => {
  await resetDatabase();
  await createTestSkills([
    { ja: "マーケティング", en: "Marketing", aliases: ["マーケ"] },
    { ja: "Python", en: "Python" },
    { ja: "生産管理", en: "Production management" },
  ]);
  const signedIn = await signedInUser("PROFESSIONAL", { name: "佐藤 大輔" });
  cookie = signedIn.cookie;
  userId = signedIn.user.id;
});

async function post(
  path: string,
  module: { action: never } | object,
  form: Record<string, string | string[]>,
) {
  const { action } = module as { action: Parameters<typeof callRoute>[0] };
  return callRoute(action, { path, cookie, form });
}

async function get(path: string, module: object) {
  const { loader } = module as { loader: Parameters<typeof callRoute>[0] };
  const result = await callRoute(loader, { path, cookie });
  expect(result.status).toBe(200);
  return result.data as Record<string, unknown>;
}

describe("sections", () => {
  it("basics: saved, trimmed, and the profile row is created on first save", async () => {
    const route = await import("~/routes/profile.basics");
    expect(await db.professionalProfile.count()).toBe(0);
    const saved = await post("/profile/basics", route, {
      headline: "  製造業のDX推進  ",
      bio: "長野県出身です。",
      currentEmployer: "株式会社ひみつ",
      currentIndustryCode: "G",
    });
    expect(saved).toMatchObject({ status: 302, location: "/profile/basics" });
    expect(await get("/profile/basics", route)).toMatchObject({
      headline: "製造業のDX推進",
      bio: "長野県出身です。",
      currentEmployer: "株式会社ひみつ",
      currentIndustryCode: "G",
      hasPhoto: false,
    });
    const invalid = await post("/profile/basics", route, {
      currentIndustryCode: "ZZ",
      headline: "残る",
    });
    expect(invalid.status).toBe(200);
    expect(JSON.stringify(invalid.data)).toContain("reference.errors.industry");
    expect((await db.professionalProfile.findUniqueOrThrow({ where: { userId } })).headline).toBe(
      "製造業のDX推進",
    );
  });

  it("skills: names resolve to the taxonomy; an unknown or repeated name fails its own row", async () => {
    const route = await import("~/routes/profile.skills");
    const bad = await post("/profile/skills", route, {
      "skills[0].name": "マーケ",
      "skills[0].years": "12",
      "skills[0].level": "EXPERT",
      "skills[1].name": "Cobol 2000",
      "skills[1].years": "3",
      "skills[1].level": "BASIC",
      "skills[2].name": "ﾏｰｹﾃｨﾝｸﾞ",
      "skills[2].years": "1",
      "skills[2].level": "BASIC",
    });
    expect(bad.status).toBe(200);
    const reply = (bad.data as { result: { error: Record<string, string[]> } }).result;
    expect(reply.error["skills[1].name"]).toEqual(["登録されていないスキルがあります: Cobol 2000"]);
    expect(reply.error["skills[2].name"]).toEqual(["「ﾏｰｹﾃｨﾝｸﾞ」は上の行と同じスキルです"]);
    expect(reply.error["skills[0].name"]).toBeUndefined();
    expect(await db.profileSkill.count()).toBe(0);

    const ok = await post("/profile/skills", route, {
      "skills[0].name": "python",
      "skills[0].years": "3",
      "skills[0].level": "ADVANCED",
      "skills[1].name": "マーケ",
      "skills[1].years": "12",
      "skills[1].level": "EXPERT",
    });
    expect(ok).toMatchObject({ status: 302, location: "/profile/skills" });
    expect(await get("/profile/skills", route)).toEqual({
      skills: [
        { name: "マーケティング", years: 12, level: "EXPERT" },
        { name: "Python", years: 3, level: "ADVANCED" },
      ],
    });
    // Saving the list again replaces it.
    await post("/profile/skills", route, {
      "skills[0].name": "生産管理",
      "skills[0].years": "8",
      "skills[0].level": "ADVANCED",
    });
    expect(await db.profileSkill.count()).toBe(1);
  });

  it("list buttons (add or remove a row) change the form, never the data", async () => {
    const route = await import("~/routes/profile.skills");
    const added = await post("/profile/skills", route, {
      "skills[0].name": "Python",
      "skills[0].years": "3",
      "skills[0].level": "ADVANCED",
      __intent__: JSON.stringify({ type: "insert", payload: { name: "skills" } }),
    });
    expect(added.status).toBe(200);
    const reply = (added.data as { result: { initialValue: { skills: unknown[] } } }).result;
    expect(reply.initialValue.skills).toHaveLength(2);
    expect(await db.profileSkill.count()).toBe(0);
  });

  it("career: kept in the order given; an empty end year is the current job", async () => {
    const route = await import("~/routes/profile.career");
    const saved = await post("/profile/career", route, {
      "careers[0].organisation": "株式会社ひみつ",
      "careers[0].title": "DX推進室長",
      "careers[0].industryCode": "G",
      "careers[0].startYear": "2018",
      "careers[0].description": "全社のDX",
      "careers[1].organisation": "信州製作所",
      "careers[1].title": "生産技術",
      "careers[1].startYear": "2010",
      "careers[1].endYear": "2018",
    });
    expect(saved.status).toBe(302);
    expect(await get("/profile/career", route)).toEqual({
      careers: [
        {
          organisation: "株式会社ひみつ",
          title: "DX推進室長",
          industryCode: "G",
          startYear: 2018,
          endYear: undefined,
          description: "全社のDX",
        },
        {
          organisation: "信州製作所",
          title: "生産技術",
          industryCode: undefined,
          startYear: 2010,
          endYear: 2018,
          description: undefined,
        },
      ],
    });
    const bad = await post("/profile/career", route, {
      "careers[0].organisation": "A",
      "careers[0].title": "B",
      "careers[0].startYear": "2020",
      "careers[0].endYear": "2019",
    });
    expect(JSON.stringify(bad.data)).toContain("professionals.errors.endBeforeStart");
    expect(await db.careerEntry.count()).toBe(2);
  });

  it("industries: a comma list in definition order", async () => {
    const route = await import("~/routes/profile.industries");
    await post("/profile/industries", route, { industryCodes: ["I", "E"] });
    expect(
      (await db.professionalProfile.findUniqueOrThrow({ where: { userId } })).industryCodes,
    ).toBe("E,I");
    expect(await get("/profile/industries", route)).toEqual({ industryCodes: ["E", "I"] });
  });

  it("certificates, languages and links: JSON columns round-trip", async () => {
    const route = await import("~/routes/profile.credentials");
    const saved = await post("/profile/credentials", route, {
      "certificates[0].name": "中小企業診断士",
      "certificates[0].issuer": "経済産業省",
      "certificates[0].year": "2019",
      "certificates[1].name": "PMP",
      "languages[0].language": "英語",
      "languages[0].level": "BUSINESS",
      "links[0].label": "note",
      "links[0].url": "https://note.example.jp/sato",
    });
    expect(saved.status).toBe(302);
    const stored = await db.professionalProfile.findUniqueOrThrow({ where: { userId } });
    expect(JSON.parse(stored.certificates)).toEqual([
      { name: "中小企業診断士", issuer: "経済産業省", year: 2019 },
      { name: "PMP" },
    ]);
    expect(await get("/profile/credentials", route)).toEqual({
      certificates: [{ name: "中小企業診断士", issuer: "経済産業省", year: 2019 }, { name: "PMP" }],
      languages: [{ language: "英語", level: "BUSINESS" }],
      links: [{ label: "note", url: "https://note.example.jp/sato" }],
    });
    // A row broken by hand is dropped on the way out; the valid ones stay.
    await db.professionalProfile.update({
      where: { userId },
      data: {
        links:
          '[{"label":"x","url":"javascript:alert(1)"},{"label":"ok","url":"https://ok.example"}]',
      },
    });
    expect((await get("/profile/credentials", route)).links).toEqual([
      { label: "ok", url: "https://ok.example" },
    ]);
  });

  it("work preferences", async () => {
    const route = await import("~/routes/profile.preferences");
    await post("/profile/preferences", route, {
      engagementTypes: ["CONTRACT", "SIDE_JOB"],
      workStyles: "REMOTE",
      onsiteVisitsPerMonth: "2",
      hoursPerWeek: "10",
      availableFrom: "2026-04-01",
      expectedMonthlyYen: "",
      expectedHourlyYen: "6000",
    });
    const stored = await db.professionalProfile.findUniqueOrThrow({ where: { userId } });
    expect(stored).toMatchObject({
      engagementTypes: "SIDE_JOB,CONTRACT",
      workStyles: "REMOTE",
      onsiteVisitsPerMonth: 2,
      hoursPerWeek: 10,
      expectedMonthlyYen: null,
      expectedHourlyYen: 6000,
    });
    expect(await get("/profile/preferences", route)).toMatchObject({
      engagementTypes: ["SIDE_JOB", "CONTRACT"],
      workStyles: ["REMOTE"],
      availableFrom: "2026-04-01",
    });
  });

  it("regions of interest and several hometown ties", async () => {
    const route = await import("~/routes/profile.regions");
    await post("/profile/regions", route, {
      regions: ["39", "20"],
      "ties[0].prefectureCode": "20",
      "ties[0].kind": "BIRTHPLACE",
      "ties[0].municipality": "松本市",
      "ties[1].prefectureCode": "20",
      "ties[1].kind": "FAMILY",
      "ties[2].prefectureCode": "13",
      "ties[2].kind": "PAST_RESIDENCE",
      "ties[2].note": "大学時代",
    });
    expect(await get("/profile/regions", route)).toEqual({
      regions: ["20", "39"],
      ties: [
        { prefectureCode: "20", kind: "BIRTHPLACE", municipality: "松本市", note: undefined },
        { prefectureCode: "20", kind: "FAMILY", municipality: undefined, note: undefined },
        { prefectureCode: "13", kind: "PAST_RESIDENCE", municipality: undefined, note: "大学時代" },
      ],
    });
  });

  it("the overview's meter grows as sections are filled", async () => {
    const overview = await import("~/routes/profile._index");
    const before = (await get("/profile", overview)) as { completeness: { percent: number } };
    expect(before).toMatchObject({ profile: null, completeness: { percent: 0 } });
    await post("/profile/basics", await import("~/routes/profile.basics"), { headline: "見出し" });
    const after = await get("/profile", overview);
    expect(after).toMatchObject({
      completeness: { percent: 15, next: { key: "skills", to: "/profile/skills" } },
    });
  });
});

describe("privacy", () => {
  it("visibility changes are audited with before and after", async () => {
    const route = await import("~/routes/profile.privacy");
    const saved = await post("/profile/privacy", route, {
      intent: "visibility",
      visibility: "ANONYMOUS",
    });
    expect(saved).toMatchObject({ status: 302, location: "/profile/privacy" });
    expect((await db.professionalProfile.findUniqueOrThrow({ where: { userId } })).visibility).toBe(
      "ANONYMOUS",
    );
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "profile.visibility.changed" },
    });
    expect(audit.actorId).toBe(userId);
    expect(JSON.parse(audit.metadata)).toEqual({ from: "SIGNED_IN", to: "ANONYMOUS" });
  });

  it("search, block and unblock a company (audited); the current employer is suggested", async () => {
    const route = await import("~/routes/profile.privacy");
    const { company } = await createTestCompany({ name: "信州精密工業株式会社" });
    await createTestCompany({ name: "土佐ゆず食品株式会社" });
    await post("/profile/basics", await import("~/routes/profile.basics"), {
      currentEmployer: "信州精密工業",
    });
    const page = (await get("/profile/privacy?q=ゆず", route)) as {
      results: Array<{ name: string; blocked: boolean }>;
      suggestions: Array<{ id: string; name: string }>;
    };
    expect(page.results.map((result) => result.name)).toEqual(["土佐ゆず食品株式会社"]);
    expect(page.suggestions).toEqual([
      expect.objectContaining({ id: company.id, name: "信州精密工業株式会社" }),
    ]);

    const blocked = await post("/profile/privacy", route, {
      intent: "block",
      companyId: company.id,
    });
    expect(blocked).toMatchObject({ status: 302, location: "/profile/privacy" });
    const afterBlock = (await get("/profile/privacy?q=信州", route)) as {
      blocks: Array<{ companyId: string; name: string }>;
      results: Array<{ id: string; blocked: boolean }>;
      suggestions: unknown[];
    };
    expect(afterBlock.blocks).toEqual([
      expect.objectContaining({ companyId: company.id, name: "信州精密工業株式会社" }),
    ]);
    expect(afterBlock.results).toEqual([
      expect.objectContaining({ id: company.id, blocked: true }),
    ]);
    expect(afterBlock.suggestions).toEqual([]);
    // Blocking twice is harmless.
    await post("/profile/privacy", route, { intent: "block", companyId: company.id });
    expect(await db.profileBlock.count()).toBe(1);

    await post("/profile/privacy", route, { intent: "unblock", companyId: company.id });
    expect(await db.profileBlock.count()).toBe(0);
    const actions = (await db.auditLog.findMany({ orderBy: { createdAt: "asc" } })).map((row) => [
      row.action,
      row.targetId,
    ]);
    expect(actions).toEqual([
      ["profile.company.blocked", company.id],
      ["profile.company.unblocked", company.id],
    ]);
  });
});

describe("photo", () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49]);

  it("uploads, replaces and removes the photo; only real pictures are accepted", async () => {
    const route = await import("~/routes/profile.basics");
    const upload = (bytes: Uint8Array<ArrayBuffer>, type: string) => {
      const form = new FormData();
      form.append("intent", "photo");
      form.append("photo", new File([bytes], "me.png", { type }));
      return callRoute(route.action, { path: "/profile/basics", cookie, form });
    };
    expect(await upload(png, "image/png")).toMatchObject({ status: 302 });
    const first = await db.professionalProfile.findUniqueOrThrow({ where: { userId } });
    expect(first.photoId).not.toBeNull();
    await upload(png, "image/png");
    expect(await db.image.count()).toBe(1);

    const html = new TextEncoder().encode("<script>alert(1)</script>");
    const refused = await upload(html, "image/png");
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.data)).toContain("companies.image.unsupportedType");

    const removeForm = new FormData();
    removeForm.append("intent", "removePhoto");
    await callRoute(route.action, { path: "/profile/basics", cookie, form: removeForm });
    expect(await db.image.count()).toBe(0);
    expect(
      (await db.professionalProfile.findUniqueOrThrow({ where: { userId } })).photoId,
    ).toBeNull();
    expect(await db.auditLog.count({ where: { action: { startsWith: "profile.photo" } } })).toBe(3);
  });
});

describe("export", () => {
  it("downloads every piece of the professional's data as JSON, without secrets", async () => {
    await post("/profile/basics", await import("~/routes/profile.basics"), {
      headline: "見出し",
      currentEmployer: "株式会社ひみつ",
    });
    await post("/profile/skills", await import("~/routes/profile.skills"), {
      "skills[0].name": "Python",
      "skills[0].years": "3",
      "skills[0].level": "ADVANCED",
    });
    await post("/profile/career", await import("~/routes/profile.career"), {
      "careers[0].organisation": "株式会社ひみつ",
      "careers[0].title": "エンジニア",
      "careers[0].startYear": "2015",
    });
    await post("/profile/credentials", await import("~/routes/profile.credentials"), {
      "links[0].label": "Blog",
      "links[0].url": "https://blog.example.jp",
    });
    await post("/profile/regions", await import("~/routes/profile.regions"), {
      regions: "20",
      "ties[0].prefectureCode": "20",
      "ties[0].kind": "BIRTHPLACE",
    });
    const { company } = await createTestCompany({ name: "ブロック株式会社" });
    await post("/profile/privacy", await import("~/routes/profile.privacy"), {
      intent: "block",
      companyId: company.id,
    });

    const { loader } = await import("~/routes/profile.export");
    const result = await callRoute(loader, { path: "/profile/export", cookie });
    const response = result.response!;
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toMatch(
      /^attachment; filename="enishi-profile-\d{8}\.json"$/,
    );
    const text = await response.text();
    const body = JSON.parse(text);
    expect(body).toMatchObject({
      format: "enishi-profile-export",
      version: 1,
      account: { id: userId, name: "佐藤 大輔", role: "PROFESSIONAL" },
      profile: {
        headline: "見出し",
        currentEmployer: "株式会社ひみつ",
        skills: [{ slug: "python", nameJa: "Python", years: 3, level: "ADVANCED" }],
        careers: [{ organisation: "株式会社ひみつ", title: "エンジニア", startYear: 2015 }],
        links: [{ label: "Blog", url: "https://blog.example.jp" }],
        regionsOfInterest: ["20"],
        hometownTies: [{ prefectureCode: "20", kind: "BIRTHPLACE" }],
        blockedCompanies: [{ companyId: company.id, name: "ブロック株式会社" }],
      },
    });
    expect(body.sessions).toHaveLength(1);
    const session = await db.session.findFirstOrThrow({ where: { userId } });
    const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
    expect(text).not.toContain(session.id);
    expect(text).not.toContain(user.passwordHash!);
    expect(text).not.toContain("passwordHash");
  });

  it("works before any profile exists", async () => {
    const { loader } = await import("~/routes/profile.export");
    const result = await callRoute(loader, { path: "/profile/export", cookie });
    const body = JSON.parse(await result.response!.text());
    expect(body.profile).toBeNull();
    expect(body.account.id).toBe(userId);
  });
});
