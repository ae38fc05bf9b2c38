import { beforeEach, describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { updateProfile } from "~/modules/auth/accounts.server";
import {
  createChallenge,
  saveWizardStep,
  updateChallenge,
} from "~/modules/challenges/challenges.server";
import { changeChallengeStatus } from "~/modules/challenges/lifecycle.server";
import type { ChallengeFormValue } from "~/modules/challenges/schema";
import { updateCompany } from "~/modules/companies/companies.server";
import {
  blockCompany,
  saveBasics,
  saveCareers,
  saveCredentials,
  saveIndustries,
  savePreferences,
  saveRegions,
  saveSkills,
  setVisibility,
  unblockCompany,
} from "~/modules/professionals/profile.server";
import { enqueueSearchSync } from "~/modules/search/outbox.server";
import { deleteSkill, updateSkill } from "~/modules/skills/admin.server";
import { runSeed } from "../../prisma/seed";
import { createTestChallenge } from "../support/challenges";
import { resetDatabase } from "../support/database";
import {
  challengeCells,
  challengeHeader,
  companyCells,
  companyHeader,
  csvBytes,
  preview,
  professionalCells,
  professionalHeader,
  runToEnd,
} from "../support/imports";
import { createTestCompany, createTestSkills } from "../support/market";
import { createTestProfile } from "../support/professionals";
import { outboxRows, pendingIds } from "../support/search";
import { createTestUser } from "../support/users";

/**
 * Every write that changes what search shows queues a SearchOutbox row for the entity,
 * in the same transaction as the write: the row exists exactly when the change does.
 */

let companyId: string;
let ownerId: string;
let skillId: string;

beforeEach(async () => {
  await resetDatabase();
  ({
    company: { id: companyId },
    ownerId,
  } = await createTestCompany({ name: "信州精密工業" }));
  const [skill] = await createTestSkills([{ ja: "DX推進", en: "Digital transformation" }]);
  skillId = skill!.id;
});

const actor = () => ({ id: ownerId, ipAddress: "127.0.0.1" });
const skills = () => ({
  required: [{ id: skillId, slug: "dx", nameJa: "DX推進", nameEn: "Digital transformation" }],
  niceToHave: [],
});

function formValue(overrides: Partial<ChallengeFormValue> = {}): ChallengeFormValue {
  return {
    title: "受発注をデジタル化したい",
    summary: "FAX と Excel の受発注を一つの仕組みにまとめたい",
    background: "受注の転記に毎日2時間かかっています。",
    successCriteria: "受注から出荷までを一つのシステムで追える",
    deliverables: "導入計画",
    category: "DX_IT",
    engagementTypes: ["SIDE_JOB"],
    workStyle: "HYBRID",
    onsiteVisitsPerMonth: 1,
    hoursPerWeek: 8,
    durationMonths: 6,
    compensationType: "MONTHLY",
    compensationMin: 200_000,
    compensationMax: 300_000,
    startDate: undefined,
    applicationDeadline: undefined,
    prefectureCode: "20",
    municipality: "諏訪市",
    requiredSkills: "DX推進",
    niceToHaveSkills: "",
    ...overrides,
  } as ChallengeFormValue;
}

describe("challenge writes", () => {
  it("creating, editing and every status change queue the challenge", async () => {
    const { id } = await createChallenge(companyId, actor(), formValue(), skills());
    expect(await pendingIds("challenge")).toEqual([id]);
    await db.searchOutbox.deleteMany();

    await saveWizardStep(id, actor(), 2, { summary: "もっと具体的に" });
    expect(await pendingIds("challenge")).toEqual([id]);
    await db.searchOutbox.deleteMany();

    expect(
      await changeChallengeStatus({ challengeId: id, actor: actor(), action: "publish" }),
    ).toMatchObject({ ok: true, to: "OPEN" });
    expect(await pendingIds("challenge")).toEqual([id]);
    await db.searchOutbox.deleteMany();

    expect(
      await updateChallenge(id, actor(), formValue({ title: "新しい題名" }), skills()),
    ).toEqual({ ok: true });
    expect(await pendingIds("challenge")).toEqual([id]);
    await db.searchOutbox.deleteMany();

    await changeChallengeStatus({
      challengeId: id,
      actor: actor(),
      action: "close",
      closeReason: "CANCELLED",
    });
    expect(await pendingIds("challenge")).toEqual([id]);
  });

  it("a change that is refused queues nothing", async () => {
    const challenge = await createTestChallenge(companyId, { status: "DRAFT" });
    // Incomplete: the checklist refuses publication and nothing is written.
    await db.challenge.update({ where: { id: challenge.id }, data: { summary: "" } });
    const outcome = await changeChallengeStatus({
      challengeId: challenge.id,
      actor: actor(),
      action: "publish",
    });
    expect(outcome.ok).toBe(false);
    expect(await outboxRows()).toEqual([]);
  });

  it("a rolled-back transaction leaves neither the change nor its row", async () => {
    const challenge = await createTestChallenge(companyId, { title: "元の題名" });
    await expect(
      db.$transaction(async (tx) => {
        await tx.challenge.update({ where: { id: challenge.id }, data: { title: "新しい題名" } });
        await enqueueSearchSync(tx, "challenge", [challenge.id]);
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(await outboxRows()).toEqual([]);
    expect((await db.challenge.findUniqueOrThrow({ where: { id: challenge.id } })).title).toBe(
      "元の題名",
    );
  });

  it("editing a company queues its open challenges (their documents name it)", async () => {
    const open = await createTestChallenge(companyId);
    await createTestChallenge(companyId, { status: "DRAFT" });
    await updateCompany({ id: ownerId }, companyId, {
      name: "信州精密工業株式会社",
      prefectureCode: "20",
      municipality: "松本市",
      industryCode: "E",
      employeesBand: "E10_49",
      description: "",
    });
    expect(await pendingIds("challenge")).toEqual([open.id]);
  });
});

describe("profile writes", () => {
  it("every section's save queues the profile", async () => {
    const { user, profile } = await createTestProfile();
    const saves: Array<[string, () => Promise<unknown>]> = [
      ["basics", () => saveBasics(user.id, { headline: "DX", bio: "経歴" })],
      [
        "skills",
        () =>
          saveSkills(user.id, { skills: [{ name: "DX推進", years: 3, level: "ADVANCED" }] }, "ja"),
      ],
      [
        "career",
        () =>
          saveCareers(user.id, {
            careers: [{ organisation: "株式会社ひみつ", title: "課長", startYear: 2015 }],
          }),
      ],
      ["industries", () => saveIndustries(user.id, ["E"])],
      [
        "credentials",
        () => saveCredentials(user.id, { certificates: [], languages: [], links: [] }),
      ],
      [
        "preferences",
        () => savePreferences(user.id, { engagementTypes: ["SIDE_JOB"], workStyles: ["REMOTE"] }),
      ],
      ["regions", () => saveRegions(user.id, { regions: ["20"], ties: [] })],
      ["visibility", () => setVisibility(user.id, "ANONYMOUS", {})],
      ["block", () => blockCompany(user.id, companyId, {})],
      ["unblock", () => unblockCompany(user.id, companyId, {})],
      ["name", () => updateProfile(user.id, { name: "新しい名前", locale: "ja" })],
    ];
    for (const [section, save] of saves) {
      await db.searchOutbox.deleteMany();
      await save();
      expect(await pendingIds("profile"), section).toEqual([profile.id]);
    }
  });

  it("queues one row per profile while one waits, a new one once a drainer holds it", async () => {
    const { user, profile } = await createTestProfile();
    await saveBasics(user.id, { headline: "一回目" });
    await saveBasics(user.id, { headline: "二回目" });
    expect(await outboxRows("profile")).toHaveLength(1);
    // A drainer claimed the row (and may have read the first headline): a new row is due.
    await db.searchOutbox.updateMany({ data: { lockedUntil: new Date(Date.now() + 60_000) } });
    await saveBasics(user.id, { headline: "三回目" });
    const rows = await outboxRows("profile");
    expect(rows.map((row) => row.entityId)).toEqual([profile.id, profile.id]);
  });

  it("a professional without a profile changing their name queues nothing", async () => {
    const user = await createTestUser();
    await updateProfile(user.id, { name: "名前", locale: "ja" });
    expect(await outboxRows()).toEqual([]);
  });
});

describe("skill edits", () => {
  it("renaming or deleting a skill queues the open challenges and profiles listing it", async () => {
    const admin = await createTestUser({ role: "ADMIN" });
    const open = await createTestChallenge(companyId, { requiredSkillIds: [skillId] });
    await createTestChallenge(companyId, { status: "CLOSED", requiredSkillIds: [skillId] });
    const { profile } = await createTestProfile();
    await db.profileSkill.create({
      data: { profileId: profile.id, skillId, years: 2, level: "BASIC" },
    });
    await createTestProfile(); // without the skill

    const outcome = await updateSkill(
      skillId,
      { nameJa: "DX推進支援", nameEn: "Digital transformation", aliases: ["DX"], group: "it-dev" },
      admin,
      "ja",
    );
    expect(outcome).toMatchObject({ ok: true });
    expect(await pendingIds("challenge")).toEqual([open.id]);
    expect(await pendingIds("profile")).toEqual([profile.id]);

    await db.searchOutbox.deleteMany();
    expect(await deleteSkill(skillId, admin)).toBe(true);
    expect(await pendingIds("challenge")).toEqual([open.id]);
    expect(await pendingIds("profile")).toEqual([profile.id]);
  });
});

describe("imports and the demo seed", () => {
  it("an import queues every challenge and professional it writes", async () => {
    const coordinator = await createTestUser({ role: "COORDINATOR" });
    const staff = { id: coordinator.id, role: "COORDINATOR" as const };
    await createTestSkills([
      { ja: "Python", en: "Python" },
      { ja: "SQL", en: "SQL" },
    ]);
    const challengesJob = await preview(
      staff,
      "CHALLENGES",
      csvBytes([
        challengeHeader,
        challengeCells("信州精密工業", 1),
        challengeCells("信州精密工業", 2, "DRAFT"),
      ]),
    );
    await runToEnd(challengesJob.id, coordinator.id, "valid");
    const imported = await db.challenge.findMany({ where: { title: { startsWith: "課題" } } });
    expect(imported).toHaveLength(2);
    expect(await pendingIds("challenge")).toEqual(imported.map((row) => row.id).sort());

    const prosJob = await preview(
      staff,
      "PROFESSIONALS",
      csvBytes([professionalHeader, professionalCells(1), professionalCells(2)]),
    );
    await runToEnd(prosJob.id, coordinator.id, "valid");
    const profiles = await db.professionalProfile.findMany({ select: { id: true } });
    expect(profiles).toHaveLength(2);
    expect(await pendingIds("profile")).toEqual(profiles.map((row) => row.id).sort());
  });

  it("importing companies queues nothing (a new company has no open challenge)", async () => {
    const coordinator = await createTestUser({ role: "COORDINATOR" });
    const job = await preview(
      { id: coordinator.id, role: "COORDINATOR" },
      "COMPANIES",
      csvBytes([companyHeader, companyCells(1)]),
    );
    await runToEnd(job.id, coordinator.id, "valid");
    expect(await db.company.count()).toBe(2);
    expect(await outboxRows()).toEqual([]);
  });

  it("the seed queues every challenge and profile", async () => {
    await resetDatabase();
    await runSeed({ enabled: true });
    const [challenges, profiles] = await Promise.all([
      db.challenge.findMany({ select: { id: true } }),
      db.professionalProfile.findMany({ select: { id: true } }),
    ]);
    expect(await pendingIds("challenge")).toEqual(challenges.map((row) => row.id).sort());
    expect(await pendingIds("profile")).toEqual(profiles.map((row) => row.id).sort());
  });
});
