import { beforeEach, describe, expect, it } from "vitest";
import type { SearchEngine } from "#search/index";
import { db } from "~/lib/db.server";
import { changeChallengeStatus } from "~/modules/challenges/lifecycle.server";
import { saveBasics, setVisibility } from "~/modules/professionals/profile.server";
import { CHALLENGE_INDEX, PROFILE_INDEX } from "~/modules/search/documents";
import {
  CLAIM_MS,
  MAX_ATTEMPTS,
  backoffMs,
  drainAll,
  drainSearchOutbox,
} from "~/modules/search/drainer.server";
import { readySearchEngine } from "~/modules/search/engine.server";
import { enqueueSearchSync } from "~/modules/search/outbox.server";
import { challengeSearchSchema, professionalSearchSchema } from "~/modules/search/params";
import { searchChallenges, searchProfessionals } from "~/modules/search/query.server";
import { createTestChallenge } from "../support/challenges";
import { resetDatabase } from "../support/database";
import { createTestCompany, createTestSkills } from "../support/market";
import { createTestProfile } from "../support/professionals";
import { outboxRows, resetSearchIndex } from "../support/search";
import { createTestUser } from "../support/users";

let companyId: string;
let ownerId: string;

beforeEach(async () => {
  await resetDatabase();
  await resetSearchIndex();
  ({
    company: { id: companyId },
    ownerId,
  } = await createTestCompany({ name: "信州精密工業" }));
});

const findChallenges = (q: string) =>
  searchChallenges(challengeSearchSchema.parse({ q }), { locale: "ja" });

async function indexedCount(index: string) {
  return (await (await readySearchEngine()).stats(index)).documentCount;
}

/** The real engine, failing its first `failures` writes (or all of them). */
function failingEngine(
  engine: SearchEngine,
  failures = Infinity,
): SearchEngine & { calls: number } {
  let calls = 0;
  const fail = () => {
    calls += 1;
    if (calls <= failures) throw new Error("engine unavailable (test)");
  };
  return {
    get calls() {
      return calls;
    },
    configure: (settings) => engine.configure(settings),
    upsert: async (index, documents) => {
      fail();
      return engine.upsert(index, documents);
    },
    delete: async (index, ids) => {
      fail();
      return engine.delete(index, ids);
    },
    search: (index, query) => engine.search(index, query),
    stats: (index) => engine.stats(index),
    clear: (index) => engine.clear(index),
    close: () => engine.close(),
  };
}

