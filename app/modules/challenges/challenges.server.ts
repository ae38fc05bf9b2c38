import type { ChallengeStatus } from "~/generated/prisma/enums";
import { db, type DbClient } from "~/lib/db.server";
import type { Locale } from "~/lib/i18n/locales";
import { translate } from "~/lib/i18n/translate";
import { recordAudit } from "~/modules/audit/audit.server";
import { enqueueSearchSync } from "~/modules/search/outbox.server";
import { decodeCodeList, encodeCodeList } from "~/modules/reference/code-lists";
import { engagementTypes } from "~/modules/reference/work";
import { splitSkillList } from "~/modules/skills/names";
import { resolveSkillNames, type SkillRef } from "~/modules/skills/resolve.server";
import { publishProblems, type ChecklistDraft, type PublishProblem } from "./checklist";
import { dateToDay, dayToDate, todayInJapan } from "./dates";
import type { ChallengeFormValue } from "./schema";

export type Actor = { id: string; ipAddress?: string };

export function skillName(skill: { nameJa: string; nameEn: string }, locale: Locale) {
  return locale === "ja" ? skill.nameJa : skill.nameEn;
}

function listSeparator(locale: Locale) {
  return locale === "ja" ? "、" : ", ";
}

export type ResolvedChallengeSkills =
  | { ok: true; required: SkillRef[]; niceToHave: SkillRef[] }
  | { ok: false; fieldErrors: Record<string, string[]> };

/**
 * Typed skill names → taxonomy skills. Unknown names are reported next to their field
 * (already translated: the message names them); a skill cannot be in both lists.
 */
export async function resolveChallengeSkills(
  client: DbClient,
  input: { requiredSkills: string; niceToHaveSkills: string },
  locale: Locale,
): Promise<ResolvedChallengeSkills> {
  const required = await resolveSkillNames(client, splitSkillList(input.requiredSkills));
  const niceToHave = await resolveSkillNames(client, splitSkillList(input.niceToHaveSkills));
  const fieldErrors: Record<string, string[]> = {};
  const unknown = (names: string[]) => [
    translate(locale, "reference.errors.unknownSkills", {
      names: names.join(listSeparator(locale)),
    }),
  ];
  if (required.unknown.length > 0) fieldErrors.requiredSkills = unknown(required.unknown);
  if (niceToHave.unknown.length > 0) fieldErrors.niceToHaveSkills = unknown(niceToHave.unknown);
  const requiredIds = new Set(required.skills.map((skill) => skill.id));
  const both = niceToHave.skills.filter((skill) => requiredIds.has(skill.id));
  if (both.length > 0 && !fieldErrors.niceToHaveSkills) {
    fieldErrors.niceToHaveSkills = [
      translate(locale, "challenges.errors.skillInBoth", {
        names: both.map((skill) => skillName(skill, locale)).join(listSeparator(locale)),
      }),
    ];
  }
  if (Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };
  return { ok: true, required: required.skills, niceToHave: niceToHave.skills };
}

function skillRows(skills: { required: SkillRef[]; niceToHave: SkillRef[] }) {
  return [
    ...skills.required.map((skill) => ({ skillId: skill.id, required: true })),
    ...skills.niceToHave.map((skill) => ({ skillId: skill.id, required: false })),
  ];
}

/** Form values → the challenge's columns (skills apart). */
function challengeData(value: ChallengeFormValue) {
  const paid = value.compensationType !== "NONE";
  return {
    title: value.title,
    summary: value.summary,
    background: value.background,
    successCriteria: value.successCriteria,
    deliverables: value.deliverables,
    category: value.category,
    engagementTypes: encodeCodeList(value.engagementTypes, engagementTypes),
    workStyle: value.workStyle,
    onsiteVisitsPerMonth: value.onsiteVisitsPerMonth,
    hoursPerWeek: value.hoursPerWeek,
    durationMonths: value.durationMonths,
    compensationType: value.compensationType,
    compensationMin: paid ? (value.compensationMin ?? null) : null,
    compensationMax: paid ? (value.compensationMax ?? null) : null,
    startDate: value.startDate ? dayToDate(value.startDate) : null,
    applicationDeadline: value.applicationDeadline ? dayToDate(value.applicationDeadline) : null,
    prefectureCode: value.prefectureCode,
    municipality: value.municipality,
  };
}

