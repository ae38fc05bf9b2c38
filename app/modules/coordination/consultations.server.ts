/**
 * Consultations (相談): recorded by a coordinator for a company of their prefectures,
 * listed by month and company, counted as a KPI. A consultation can lead to a drafted
 * challenge (a DRAFT created by the coordinator for the company, linked back here).
 */
import type { Prisma } from "~/generated/prisma/client";
import { db } from "~/lib/db.server";
import { notFound } from "~/lib/http.server";
import { recordAudit } from "~/modules/audit/audit.server";
import { createChallenge } from "~/modules/challenges/challenges.server";
import { dayToDate } from "~/modules/challenges/dates";
import type { ChallengeFormValue } from "~/modules/challenges/schema";
import type { SkillRef } from "~/modules/skills/resolve.server";
import { monthRange, type ConsultationFilters, type ConsultationInput } from "./consultations";
import { inPrefectures, prefectureFilter } from "./regions";

type Actor = { id: string; ipAddress?: string };

/** The companies a coordinator may record a consultation for (their prefectures'), by name. */
export function companiesInRegion(prefectures: string[] | null) {
  const prefectureCode = prefectureFilter(prefectures);
  return db.company.findMany({
    where: prefectureCode ? { prefectureCode } : {},
    select: { id: true, name: true, prefectureCode: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 1000,
  });
}

/** Records a consultation; the caller has checked the company is in the region. */
export async function recordConsultation(actor: Actor, input: ConsultationInput) {
  return db.$transaction(async (tx) => {
    const consultation = await tx.consultation.create({
      data: {
        companyId: input.companyId,
        coordinatorId: actor.id,
        heldOn: dayToDate(input.heldOn),
        topic: input.topic,
        outcome: input.outcome,
        note: input.note,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      action: "consultation.create",
      actorId: actor.id,
      targetType: "Consultation",
      targetId: consultation.id,
      ipAddress: actor.ipAddress,
      metadata: { companyId: input.companyId, outcome: input.outcome },
    });
    return consultation;
  });
}

const listSelect = {
  id: true,
  heldOn: true,
  topic: true,
  outcome: true,
  note: true,
  company: { select: { id: true, name: true, prefectureCode: true } },
  coordinator: { select: { name: true } },
  challenge: { select: { id: true, title: true, status: true } },
} satisfies Prisma.ConsultationSelect;

/** The region's consultations, newest first, filtered by month (Japan) and company. */
export async function listConsultations(
  prefectures: string[] | null,
  filters: ConsultationFilters,
) {
  const prefectureCode = prefectureFilter(prefectures);
  const where: Prisma.ConsultationWhereInput = {
    ...(prefectureCode ? { company: { prefectureCode } } : {}),
    ...(filters.month ? { heldOn: monthRange(filters.month) } : {}),
    ...(filters.companyId ? { companyId: filters.companyId } : {}),
  };
  const [items, total] = await Promise.all([
    db.consultation.findMany({
      where,
      select: listSelect,
      orderBy: [{ heldOn: "desc" }, { createdAt: "desc" }],
      take: 200,
    }),
    db.consultation.count({ where }),
  ]);
  return { items, total };
}

/** A company's consultations, for its page (coordinators of its prefecture only). */
export function consultationsOfCompany(companyId: string) {
  return db.consultation.findMany({
    where: { companyId },
    select: listSelect,
    orderBy: [{ heldOn: "desc" }, { createdAt: "desc" }],
    take: 50,
  });
}

/** A consultation of the region, for drafting its challenge; 404 outside the region. */
export async function consultationInRegion(prefectures: string[] | null, consultationId: string) {
  const consultation = await db.consultation.findUnique({
    where: { id: consultationId },
    select: {
      id: true,
      topic: true,
      note: true,
      challengeId: true,
      company: { select: { id: true, name: true, prefectureCode: true, municipality: true } },
    },
  });
  if (!consultation || !inPrefectures(prefectures)(consultation.company.prefectureCode)) {
    notFound();
  }
  return consultation;
}

/**
 * Drafts a challenge for the consultation's company: a DRAFT created by the coordinator
 * (the company's members review and publish it), linked to the consultation.
 */
export async function draftChallengeFor(
  actor: Actor,
  consultation: { id: string; company: { id: string } },
  value: ChallengeFormValue,
  skills: { required: SkillRef[]; niceToHave: SkillRef[] },
) {
  const challenge = await createChallenge(consultation.company.id, actor, value, skills);
  await db.$transaction(async (tx) => {
    await tx.consultation.update({
      where: { id: consultation.id },
      data: { challengeId: challenge.id },
    });
    await recordAudit(tx, {
      action: "consultation.challengeDrafted",
      actorId: actor.id,
      targetType: "Consultation",
      targetId: consultation.id,
      ipAddress: actor.ipAddress,
      metadata: { challengeId: challenge.id, companyId: consultation.company.id },
    });
  });
  return challenge;
}
