import { beforeEach, describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { listPublicChallenges } from "~/modules/challenges/public.server";
import { reindexAll } from "~/modules/search/reindex.server";
import * as detailRoute from "~/routes/challenges.$challengeId._index";
import * as editRoute from "~/routes/challenges.$challengeId.edit";
import * as statusRoute from "~/routes/challenges.$challengeId.status";
import * as listRoute from "~/routes/challenges._index";
import * as exportRoute from "~/routes/companies.$companyId.challenges.export";
import * as newRoute from "~/routes/companies.$companyId.challenges.new";
import * as wizardRoute from "~/routes/companies.$companyId.challenges.wizard";
import { createTestChallenge } from "../support/challenges";
import { callRoute, sessionCookie } from "../support/routes";
import { resetDatabase } from "../support/database";
import { createTestCompany, createTestSkills } from "../support/market";
import { createTestUser } from "../support/users";

let companyA: string;
let ownerA: string;
let cookieA: string;
let companyB: string;
let cookieB: string;

beforeEach(async () => {
  await resetDatabase();
  ({
    company: { id: companyA },
    ownerId: ownerA,
  } = await createTestCompany({ name: "信州精密工業株式会社" }));
  const b = await createTestCompany({ name: "土佐ゆず食品株式会社", prefectureCode: "39" });
  companyB = b.company.id;
  cookieA = await sessionCookie(ownerA);
  cookieB = await sessionCookie(b.ownerId);
  await createTestSkills([
    { ja: "DX推進", en: "Digital transformation" },
    { ja: "データ分析", en: "Data analysis", aliases: ["BI"] },
    { ja: "Python", en: "Python" },
  ]);
});

const plainForm = {
  title: "受発注管理をクラウド化したい",
  summary: "Excel と FAX の受発注をクラウドに移し、転記をなくします。",
  background: "受注は FAX と電話、在庫は Excel で管理しています。",
  successCriteria: "受注から出荷までを一つのシステムで追えるようにする",
  deliverables: "導入計画と操作マニュアル",
  category: "DX_IT",
  requiredSkills: "DX推進、python",
  niceToHaveSkills: "BI",
  engagementTypes: ["SIDE_JOB", "CONTRACT"],
  workStyle: "HYBRID",
  onsiteVisitsPerMonth: "2",
  hoursPerWeek: "8",
  durationMonths: "6",
  compensationType: "MONTHLY",
  compensationMin: "200000",
  compensationMax: "300000",
  startDate: "2027-04-01",
  applicationDeadline: "2027-03-15",
  prefectureCode: "20",
  municipality: "諏訪市",
};

type Reply = { result: { error?: Record<string, string[]> } };

describe("the plain form", () => {
  it("saves a DRAFT with its skills, dates in Japan time, a history row and an audit row", async () => {
    const outcome = await callRoute(newRoute.action, {
      path: `/companies/${companyA}/challenges/new`,
      params: { companyId: companyA },
      cookie: cookieA,
      form: plainForm,
    });
    expect(outcome.status).toBe(302);
    const id = outcome.location!.split("/").pop()!;
    const row = await db.challenge.findUniqueOrThrow({
      where: { id },
      include: { skills: { include: { skill: true } }, statusChanges: true },
    });
    expect(row).toMatchObject({
      companyId: companyA,
      status: "DRAFT",
      publishedAt: null,
      engagementTypes: "SIDE_JOB,CONTRACT",
      compensationMin: 200_000,
      createdById: ownerA,
      startDate: new Date("2027-03-31T15:00:00Z"),
    });
    expect(row.skills.map((link) => [link.skill.nameJa, link.required]).sort()).toEqual([
      ["DX推進", true],
      ["Python", true],
      ["データ分析", false],
    ]);
    expect(row.statusChanges).toMatchObject([
      { fromStatus: null, toStatus: "DRAFT", actorId: ownerA },
    ]);
    expect(await db.auditLog.count({ where: { action: "challenge.create", targetId: id } })).toBe(
      1,
    );
  });

  it("names unknown skills next to the field, in the reader's language, and saves nothing", async () => {
    const outcome = await callRoute(newRoute.action, {
      path: `/companies/${companyA}/challenges/new`,
      params: { companyId: companyA },
      cookie: cookieA,
      form: { ...plainForm, requiredSkills: "DX推進、量子占い、Cobol" },
    });
    expect(outcome.status).toBe(200);
    expect((outcome.data as Reply).result.error).toEqual({
      requiredSkills: ["登録されていないスキルがあります: 量子占い、Cobol"],
    });
    expect(await db.challenge.count()).toBe(0);
  });

  it("refuses a skill that is both required and nice to have", async () => {
    const outcome = await callRoute(newRoute.action, {
      path: `/companies/${companyA}/challenges/new`,
      params: { companyId: companyA },
      cookie: cookieA,
      form: { ...plainForm, niceToHaveSkills: "dx推進" },
    });
    expect((outcome.data as Reply).result.error).toEqual({
      niceToHaveSkills: ["必須とあれば尚可の両方に入っています: DX推進"],
    });
  });
});

describe("editing", () => {
  it("keeps the state; another company's member cannot edit by id", async () => {
    const open = await createTestChallenge(companyA, { title: "元のタイトル" });
    const draft = await createTestChallenge(companyA, { status: "DRAFT", title: "下書き" });
    for (const [challenge, expected] of [
      [open, 403],
      [draft, 404],
    ] as const) {
      for (const handler of [editRoute.loader, editRoute.action]) {
        const outcome = await callRoute(handler, {
          path: `/challenges/${challenge.id}/edit`,
          params: { challengeId: challenge.id },
          cookie: cookieB,
          form: handler === editRoute.action ? { ...plainForm, title: "乗っ取り" } : undefined,
        });
        expect(outcome.status).toBe(expected);
      }
    }
    expect((await db.challenge.findUniqueOrThrow({ where: { id: open.id } })).title).toBe(
      "元のタイトル",
    );

    const saved = await callRoute(editRoute.action, {
      path: `/challenges/${open.id}/edit`,
      params: { challengeId: open.id },
      cookie: cookieA,
      form: { ...plainForm, title: "新しいタイトル" },
    });
    expect(saved).toMatchObject({ status: 302, location: `/challenges/${open.id}` });
    expect(await db.challenge.findUniqueOrThrow({ where: { id: open.id } })).toMatchObject({
      title: "新しいタイトル",
      status: "OPEN",
    });
  });

  it("an open challenge must stay publishable", async () => {
    const open = await createTestChallenge(companyA);
    const outcome = await callRoute(editRoute.action, {
      path: `/challenges/${open.id}/edit`,
      params: { challengeId: open.id },
      cookie: cookieA,
      form: { ...plainForm, requiredSkills: "", niceToHaveSkills: "" },
    });
    expect((outcome.data as Reply).result.error).toEqual({
      "": ["challenges.edit.mustStayComplete", "challenges.missing.skills"],
    });
  });
});

describe("the scoping wizard", () => {
  const path = (query: string) => `/companies/${companyA}/challenges/wizard?${query}`;
  const step = (query: string, form: Record<string, string | string[]>) =>
    callRoute(wizardRoute.action, {
      path: path(query),
      params: { companyId: companyA },
      cookie: cookieA,
      form,
    });

  it("saves each step on a draft, then publishes it", async () => {
    const first = await step("step=1", { category: "DX_IT", title: plainForm.title });
    expect(first.status).toBe(302);
    const id = new URLSearchParams(first.location!.split("?")[1]).get("id")!;
    expect(first.location).toBe(`/companies/${companyA}/challenges/wizard?id=${id}&step=2`);
    const draft = await db.challenge.findUniqueOrThrow({ where: { id } });
    // The location starts as the company's.
    expect(draft).toMatchObject({ status: "DRAFT", prefectureCode: "20", municipality: "松本市" });

    // The review page already shows what is missing.
    const review = await callRoute(wizardRoute.loader, {
      path: path(`id=${id}&step=6`),
      params: { companyId: companyA },
      cookie: cookieA,
    });
    const reviewData = review.data as { draft: { checklist: { key: string; ok: boolean }[] } };
    expect(reviewData.draft.checklist.find((item) => item.key === "outcome")?.ok).toBe(false);

    const early = await step(`id=${id}&step=6`, { intent: "publish" });
    expect((early.data as Reply).result.error?.[""]).toContain("challenges.missing.outcome");

    expect(
      (
        await step(`id=${id}&step=2`, {
          summary: plainForm.summary,
          background: plainForm.background,
        })
      ).location,
    ).toBe(path(`id=${id}&step=3`));
    await step(`id=${id}&step=3`, { successCriteria: plainForm.successCriteria, deliverables: "" });
    const badSkills = await step(`id=${id}&step=4`, {
      requiredSkills: "量子占い",
      engagementTypes: ["SIDE_JOB"],
      workStyle: "REMOTE",
      onsiteVisitsPerMonth: "0",
    });
    expect((badSkills.data as Reply).result.error).toEqual({
      requiredSkills: ["登録されていないスキルがあります: 量子占い"],
    });
    await step(`id=${id}&step=4`, {
      requiredSkills: "DX推進",
      engagementTypes: ["SIDE_JOB"],
      workStyle: "REMOTE",
      onsiteVisitsPerMonth: "0",
    });
    // Unpaid needs pro bono, which step 4 did not choose.
    const unpaid = await step(`id=${id}&step=5`, {
      hoursPerWeek: "6",
      durationMonths: "4",
      compensationType: "NONE",
      prefectureCode: "20",
    });
    expect((unpaid.data as Reply).result.error).toEqual({
      compensationType: ["challenges.errors.unpaidNeedsProBono"],
    });
    await step(`id=${id}&step=5`, {
      hoursPerWeek: "6",
      durationMonths: "4",
      compensationType: "HOURLY",
      compensationMin: "4000",
      prefectureCode: "20",
      municipality: "諏訪市",
    });
    const published = await step(`id=${id}&step=6`, { intent: "publish" });
    expect(published).toMatchObject({ status: 302, location: `/challenges/${id}` });
    const row = await db.challenge.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({
      status: "OPEN",
      workStyle: "REMOTE",
      hoursPerWeek: 6,
      compensationType: "HOURLY",
      compensationMin: 4000,
      municipality: "諏訪市",
    });
    expect(row.publishedAt).not.toBeNull();
    // Once public, the wizard hands over to the plain form.
    const after = await callRoute(wizardRoute.loader, {
      path: path(`id=${id}&step=2`),
      params: { companyId: companyA },
      cookie: cookieA,
    });
    expect(after).toMatchObject({ status: 302, location: `/challenges/${id}/edit` });
  });

  it("will not touch another company's draft through this company's wizard", async () => {
    const theirs = await createTestChallenge(companyB, { status: "DRAFT" });
    const outcome = await step(`id=${theirs.id}&step=2`, { summary: "x", background: "y" });
    expect(outcome.status).toBe(404);
    const loaded = await callRoute(wizardRoute.loader, {
      path: path(`id=${theirs.id}&step=2`),
      params: { companyId: companyA },
      cookie: cookieA,
    });
    expect(loaded.status).toBe(404);
  });
});

describe("status changes through /challenges/:id/status", () => {
  it("closing asks why; with a reason it closes and returns", async () => {
    const open = await createTestChallenge(companyA);
    const post = (form: Record<string, string>) =>
      callRoute(statusRoute.action, {
        path: `/challenges/${open.id}/status`,
        params: { challengeId: open.id },
        cookie: cookieA,
        form,
      });
    const noReason = await post({ intent: "close" });
    expect((noReason.data as Reply).result.error).toEqual({
      closeReason: ["challenges.errors.closeReason"],
    });
    const closed = await post({
      intent: "close",
      closeReason: "CANCELLED",
      note: "社内で対応することにした",
      redirectTo: "//evil.test",
    });
    // An outside redirect target falls back to the challenge.
    expect(closed).toMatchObject({ status: 302, location: `/challenges/${open.id}` });
    expect(await db.challenge.findUniqueOrThrow({ where: { id: open.id } })).toMatchObject({
      status: "CLOSED",
      closeReason: "CANCELLED",
    });
    const again = await post({ intent: "publish" });
    expect((again.data as Reply).result.error?.[""]).toEqual(["challenges.status.notAllowed"]);
  });
});

describe("the public list", () => {
  it("shows only OPEN challenges, newest published first, page by page", async () => {
    const base = Date.now();
    for (let index = 0; index < 23; index += 1) {
      await createTestChallenge(index % 2 ? companyA : companyB, {
        title: `公開${index}`,
        publishedAt: new Date(base - index * 60_000),
        category: index % 3 === 0 ? "BRANDING" : "DX_IT",
        prefectureCode: index % 2 ? "20" : "39",
      });
    }
    for (const status of ["DRAFT", "PAUSED", "CLOSED"] as const) {
      await createTestChallenge(companyA, {
        status,
        title: status,
        publishedAt: new Date(base + 1),
      });
    }
    const first = await listPublicChallenges({ page: 1, pageSize: 10 });
    expect(first.total).toBe(23);
    expect(first.pageCount).toBe(3);
    expect(first.items.map((item) => item.title)).toEqual(
      Array.from({ length: 10 }, (_, index) => `公開${index}`),
    );
    const last = await listPublicChallenges({ page: 3, pageSize: 10 });
    expect(last.items.map((item) => item.title)).toEqual(["公開20", "公開21", "公開22"]);
    // Beyond the end: the last page.
    expect((await listPublicChallenges({ page: 99, pageSize: 10 })).page).toBe(3);

    const branding = await listPublicChallenges({ category: "BRANDING", page: 1, pageSize: 50 });
    expect(branding.items.every((item) => item.category === "BRANDING")).toBe(true);
    expect(branding.total).toBe(8);
    const kochi = await listPublicChallenges({ prefectureCode: "39", page: 1, pageSize: 50 });
    expect(kochi.total).toBe(12);
    const ofA = await listPublicChallenges({ companyId: companyA, page: 1, pageSize: 50 });
    expect(ofA.items.every((item) => item.company.id === companyA)).toBe(true);
    expect(ofA.items[0]).toMatchObject({
      engagementTypes: ["SIDE_JOB", "CONTRACT"],
      company: { name: "信州精密工業株式会社" },
    });

    // The page searches the index: rows written straight to the database are indexed first.
    await reindexAll();
    const second = await callRoute(listRoute.loader, { path: "/challenges?page=2" });
    const data = second.data as { items: { title: string }[]; page: number; canonicalUrl: string };
    expect(data.page).toBe(2);
    expect(data.items).toHaveLength(3);
    expect(data.canonicalUrl).toBe("http://localhost:3000/challenges?page=2");
    const filtered = await callRoute(listRoute.loader, {
      path: "/challenges?category=DX_IT&page=9&prefecture=nowhere",
    });
    expect(filtered.data).toMatchObject({
      page: 1,
      total: 15,
      canonicalUrl: "http://localhost:3000/challenges?category=DX_IT",
    });
  });
});

describe("the challenge page", () => {
  it("is public when OPEN, with JSON-LD whose user text cannot close the script", async () => {
    const open = await createTestChallenge(companyA, {
      title: "</script><script>alert(1)</script>",
    });
    const outcome = await callRoute(detailRoute.loader, {
      path: `/challenges/${open.id}`,
      params: { challengeId: open.id },
    });
    expect(outcome.status).toBe(200);
    const { page } = outcome.data as { page: { jsonLd: string; member: unknown } };
    expect(page.member).toBeNull();
    expect(page.jsonLd).not.toContain("</script>");
    expect(JSON.parse(page.jsonLd)).toMatchObject({
      "@type": "JobPosting",
      title: "</script><script>alert(1)</script>",
      hiringOrganization: { name: "信州精密工業株式会社" },
      jobLocation: { address: { addressRegion: "長野県" } },
    });
  });

  it("is 404 when not OPEN, except to the company's members, who get its history", async () => {
    const paused = await createTestChallenge(companyA, { status: "PAUSED" });
    const coordinator = await createTestUser({ role: "COORDINATOR" });
    for (const cookie of [undefined, cookieB, await sessionCookie(coordinator.id)]) {
      const outcome = await callRoute(detailRoute.loader, {
        path: `/challenges/${paused.id}`,
        params: { challengeId: paused.id },
        cookie,
      });
      expect(outcome.status).toBe(404);
    }
    const member = await callRoute(detailRoute.loader, {
      path: `/challenges/${paused.id}`,
      params: { challengeId: paused.id },
      cookie: cookieA,
    });
    const { page } = member.data as {
      page: { jsonLd: string | null; member: { actions: string[]; history: unknown[] } };
    };
    expect(page.jsonLd).toBeNull();
    expect(page.member.actions).toEqual(["resume", "close"]);
    expect(page.member.history).toHaveLength(1);
  });
});

describe("export", () => {
  it("downloads every challenge as CSV (BOM, CRLF, formulas defused) and JSON with history", async () => {
    await createTestChallenge(companyA, { title: '=HYPERLINK("http://evil.test")' });
    await createTestChallenge(companyA, { status: "DRAFT", title: "下書き, その2" });
    await createTestChallenge(companyB, { title: "他社の課題" });
    const csv = await callRoute(exportRoute.loader, {
      path: `/companies/${companyA}/challenges/export?format=csv`,
      params: { companyId: companyA },
      cookie: cookieA,
    });
    expect(csv.response?.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(csv.response?.headers.get("Content-Disposition")).toMatch(
      /^attachment; filename="challenges-\d{8}\.csv"$/,
    );
    const bytes = new Uint8Array(await csv.response!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    expect(text.startsWith("\uFEFFid,url,status,closeReason,title,")).toBe(true);
    const lines = text.slice(1).trimEnd().split("\r\n");
    expect(lines).toHaveLength(3);
    expect(text).toContain(`"'=HYPERLINK(""http://evil.test"")"`);
    expect(text).toContain('"下書き, その2"');
    expect(text).not.toContain("他社の課題");

    const json = await callRoute(exportRoute.loader, {
      path: `/companies/${companyA}/challenges/export?format=json`,
      params: { companyId: companyA },
      cookie: cookieA,
    });
    const body = (await json.response!.json()) as {
      company: { name: string };
      challenges: { status: string; engagementTypes: string[]; statusHistory: unknown[] }[];
    };
    expect(body.company.name).toBe("信州精密工業株式会社");
    expect(body.challenges.map((challenge) => challenge.status).sort()).toEqual(["DRAFT", "OPEN"]);
    expect(body.challenges[0]!.engagementTypes).toEqual(["SIDE_JOB", "CONTRACT"]);
    expect(body.challenges[0]!.statusHistory).toHaveLength(1);

    const other = await callRoute(exportRoute.loader, {
      path: `/companies/${companyA}/challenges/export?format=csv`,
      params: { companyId: companyA },
      cookie: cookieB,
    });
    expect(other.status).toBe(403);
    const bad = await callRoute(exportRoute.loader, {
      path: `/companies/${companyA}/challenges/export?format=xlsx`,
      params: { companyId: companyA },
      cookie: cookieA,
    });
    expect(bad.status).toBe(400);
  });
});