/** A new DRAFT from the plain form, with its first history row and an audit row. */
export async function createChallenge(
  companyId: string,
  actor: Actor,
  value: ChallengeFormValue,
  skills: { required: SkillRef[]; niceToHave: SkillRef[] },
) {
  return db.$transaction(async (tx) => {
    const challenge = await tx.challenge.create({
      data: {
        ...challengeData(value),
        companyId,
        createdById: actor.id,
        skills: { create: skillRows(skills) },
        statusChanges: { create: { fromStatus: null, toStatus: "DRAFT", actorId: actor.id } },
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      action: "challenge.create",
      actorId: actor.id,
      targetType: "Challenge",
      targetId: challenge.id,
      ipAddress: actor.ipAddress,
      metadata: { companyId },
    });
    await enqueueSearchSync(tx, "challenge", [challenge.id]);
    return challenge;
  });
}

/**
 * The wizard's first step: a DRAFT with a category and a title; the location starts
 * as the company's, everything else is asked for by the later steps.
 */
export async function createWizardDraft(
  companyId: string,
  actor: Actor,
  value: { category: ChallengeFormValue["category"]; title: string },
) {
  return db.$transaction(async (tx) => {
    const company = await tx.company.findUniqueOrThrow({
      where: { id: companyId },
      select: { prefectureCode: true, municipality: true },
    });
    const challenge = await tx.challenge.create({
      data: {
        companyId,
        createdById: actor.id,
        title: value.title,
        category: value.category,
        summary: "",
        background: "",
        successCriteria: "",
        engagementTypes: "",
        workStyle: "HYBRID",
        onsiteVisitsPerMonth: 0,
        hoursPerWeek: 0,
        durationMonths: 0,
        compensationType: "MONTHLY",
        prefectureCode: company.prefectureCode,
        municipality: company.municipality,
        statusChanges: { create: { fromStatus: null, toStatus: "DRAFT", actorId: actor.id } },
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      action: "challenge.create",
      actorId: actor.id,
      targetType: "Challenge",
      targetId: challenge.id,
      ipAddress: actor.ipAddress,
      metadata: { companyId, via: "wizard" },
    });
    await enqueueSearchSync(tx, "challenge", [challenge.id]);
    return challenge;
  });
}

export type WizardStepData = Partial<
  Omit<ChallengeFormValue, "requiredSkills" | "niceToHaveSkills">
>;

/** Saves one wizard step's fields (and the skills at step 4) on a draft. */
export async function saveWizardStep(
  challengeId: string,
  actor: Actor,
  step: number,
  value: WizardStepData,
  skills?: { required: SkillRef[]; niceToHave: SkillRef[] },
) {
  const data: Record<string, unknown> = { ...value };
  if (value.engagementTypes) {
    data.engagementTypes = encodeCodeList(value.engagementTypes, engagementTypes);
  }
  if ("startDate" in value) data.startDate = value.startDate ? dayToDate(value.startDate) : null;
  if ("applicationDeadline" in value) {
    data.applicationDeadline = value.applicationDeadline
      ? dayToDate(value.applicationDeadline)
      : null;
  }
  if (value.compensationType) {
    const paid = value.compensationType !== "NONE";
    data.compensationMin = paid ? (value.compensationMin ?? null) : null;
    data.compensationMax = paid ? (value.compensationMax ?? null) : null;
  }
  await db.$transaction(async (tx) => {
    await tx.challenge.update({ where: { id: challengeId }, data });
    if (skills) {
      await tx.challengeSkill.deleteMany({ where: { challengeId } });
      await tx.challengeSkill.createMany({
        data: skillRows(skills).map((row) => ({ ...row, challengeId })),
      });
    }
    await recordAudit(tx, {
      action: "challenge.update",
      actorId: actor.id,
      targetType: "Challenge",
      targetId: challengeId,
      ipAddress: actor.ipAddress,
      metadata: { via: "wizard", step },
    });
    await enqueueSearchSync(tx, "challenge", [challengeId]);
  });
}

export type UpdateOutcome = { ok: true } | { ok: false; problems: PublishProblem[] };

/**
 * Saves the plain form over a challenge, keeping its state. A public (or paused)
 * challenge must stay complete; a deadline is only checked against today when changed.
 */
export async function updateChallenge(
  challengeId: string,
  actor: Actor,
  value: ChallengeFormValue,
  skills: { required: SkillRef[]; niceToHave: SkillRef[] },
  now = new Date(),
): Promise<UpdateOutcome> {
  return db.$transaction(async (tx) => {
    const current = await tx.challenge.findUniqueOrThrow({
      where: { id: challengeId },
      select: { status: true, applicationDeadline: true, createdById: true },
    });
    if (current.status === "OPEN" || current.status === "PAUSED") {
      const currentDeadline = current.applicationDeadline
        ? dateToDay(current.applicationDeadline)
        : null;
      const deadlineChanged = (value.applicationDeadline ?? null) !== currentDeadline;
      const problems = publishProblems(
        checklistDraftFromForm(value, skills.required.length, current.createdById !== null),
        deadlineChanged ? todayInJapan(now) : "0000-00-00",
      );
      if (problems.length > 0) return { ok: false, problems };
    }
    await tx.challenge.update({ where: { id: challengeId }, data: challengeData(value) });
    await tx.challengeSkill.deleteMany({ where: { challengeId } });
    await tx.challengeSkill.createMany({
      data: skillRows(skills).map((row) => ({ ...row, challengeId })),
    });
    await recordAudit(tx, {
      action: "challenge.update",
      actorId: actor.id,
      targetType: "Challenge",
      targetId: challengeId,
      ipAddress: actor.ipAddress,
    });
    await enqueueSearchSync(tx, "challenge", [challengeId]);
    return { ok: true };
  });
}

function checklistDraftFromForm(
  value: ChallengeFormValue,
  requiredSkillCount: number,
  hasContactPerson: boolean,
): ChecklistDraft {
  return {
    ...value,
    requiredSkillCount,
    compensationMin: value.compensationMin ?? null,
    compensationMax: value.compensationMax ?? null,
    startDate: value.startDate ?? null,
    applicationDeadline: value.applicationDeadline ?? null,
    hasContactPerson,
  };
}

// ---------------------------------------------------------------------------
// Reading
// ---------------------------------------------------------------------------

const fullSelect = {
  id: true,
  companyId: true,
  title: true,
  summary: true,
  background: true,
  successCriteria: true,
  deliverables: true,
  category: true,
  engagementTypes: true,
  workStyle: true,
  onsiteVisitsPerMonth: true,
  hoursPerWeek: true,
  durationMonths: true,
  compensationType: true,
  compensationMin: true,
  compensationMax: true,
  startDate: true,
  applicationDeadline: true,
  prefectureCode: true,
  municipality: true,
  status: true,
  closeReason: true,
  publishedAt: true,
  statusChangedAt: true,
  createdById: true,
  createdAt: true,
  updatedAt: true,
  skills: {
    select: {
      required: true,
      skill: { select: { id: true, slug: true, nameJa: true, nameEn: true } },
    },
    orderBy: { skill: { nameJa: "asc" } },
  },
} as const;

/** A challenge with its skills, through `client` (the database or a transaction). */
export async function findChallengeIn(client: DbClient, challengeId: string) {
  const row = await client.challenge.findUnique({
    where: { id: challengeId },
    select: fullSelect,
  });
  if (!row) return null;
  const { skills, engagementTypes: stored, ...rest } = row;
  return {
    ...rest,
    engagementTypes: decodeCodeList(stored, engagementTypes),
    requiredSkills: skills.filter((link) => link.required).map((link) => link.skill),
    niceToHaveSkills: skills.filter((link) => !link.required).map((link) => link.skill),
  };
}

export type ChallengeRecord = NonNullable<Awaited<ReturnType<typeof findChallengeIn>>>;

export function getChallenge(challengeId: string) {
  return findChallengeIn(db, challengeId);
}

/** The checklist's view of a saved challenge. */
export function checklistDraftOf(challenge: ChallengeRecord): ChecklistDraft {
  return {
    ...challenge,
    requiredSkillCount: challenge.requiredSkills.length,
    startDate: challenge.startDate ? dateToDay(challenge.startDate) : null,
    applicationDeadline: challenge.applicationDeadline
      ? dateToDay(challenge.applicationDeadline)
      : null,
    hasContactPerson: challenge.createdById !== null,
  };
}

/** A saved challenge as the form's default values (strings, as an HTML form has them). */
export function formDefaults(challenge: ChallengeRecord, locale: Locale) {
  const names = (skills: ChallengeRecord["requiredSkills"]) =>
    skills.map((skill) => skillName(skill, locale)).join(listSeparator(locale));
  const count = (value: number) => (value > 0 ? String(value) : "");
  return {
    title: challenge.title,
    summary: challenge.summary,
    background: challenge.background,
    successCriteria: challenge.successCriteria,
    deliverables: challenge.deliverables,
    category: challenge.category,
    requiredSkills: names(challenge.requiredSkills),
    niceToHaveSkills: names(challenge.niceToHaveSkills),
    engagementTypes: challenge.engagementTypes,
    workStyle: challenge.workStyle,
    onsiteVisitsPerMonth: String(challenge.onsiteVisitsPerMonth),
    hoursPerWeek: count(challenge.hoursPerWeek),
    durationMonths: count(challenge.durationMonths),
    compensationType: challenge.compensationType,
    compensationMin: challenge.compensationMin?.toString() ?? "",
    compensationMax: challenge.compensationMax?.toString() ?? "",
    startDate: challenge.startDate ? dateToDay(challenge.startDate) : "",
    applicationDeadline: challenge.applicationDeadline
      ? dateToDay(challenge.applicationDeadline)
      : "",
    prefectureCode: challenge.prefectureCode,
    municipality: challenge.municipality,
  };
}
export type ChallengeFormDefaults = ReturnType<typeof formDefaults>;

/** Who moved the challenge between states, newest first (for its members). */
export function challengeHistory(challengeId: string) {
  return db.challengeStatusChange.findMany({
    where: { challengeId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      fromStatus: true,
      toStatus: true,
      closeReason: true,
      note: true,
      createdAt: true,
      actor: { select: { name: true } },
    },
  });
}

/** The company's challenges in every state (for its members), newest change first. */
export async function listCompanyChallenges(companyId: string, status?: ChallengeStatus) {
  const [rows, groups] = await Promise.all([
    db.challenge.findMany({
      where: { companyId, ...(status ? { status } : {}) },
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      select: {
        id: true,
        title: true,
        category: true,
        status: true,
        closeReason: true,
        publishedAt: true,
        applicationDeadline: true,
        updatedAt: true,
      },
    }),
    db.challenge.groupBy({ by: ["status"], where: { companyId }, _count: { _all: true } }),
  ]);
  const counts: Record<ChallengeStatus, number> = { DRAFT: 0, OPEN: 0, PAUSED: 0, CLOSED: 0 };
  for (const group of groups) counts[group.status] = group._count._all;
  return { challenges: rows, counts };
}

/** The company's name (the page headings), or null when there is no such company. */
export function companySummary(companyId: string) {
  return db.company.findUnique({
    where: { id: companyId },
    select: { id: true, name: true, prefectureCode: true, municipality: true },
  });
}
