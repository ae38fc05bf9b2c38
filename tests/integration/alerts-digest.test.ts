import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { sendDueDigests } from "~/modules/alerts/digest.server";
import { hashToken } from "~/modules/auth/tokens.server";
import { drainEmailOutbox } from "~/modules/notifications/email/drainer.server";
import { createResendTransport } from "~/modules/notifications/email/transport.server";
import { reindexAll } from "~/modules/search/reindex.server";
import { DAY_MS, HOUR_MS, insertSavedSearch } from "../support/alerts";
import { resetDatabase } from "../support/database";
import { insertChallenge } from "../support/discovery";
import { createTestCompany } from "../support/market";
import { queuedEmails } from "../support/outbox";
import { createTestProfile } from "../support/professionals";
import { createTestUser } from "../support/users";

/** Digests over real SQLite and the real embedded engine, through G's search services. */

type DigestPayload = {
  name: string;
  count: string;
  url: string;
  items: Array<{ title: string; url: string; detail?: string }>;
  itemsMore: string;
  unsubscribeUrl: string;
  listUnsubscribeUrl: string;
};

async function digests() {
  const rows = await queuedEmails({ template: "saved-search-digest" });
  return rows.map((row) => ({ ...row, payload: JSON.parse(row.payload) as DigestPayload }));
}

const japanDay = (date: Date) => new Date(date.getTime() + 9 * HOUR_MS).toISOString().slice(0, 10);