describe("the search drainer", () => {
  it("applies a published challenge, marks the row SENT, and removes it when closed", async () => {
    const [skill] = await createTestSkills([{ ja: "法人営業", en: "B2B sales" }]);
    const challenge = await createTestChallenge(companyId, {
      status: "DRAFT",
      title: "セールス体制を立ち上げたい",
      createdById: ownerId,
      requiredSkillIds: [skill!.id],
    });
    expect(
      await changeChallengeStatus({
        challengeId: challenge.id,
        actor: { id: ownerId },
        action: "publish",
      }),
    ).toMatchObject({ ok: true });
    expect(await drainAll()).toEqual({ claimed: 1, applied: 1, failed: 0 });
    const [row] = await outboxRows();
    expect(row).toMatchObject({ status: "SENT", attempts: 1, lockedUntil: null, lastError: null });
    expect(row!.processedAt).toBeInstanceOf(Date);
    expect((await findChallenges("セールス")).items.map((item) => item.id)).toEqual([challenge.id]);

    await changeChallengeStatus({
      challengeId: challenge.id,
      actor: { id: ownerId },
      action: "close",
      closeReason: "FILLED",
    });
    await drainAll();
    expect((await findChallenges("セールス")).total).toBe(0);
    expect(await indexedCount(CHALLENGE_INDEX)).toBe(0);
  });

  it("is idempotent: applying a row twice leaves the same index", async () => {
    const challenge = await createTestChallenge(companyId, { title: "販路開拓の支援" });
    await enqueueSearchSync(db, "challenge", [challenge.id]);
    await drainAll();
    await db.searchOutbox.updateMany({ data: { status: "PENDING", processedAt: null } });
    expect(await drainAll()).toMatchObject({ applied: 1, failed: 0 });
    expect(await indexedCount(CHALLENGE_INDEX)).toBe(1);
    expect((await findChallenges("販路")).total).toBe(1);
  });

  it("reads the entity's state when it applies the row, not when it was queued", async () => {
    const { user, profile } = await createTestProfile({
      name: "山田 太郎",
      visibility: "PUBLIC",
      headline: "製造業のDX推進",
    });
    await saveBasics(user.id, { headline: "経理の仕組み化", bio: "" });
    await setVisibility(user.id, "ANONYMOUS", {});
    expect(await outboxRows("profile")).toHaveLength(1);
    await drainAll();
    const coordinator = await createTestUser({ role: "COORDINATOR" });
    const viewer = { userId: coordinator.id, role: "COORDINATOR" as const, companyIds: [] };
    const search = (q: string) =>
      searchProfessionals(professionalSearchSchema.parse({ q }), viewer, { locale: "ja" });
    expect((await search("経理")).items).toMatchObject([
      { id: profile.id, view: "anonymous", name: null },
    ]);
    expect((await search("山田")).total).toBe(0);

    await setVisibility(user.id, "HIDDEN", {});
    await drainAll();
    expect(await indexedCount(PROFILE_INDEX)).toBe(0);
  });

  it("retries with exponential backoff when the engine fails, then succeeds", async () => {
    const engine = failingEngine(await readySearchEngine(), 2);
    const challenge = await createTestChallenge(companyId, { title: "販路開拓の支援" });
    await enqueueSearchSync(db, "challenge", [challenge.id]);
    const t0 = new Date();

    expect(await drainSearchOutbox({ engine, now: t0 })).toEqual({
      claimed: 1,
      applied: 0,
      failed: 1,
    });
    let [row] = await outboxRows();
    expect(row).toMatchObject({
      status: "PENDING",
      attempts: 1,
      lockedUntil: null,
      lastError: "engine unavailable (test)",
    });
    // 2 s ± 20 % after the attempt.
    const firstWait = row!.nextAttemptAt.getTime() - t0.getTime();
    expect(firstWait).toBeGreaterThanOrEqual(1_600);
    expect(firstWait).toBeLessThan(2_600);
    // Not due yet: nothing to claim.
    expect((await drainSearchOutbox({ engine, now: t0 })).claimed).toBe(0);

    const t1 = new Date(row!.nextAttemptAt.getTime() + 1);
    expect(await drainSearchOutbox({ engine, now: t1 })).toMatchObject({ failed: 1 });
    [row] = await outboxRows();
    const secondWait = row!.nextAttemptAt.getTime() - t1.getTime();
    expect(secondWait).toBeGreaterThanOrEqual(3_200); // 4 s ± 20 %
    expect(secondWait).toBeLessThan(5_100);

    const t2 = new Date(row!.nextAttemptAt.getTime() + 1);
    expect(await drainSearchOutbox({ engine, now: t2 })).toMatchObject({ applied: 1 });
    [row] = await outboxRows();
    expect(row).toMatchObject({ status: "SENT", attempts: 3, lastError: null });
    expect((await findChallenges("販路")).total).toBe(1);
  });

  it("gives up after MAX_ATTEMPTS with the last error kept", async () => {
    const engine = failingEngine(await readySearchEngine());
    const challenge = await createTestChallenge(companyId);
    await enqueueSearchSync(db, "challenge", [challenge.id]);
    let now = new Date();
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      expect(await drainSearchOutbox({ engine, now })).toMatchObject({ claimed: 1, failed: 1 });
      const [row] = await outboxRows();
      now = new Date(row!.nextAttemptAt.getTime() + 1);
    }
    const [row] = await outboxRows();
    expect(row).toMatchObject({
      status: "FAILED",
      attempts: MAX_ATTEMPTS,
      lastError: "engine unavailable (test)",
    });
    expect((await drainSearchOutbox({ engine, now })).claimed).toBe(0);
  });

  it("leaves rows another drainer claimed until the claim runs out", async () => {
    const challenge = await createTestChallenge(companyId);
    await enqueueSearchSync(db, "challenge", [challenge.id]);
    const now = new Date();
    await db.searchOutbox.updateMany({
      data: { lockedUntil: new Date(now.getTime() + CLAIM_MS), attempts: 1 },
    });
    expect((await drainSearchOutbox({ now })).claimed).toBe(0);
    const later = new Date(now.getTime() + CLAIM_MS + 1);
    expect(await drainSearchOutbox({ now: later })).toMatchObject({ claimed: 1, applied: 1 });
    expect((await outboxRows())[0]).toMatchObject({ status: "SENT", attempts: 2 });
  });

  it("fails rows of an unknown entity at once", async () => {
    await db.searchOutbox.create({ data: { entity: "company", entityId: companyId } });
    expect(await drainAll()).toMatchObject({ claimed: 1, failed: 1 });
    expect((await outboxRows())[0]).toMatchObject({ status: "FAILED", attempts: 1 });
  });

  it("backs off exponentially from 2 s up to ten minutes", () => {
    const middle = () => 0.5;
    expect(backoffMs(1, middle)).toBe(2_000);
    expect(backoffMs(2, middle)).toBe(4_000);
    expect(backoffMs(5, middle)).toBe(32_000);
    expect(backoffMs(30, middle)).toBe(600_000);
    expect(backoffMs(1, () => 0)).toBe(1_600);
    expect(backoffMs(1, () => 1)).toBe(2_400);
  });

  it("syncs a skill rename into every document listing it", async () => {
    const [skill] = await createTestSkills([{ ja: "データ分析", en: "Data analysis" }]);
    await createTestChallenge(companyId, { title: "需要予測", requiredSkillIds: [skill!.id] });
    await enqueueSearchSync(
      db,
      "challenge",
      (await db.challenge.findMany()).map((row) => row.id),
    );
    await drainAll();
    expect((await findChallenges("データ分析")).total).toBe(1);
    const { updateSkill } = await import("~/modules/skills/admin.server");
    const admin = await createTestUser({ role: "ADMIN" });
    await updateSkill(
      skill!.id,
      { nameJa: "データサイエンス", nameEn: "Data science", aliases: [], group: "it-dev" },
      admin,
      "ja",
    );
    await drainAll();
    expect((await findChallenges("データサイエンス")).total).toBe(1);
    expect((await findChallenges("データ分析")).total).toBe(0);
  });
});
