import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { beforeEach, describe, expect, it } from "vitest";
import { createStandaloneContext } from "~/lib/context";
import { db } from "~/lib/db.server";
import { createSession } from "~/modules/auth/session.server";
import { listSkills, SKILLS_PER_PAGE } from "~/modules/skills/admin.server";
import { resetDatabase } from "../support/database";
import { createTestCompany, createTestSkills } from "../support/market";
import { createTestUser } from "../support/users";

let adminCookie = "";
let englishCookie = "";

beforeEach(async () => {
  await resetDatabase();
  const admin = await createTestUser({ role: "ADMIN", email: "admin@skills.example.jp" });
  adminCookie = `enishi_session=${(await createSession(admin.id)).token}`;
  const english = await createTestUser({ locale: "en", email: "en@skills.example.jp" });
  englishCookie = `enishi_session=${(await createSession(english.id)).token}`;
  await createTestSkills([
    { ja: "Webマーケティング", en: "Web marketing", aliases: ["デジタルマーケティング"] },
    { ja: "Python", en: "Python" },
    { ja: "SEO", en: "SEO", aliases: ["検索エンジン最適化"] },
    { ja: "ローカルSEO", en: "Local SEO" },
  ]);
});

type Handler = (args: LoaderFunctionArgs | ActionFunctionArgs) => unknown;

async function call(
  handler: Handler,
  path: string,
  {
    body,
    params = {},
    cookie = adminCookie,
  }: {
    body?: Record<string, string>;
    params?: Record<string, string>;
    cookie?: string;
  } = {},
) {
  const request = new Request(`http://localhost:3000${path}`, {
    method: body ? "POST" : "GET",
    headers: { Cookie: cookie },
    body: body ? new URLSearchParams(body) : undefined,
  });
  try {
    return await handler({ request, context: createStandaloneContext(), params });
  } catch (thrown) {
    return thrown;
  }
}

type Reply = { result: { error?: Record<string, string[] | null> } };

describe("adding a skill", () => {
  it("creates it with its aliases, audits it and shows it in the list", async () => {
    const { action } = await import("~/routes/admin.skills.new");
    const response = (await call(action, "/admin/skills/new", {
      body: {
        slug: " Rust-Lang ",
        nameJa: "Rust",
        nameEn: "Rust language",
        aliases: "ラスト、rustlang, Rust",
        group: "it-dev",
      },
    })) as Response;
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/admin/skills?q=rust-lang");
    const skill = await db.skill.findUniqueOrThrow({ where: { slug: "rust-lang" } });
    expect(skill).toMatchObject({ nameJa: "Rust", nameEn: "Rust language", groupKey: "it-dev" });
    // "Rust" repeats the Japanese name, so it is not kept as an alias.
    expect(JSON.parse(skill.aliases)).toEqual(["ラスト", "rustlang"]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "admin.skill_created" } });
    expect(audit.targetId).toBe(skill.id);
    expect(JSON.parse(audit.metadata)).toMatchObject({ slug: "rust-lang" });

    const listed = await listSkills({ q: "らすと", page: 1 });
    expect(listed.skills.map((row) => row.slug)).toEqual(["rust-lang"]);
  });

  it("refuses a taken slug, a malformed slug and a missing group, next to each field", async () => {
    const { action } = await import("~/routes/admin.skills.new");
    const taken = (await call(action, "/admin/skills/new", {
      body: { slug: "python", nameJa: "パイソン3", nameEn: "Python 3", group: "it-dev" },
    })) as Reply;
    expect(taken.result.error).toMatchObject({ slug: ["skills.errors.slugTaken"] });

    const malformed = (await call(action, "/admin/skills/new", {
      body: { slug: "not a slug!", nameJa: "", nameEn: "X", group: "nope" },
    })) as Reply;
    expect(malformed.result.error).toMatchObject({
      slug: ["skills.errors.slug"],
      nameJa: ["reference.errors.required"],
      group: ["skills.errors.group"],
    });
    expect(await db.skill.count()).toBe(4);
  });

  it("refuses a name or alias that is already another skill's spelling, naming that skill", async () => {
    const { action } = await import("~/routes/admin.skills.new");
    const reply = (await call(action, "/admin/skills/new", {
      body: {
        slug: "digital-ads",
        nameJa: "でじたるまーけてぃんぐ",
        nameEn: "Digital ads",
        aliases: "ｓｅｏ、広告運用",
        group: "marketing",
      },
    })) as Reply;
    expect(reply.result.error?.nameJa).toEqual([
      "「でじたるまーけてぃんぐ」は既に「Webマーケティング」の表記として登録されています。",
    ]);
    expect(reply.result.error?.aliases).toEqual([
      "「ｓｅｏ」は既に「SEO」の表記として登録されています。",
    ]);
    expect(await db.skill.count({ where: { slug: "digital-ads" } })).toBe(0);
  });
});