describe("challenge digests", () => {
  let companyId = "";
  let proId = "";
  let proEmail = "";

  beforeEach(async () => {
    await resetDatabase();
    companyId = (await createTestCompany({ name: "信州精密工業株式会社" })).company.id;
    const pro = await createTestUser({ role: "PROFESSIONAL", email: "pro@alerts.example.jp" });
    proId = pro.id;
    proEmail = pro.email;
    await insertChallenge(companyId, { title: "以前からある DX 推進", daysAgo: 5 });
    await insertChallenge(companyId, {
      title: "生産管理の DX 化",
      daysAgo: 1,
      prefectureCode: "20",
    });
    await insertChallenge(companyId, { title: "首都圏への販路開拓", daysAgo: 1 });
    await insertChallenge(companyId, { title: "下書きの DX", daysAgo: 1, status: "DRAFT" });
    await reindexAll();
  });

  it("mails exactly the new matches once, with a one-click unsubscribe link", async () => {
    const now = new Date();
    const { search } = await insertSavedSearch(proId, {
      query: "q=DX",
      name: "DX案件",
      lastNotifiedAt: new Date(now.getTime() - 2 * DAY_MS),
    });

    expect(await sendDueDigests(now)).toEqual({ checked: 1, sent: 1, empty: 0, failed: 0 });

    const [mail, ...others] = await digests();
    expect(others).toHaveLength(0);
    expect(mail!.to).toBe(proEmail);
    expect(mail!.locale).toBe("ja");
    expect(mail!.idempotencyKey).toBe(`saved-search-digest/${search.id}/${japanDay(now)}`);
    const { payload } = mail!;
    expect(payload.items.map((item) => item.title)).toEqual(["生産管理の DX 化"]);
    expect(payload.items[0]!.url).toMatch(/^http:\/\/localhost:3000\/challenges\/\w+$/);
    expect(payload.items[0]!.detail).toBe("信州精密工業株式会社 · 長野県");
    expect(payload.count).toBe("1");
    expect(payload.itemsMore).toBe("");
    expect(payload.url).toBe("http://localhost:3000/challenges?q=DX");

    // The link's token is the one stored (hashed) for this saved search.
    const token = payload.unsubscribeUrl.match(/\/unsubscribe\/([a-z2-7]{32})$/)?.[1];
    expect(token).toBeDefined();
    const after = await db.savedSearch.findUniqueOrThrow({ where: { id: search.id } });
    expect(after.unsubscribeTokenHash).toBe(hashToken(token!));
    expect(after.lastNotifiedAt.getTime()).toBe(now.getTime());

    // Run again at the same moment: nothing is due, nothing is sent twice.
    expect(await sendDueDigests(now)).toEqual({ checked: 0, sent: 0, empty: 0, failed: 0 });
    expect(await digests()).toHaveLength(1);
  });

  it("sends nothing twice when two runners race for the same digest", async () => {
    const now = new Date();
    await insertSavedSearch(proId, {
      query: "q=DX",
      lastNotifiedAt: new Date(now.getTime() - 2 * DAY_MS),
    });
    const runs = await Promise.all([sendDueDigests(now), sendDueDigests(now)]);
    expect(runs.reduce((sum, run) => sum + run.sent, 0)).toBe(1);
    expect(await digests()).toHaveLength(1);
  });

  it("moves on without mail when nothing new matches", async () => {
    const now = new Date();
    const { search } = await insertSavedSearch(proId, {
      query: "q=DX",
      lastNotifiedAt: new Date(now.getTime() - 2 * DAY_MS),
    });
    await sendDueDigests(now);
    const tomorrow = new Date(now.getTime() + DAY_MS);
    expect(await sendDueDigests(tomorrow)).toEqual({ checked: 1, sent: 0, empty: 1, failed: 0 });
    expect(await digests()).toHaveLength(1);
    const after = await db.savedSearch.findUniqueOrThrow({ where: { id: search.id } });
    expect(after.lastNotifiedAt.getTime()).toBe(tomorrow.getTime());
  });

  it("leaves searches with alerts off, and weekly ones before their week, alone", async () => {
    const now = new Date();
    const twoDaysAgo = new Date(now.getTime() - 2 * DAY_MS);
    const off = await insertSavedSearch(proId, {
      query: "q=DX",
      frequency: "OFF",
      lastNotifiedAt: twoDaysAgo,
    });
    const weekly = await insertSavedSearch(proId, {
      query: "q=DX",
      frequency: "WEEKLY",
      lastNotifiedAt: twoDaysAgo,
    });
    expect(await sendDueDigests(now)).toEqual({ checked: 0, sent: 0, empty: 0, failed: 0 });
    expect(await digests()).toHaveLength(0);
    for (const { search } of [off, weekly]) {
      const row = await db.savedSearch.findUniqueOrThrow({ where: { id: search.id } });
      expect(row.lastNotifiedAt.getTime()).toBe(twoDaysAgo.getTime());
    }

    // A week later the weekly one is due, with its ISO-week key.
    const nextWeek = new Date(twoDaysAgo.getTime() + 7 * DAY_MS);
    expect((await sendDueDigests(nextWeek)).sent).toBe(1);
    const [mail] = await digests();
    expect(mail!.idempotencyKey).toMatch(
      new RegExp(`^saved-search-digest/${weekly.search.id}/\\d{4}-W\\d{2}$`),
    );
  });

  it("lists ten matches and counts the rest, in the owner's language", async () => {
    const english = await createTestUser({ role: "COMPANY_MEMBER", locale: "en" });
    for (let index = 0; index < 12; index += 1) {
      await insertChallenge(companyId, { title: `サブスク事業の立ち上げ ${index}`, daysAgo: 0 });
    }
    await reindexAll();
    const now = new Date();
    await insertSavedSearch(english.id, {
      query: "q=サブスク",
      lastNotifiedAt: new Date(now.getTime() - 2 * DAY_MS),
    });
    await sendDueDigests(now);
    const [mail] = await digests();
    expect(mail!.locale).toBe("en");
    expect(mail!.payload.items).toHaveLength(10);
    expect(mail!.payload.count).toBe("12");
    expect(mail!.payload.itemsMore).toBe("and 2 more");
  });

  it("sends List-Unsubscribe headers through Resend", async () => {
    const server = setupServer();
    const bodies: Array<Record<string, unknown>> = [];
    server.use(
      http.post("https://api.resend.com/emails", async ({ request }) => {
        bodies.push((await request.json()) as Record<string, unknown>);
        return HttpResponse.json({ id: "msg_1" });
      }),
    );
    delete process.env.RESEND_BASE_URL;
    server.listen({ onUnhandledRequest: "bypass" });
    try {
      const now = new Date();
      await insertSavedSearch(proId, {
        query: "q=DX",
        lastNotifiedAt: new Date(now.getTime() - 2 * DAY_MS),
      });
      await sendDueDigests(now);
      const [mail] = await digests();
      const sent = await drainEmailOutbox(createResendTransport("re_test", "Enishi <a@b.jp>"));
      expect(sent).toBe(1);
      expect(mail!.payload.listUnsubscribeUrl).toBe(`${mail!.payload.unsubscribeUrl}/one-click`);
      expect(bodies[0]!.headers).toEqual({
        "List-Unsubscribe": `<${mail!.payload.listUnsubscribeUrl}>`,
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      });
      expect(String(bodies[0]!.html)).toContain("生産管理の DX 化");
    } finally {
      server.close();
    }
  });
});

