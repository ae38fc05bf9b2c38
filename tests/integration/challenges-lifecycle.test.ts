import { beforeEach, describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { changeChallengeStatus } from "~/modules/challenges/lifecycle.server";
import { createTestChallenge } from "../support/challenges";
import { resetDatabase } from "../support/database";
import { createTestCompany, createTestSkills } from "../support/market";

let companyId: string;
let ownerId: string;
let skillId: string;

beforeEach(async () => {
  await resetDatabase();
  ({
    company: { id: companyId },
    ownerId,
  } = await createTestCompany());
  const [skill] = await createTestSkills([{ ja: "DX推進", en: "Digital transformation" }]);
  skillId = skill!.id;
});

async function draft() {
  return createTestChallenge(companyId, {
    status: "DRAFT",
    createdById: ownerId,
    requiredSkillIds: [skillId],
  });
}

const actor = () => ({ id: ownerId, ipAddress: "127.0.0.1" });

describe("changeChallengeStatus", () => {
  it("publishes, pauses, resumes and closes, recording who, when and why each time", async () => {
    const challenge = await draft();
    // Later than the draft's creation, a day apart.
    const [t1, t2, t3, t4] = [1, 2, 3, 4].map((days) => new Date(Date.now() + days * 86_400_000));
    const base = { challengeId: challenge.id, actor: actor() };

    expect(await changeChallengeStatus({ ...base, action: "publish", now: t1 })).toEqual({
      ok: true,
      from: "DRAFT",
      to: "OPEN",
    });
    let row = await db.challenge.findUniqueOrThrow({ where: { id: challenge.id } });
    expect(row).toMatchObject({ status: "OPEN", publishedAt: t1, statusChangedAt: t1 });

    await changeChallengeStatus({ ...base, action: "pause", now: t2 });
    await changeChallengeStatus({ ...base, action: "resume", now: t3 });
    row = await db.challenge.findUniqueOrThrow({ where: { id: challenge.id } });
    // Reopening keeps the first publication date.
    expect(row).toMatchObject({ status: "OPEN", publishedAt: t1, statusChangedAt: t3 });

    await changeChallengeStatus({
      ...base,
      action: "close",
      closeReason: "FILLED",
      note: "佐藤さんに決まりました",
      now: t4,
    });
    row = await db.challenge.findUniqueOrThrow({ where: { id: challenge.id } });
    expect(row).toMatchObject({ status: "CLOSED", closeReason: "FILLED", statusChangedAt: t4 });

    const history = await db.challengeStatusChange.findMany({
      where: { challengeId: challenge.id },
      orderBy: { createdAt: "asc" },
      select: { fromStatus: true, toStatus: true, closeReason: true, note: true, actorId: true },
    });
    expect(history).toEqual([
      { fromStatus: null, toStatus: "DRAFT", closeReason: null, note: null, actorId: null },
      { fromStatus: "DRAFT", toStatus: "OPEN", closeReason: null, note: null, actorId: ownerId },
      { fromStatus: "OPEN", toStatus: "PAUSED", closeReason: null, note: null, actorId: ownerId },
      { fromStatus: "PAUSED", toStatus: "OPEN", closeReason: null, note: null, actorId: ownerId },
      {
        fromStatus: "OPEN",
        toStatus: "CLOSED",
        closeReason: "FILLED",
        note: "佐藤さんに決まりました",
        actorId: ownerId,
      },
    ]);
    const audits = await db.auditLog.findMany({
      where: { targetId: challenge.id },
      orderBy: { createdAt: "asc" },
      select: { action: true, actorId: true, metadata: true },
    });
    expect(audits.map((audit) => audit.action)).toEqual([
      "challenge.publish",
      "challenge.pause",
      "challenge.resume",
      "challenge.close",
    ]);
    expect(JSON.parse(audits[3]!.metadata)).toEqual({
      from: "OPEN",
      to: "CLOSED",
      closeReason: "FILLED",
    });
  });

  it("CLOSED is final and a transition not in the table changes nothing", async () => {
    const challenge = await draft();
    const base = { challengeId: challenge.id, actor: actor() };
    expect(await changeChallengeStatus({ ...base, action: "pause" })).toEqual({
      ok: false,
      reason: "notAllowed",
      from: "DRAFT",
    });
    await changeChallengeStatus({ ...base, action: "close", closeReason: "CANCELLED" });
    for (const action of ["publish", "pause", "resume", "close"] as const) {
      const outcome = await changeChallengeStatus({ ...base, action, closeReason: "FILLED" });
      expect(outcome).toEqual({ ok: false, reason: "notAllowed", from: "CLOSED" });
    }
    expect(await db.challengeStatusChange.count({ where: { challengeId: challenge.id } })).toBe(2);
  });

  it("will not publish an incomplete draft, and says what is missing", async () => {
    const challenge = await createTestChallenge(companyId, { status: "DRAFT" });
    await db.challenge.update({
      where: { id: challenge.id },
      data: { successCriteria: "", hoursPerWeek: 0 },
    });
    const outcome = await changeChallengeStatus({
      challengeId: challenge.id,
      actor: actor(),
      action: "publish",
    });
    expect(outcome).toEqual({
      ok: false,
      reason: "incomplete",
      problems: [
        { kind: "checklist", key: "outcome" },
        { kind: "checklist", key: "skills" },
        { kind: "checklist", key: "time" },
      ],
    });
    const row = await db.challenge.findUniqueOrThrow({ where: { id: challenge.id } });
    expect(row.status).toBe("DRAFT");
    expect(row.publishedAt).toBeNull();
    expect(await db.auditLog.count()).toBe(0);
  });

  it("will not publish with an application deadline already past in Japan", async () => {
    const challenge = await draft();
    await db.challenge.update({
      where: { id: challenge.id },
      data: { applicationDeadline: new Date("2026-03-09T15:00:00Z") }, // 2026-03-10 JST
    });
    const base = { challengeId: challenge.id, actor: actor(), action: "publish" as const };
    expect(await changeChallengeStatus({ ...base, now: new Date("2026-03-10T15:00:00Z") })).toEqual(
      { ok: false, reason: "incomplete", problems: [{ kind: "deadlinePassed" }] },
    );
    expect(await changeChallengeStatus({ ...base, now: new Date("2026-03-10T14:00:00Z") })).toEqual(
      { ok: true, from: "DRAFT", to: "OPEN" },
    );
  });
});