describe("editing a skill", () => {
  it("changes names, aliases and group but never the slug, and audits before and after", async () => {
    const skill = await db.skill.findUniqueOrThrow({ where: { slug: "python" } });
    const { action } = await import("~/routes/admin.skills.$skillId._index");
    const response = (await call(action, `/admin/skills/${skill.id}`, {
      params: { skillId: skill.id },
      body: {
        slug: "hacked",
        nameJa: "Python",
        nameEn: "Python programming",
        aliases: "パイソン",
        group: "data",
      },
    })) as Response;
    expect(response.headers.get("Location")).toBe("/admin/skills?q=python");
    expect(await db.skill.findUniqueOrThrow({ where: { id: skill.id } })).toMatchObject({
      slug: "python",
      nameEn: "Python programming",
      aliases: JSON.stringify(["パイソン"]),
      groupKey: "data",
    });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "admin.skill_updated" } });
    expect(JSON.parse(audit.metadata)).toMatchObject({
      slug: "python",
      before: { nameEn: "Python", group: "test" },
      after: { nameEn: "Python programming", aliases: ["パイソン"], group: "data" },
    });
  });

  it("refuses to take another skill's spelling, in the admin's language", async () => {
    const english = await createTestUser({ role: "ADMIN", locale: "en" });
    const cookie = `enishi_session=${(await createSession(english.id)).token}`;
    const skill = await db.skill.findUniqueOrThrow({ where: { slug: "local-seo" } });
    const { action } = await import("~/routes/admin.skills.$skillId._index");
    const reply = (await call(action, `/admin/skills/${skill.id}`, {
      cookie,
      params: { skillId: skill.id },
      body: {
        nameJa: "ローカルSEO",
        nameEn: "Local SEO",
        aliases: "検索エンジン最適化",
        group: "marketing",
      },
    })) as Reply;
    expect(reply.result.error?.aliases).toEqual([
      "“検索エンジン最適化” is already a spelling of “SEO”.",
    ]);
  });
});

describe("deleting a skill", () => {
  it("shows how many challenges and profiles use it, then removes it from them", async () => {
    const skill = await db.skill.findUniqueOrThrow({ where: { slug: "seo" } });
    const { company, ownerId } = await createTestCompany();
    await db.challenge.create({
      data: {
        companyId: company.id,
        title: "SEO改善",
        summary: "s",
        background: "b",
        successCriteria: "c",
        category: "SALES_MARKETING",
        engagementTypes: "SIDE_JOB",
        workStyle: "REMOTE",
        hoursPerWeek: 5,
        durationMonths: 3,
        compensationType: "NONE",
        prefectureCode: "20",
        municipality: "松本市",
        createdById: ownerId,
        skills: { create: { skillId: skill.id, required: true } },
      },
    });
    const pro = await createTestUser();
    await db.professionalProfile.create({
      data: {
        userId: pro.id,
        skills: { create: { skillId: skill.id, years: 3, level: "ADVANCED" } },
      },
    });

    const page = await import("~/routes/admin.skills.$skillId.delete");
    const shown = (await call(page.loader, `/admin/skills/${skill.id}/delete`, {
      params: { skillId: skill.id },
    })) as { skill: { challenges: number; profiles: number } };
    expect(shown.skill).toMatchObject({ challenges: 1, profiles: 1 });

    const response = (await call(page.action, `/admin/skills/${skill.id}/delete`, {
      params: { skillId: skill.id },
      body: {},
    })) as Response;
    expect(response.headers.get("Location")).toBe("/admin/skills");
    expect(await db.skill.count({ where: { id: skill.id } })).toBe(0);
    expect(await db.challengeSkill.count()).toBe(0);
    expect(await db.profileSkill.count()).toBe(0);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "admin.skill_deleted" } });
    expect(JSON.parse(audit.metadata)).toMatchObject({ slug: "seo", challenges: 1, profiles: 1 });
  });
});