describe("professional digests obey visibility and blocks at send time", () => {
  let fixtures: Awaited<ReturnType<typeof seed>>;

  async function seed() {
    const memberA = await createTestUser({ role: "COMPANY_MEMBER", email: "a@alerts.example.jp" });
    const memberB = await createTestUser({ role: "COMPANY_MEMBER", email: "b@alerts.example.jp" });
    const { company: companyA } = await createTestCompany({
      name: "A株式会社",
      ownerId: memberA.id,
    });
    const { company: companyB } = await createTestCompany({
      name: "B株式会社",
      ownerId: memberB.id,
    });
    const publicPro = await createTestProfile({
      name: "公開 花子",
      visibility: "PUBLIC",
      headline: "セールスの専門家",
    });
    const signedIn = await createTestProfile({
      name: "会員 次郎",
      visibility: "SIGNED_IN",
      headline: "製造業のセールス改革",
      blockedCompanyIds: [companyB.id],
    });
    const anonymous = await createTestProfile({
      name: "匿名 三郎",
      visibility: "ANONYMOUS",
      headline: "セールスとマーケティング",
      currentEmployer: "B株式会社",
      blockedCompanyIds: [companyB.id],
    });
    await createTestProfile({
      name: "非公開 四郎",
      visibility: "HIDDEN",
      headline: "セールスの非公開プロフィール",
    });
    await reindexAll();
    return { memberA, memberB, companyA, companyB, publicPro, signedIn, anonymous };
  }

  beforeAll(async () => {
    await resetDatabase();
    fixtures = await seed();
  });

  beforeEach(async () => {
    await db.savedSearch.deleteMany();
    await db.emailOutbox.deleteMany();
  });

  async function digestFor(userId: string) {
    const now = new Date();
    const { search } = await insertSavedSearch(userId, {
      kind: "professionals",
      query: "q=セールス",
      lastNotifiedAt: new Date(now.getTime() - 2 * DAY_MS),
    });
    await sendDueDigests(now);
    const mails = (await digests()).filter((mail) => mail.idempotencyKey.includes(search.id));
    return mails[0] ?? null;
  }

  it("shows company A the visible profiles, the anonymous one without its name", async () => {
    const mail = await digestFor(fixtures.memberA.id);
    const { items } = mail!.payload;
    expect(items.map((item) => item.title).sort()).toEqual(
      ["公開 花子", "会員 次郎", "匿名のプロ人材"].sort(),
    );
    const text = JSON.stringify(mail!.payload);
    expect(text).not.toContain("匿名 三郎");
    expect(text).not.toContain("B株式会社");
    expect(text).not.toContain("非公開");
    const anonymousItem = items.find((item) => item.title === "匿名のプロ人材")!;
    expect(anonymousItem.url).toBe(`http://localhost:3000/pros/${fixtures.anonymous.profile.id}`);
  });

  it("never shows company B the profiles that block it", async () => {
    const mail = await digestFor(fixtures.memberB.id);
    expect(mail!.payload.items.map((item) => item.title)).toEqual(["公開 花子"]);
  });

  it("applies a block made after the search was saved", async () => {
    await db.profileBlock.create({
      data: { profileId: fixtures.publicPro.profile.id, companyId: fixtures.companyB.id },
    });
    try {
      // Company B now sees nobody: no mail at all.
      expect(await digestFor(fixtures.memberB.id)).toBeNull();
    } finally {
      await db.profileBlock.deleteMany({
        where: { profileId: fixtures.publicPro.profile.id, companyId: fixtures.companyB.id },
      });
    }
  });

  it("sends nothing for a professional search its owner may no longer run", async () => {
    const pro = await createTestUser({ role: "PROFESSIONAL" });
    expect(await digestFor(pro.id)).toBeNull();
  });
});