describe("the list", () => {
  it("searches every spelling, filters by group and pages", async () => {
    expect((await listSkills({ q: "でじたる", page: 1 })).skills.map((s) => s.slug)).toEqual([
      "web-marketing",
    ]);
    expect((await listSkills({ q: "seo", page: 1 })).skills.map((s) => s.slug)).toEqual([
      "seo",
      "local-seo",
    ]);
    await db.skill.createMany({
      data: Array.from({ length: SKILLS_PER_PAGE + 5 }, (_, index) => ({
        slug: `bulk-${index}`,
        nameJa: `一括スキル${String(index).padStart(2, "0")}`,
        nameEn: `Bulk ${index}`,
        groupKey: "logistics",
      })),
    });
    const first = await listSkills({ group: "logistics", q: "", page: 1 });
    expect(first).toMatchObject({ total: SKILLS_PER_PAGE + 5, page: 1, pageCount: 2 });
    expect(first.skills).toHaveLength(SKILLS_PER_PAGE);
    const second = await listSkills({ group: "logistics", q: "", page: 9 });
    expect(second.page).toBe(2);
    expect(second.skills).toHaveLength(5);
  });

  it("the page reads its query leniently", async () => {
    const { loader } = await import("~/routes/admin.skills._index");
    const data = (await call(loader, "/admin/skills?q=python&group=bogus&page=x")) as {
      query: unknown;
      total: number;
    };
    expect(data.query).toEqual({ q: "python", page: 1 });
    expect(data.total).toBe(1);
  });
});

describe("/api/skills", () => {
  async function suggest(query: string, cookie = adminCookie) {
    const { loader } = await import("~/routes/api.skills");
    return (await call(loader, `/api/skills?${query}`, { cookie })) as Response;
  }

  it("suggests exact and prefix matches first, named in the user's language", async () => {
    const ja = await suggest("q=seo");
    expect(ja.headers.get("Content-Type")).toMatch(/application\/json/);
    expect(await ja.json()).toEqual({
      skills: [
        { slug: "seo", name: "SEO", nameJa: "SEO", nameEn: "SEO" },
        { slug: "local-seo", name: "ローカルSEO", nameJa: "ローカルSEO", nameEn: "Local SEO" },
      ],
    });
    const en = await suggest("q=%E3%81%A7%E3%81%98", englishCookie);
    expect(await en.json()).toEqual({
      skills: [
        {
          slug: "web-marketing",
          name: "Web marketing",
          nameJa: "Webマーケティング",
          nameEn: "Web marketing",
        },
      ],
    });
    expect(await (await suggest("q=")).json()).toEqual({ skills: [] });
    expect((await (await suggest("q=e&limit=1")).json()).skills).toHaveLength(1);
  });

  it("answers problems as application/problem+json", async () => {
    const bad = await suggest("q=seo&limit=0");
    expect(bad.status).toBe(400);
    expect(bad.headers.get("Content-Type")).toMatch(/application\/problem\+json/);
    expect(await bad.json()).toMatchObject({ status: 400, title: "リクエストが正しくありません" });

    const anonymous = await suggest("q=seo", "");
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get("Content-Type")).toMatch(/application\/problem\+json/);
    expect(await anonymous.json()).toEqual({
      type: "about:blank",
      title: "ログインが必要です",
      status: 401,
      detail: "スキルの候補を見るにはログインしてください。",
    });
  });
});
