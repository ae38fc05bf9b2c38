import { db } from "~/lib/db.server";
import { getEnv } from "~/lib/env.server";
import type { Locale } from "~/lib/i18n/locales";
import { prefectureName } from "~/modules/reference/prefectures";
import {
  challengeHistory,
  checklistDraftOf,
  getChallenge,
  skillName,
  type ChallengeRecord,
} from "./challenges.server";
import { challengeChecklist, problemMessageKey, publishProblems } from "./checklist";
import type { ChallengeViewData } from "./challenge-view";
import { dateToDay, todayInJapan } from "./dates";
import { jobPosting, serializeJsonLd } from "./json-ld";
import { availableActions } from "./lifecycle";

/** A saved challenge as the views show it, skills named in `locale`. */
export function toViewData(challenge: ChallengeRecord, locale: Locale): ChallengeViewData {
  return {
    title: challenge.title,
    summary: challenge.summary,
    background: challenge.background,
    successCriteria: challenge.successCriteria,
    deliverables: challenge.deliverables,
    category: challenge.category,
    requiredSkills: challenge.requiredSkills.map((skill) => skillName(skill, locale)),
    niceToHaveSkills: challenge.niceToHaveSkills.map((skill) => skillName(skill, locale)),
    engagementTypes: challenge.engagementTypes,
    workStyle: challenge.workStyle,
    onsiteVisitsPerMonth: challenge.onsiteVisitsPerMonth,
    hoursPerWeek: challenge.hoursPerWeek || null,
    durationMonths: challenge.durationMonths || null,
    compensationType: challenge.compensationType,
    compensationMin: challenge.compensationMin,
    compensationMax: challenge.compensationMax,
    startDate: challenge.startDate ? dateToDay(challenge.startDate) : null,
    applicationDeadline: challenge.applicationDeadline
      ? dateToDay(challenge.applicationDeadline)
      : null,
    prefectureCode: challenge.prefectureCode,
    municipality: challenge.municipality,
  };
}

/** The checklist and what still blocks publishing, for the company's members. */
export function readiness(challenge: ChallengeRecord, now = new Date()) {
  const draft = checklistDraftOf(challenge);
  return {
    checklist: challengeChecklist(draft),
    problems: publishProblems(draft, todayInJapan(now)).map(problemMessageKey),
  };
}

/**
 * The challenge page: null when the viewer may not see it (not OPEN and not one of
 * the company's members). Members also get the lifecycle state, checklist and history.
 */
export async function challengePage(
  challengeId: string,
  viewer: { id: string } | null,
  locale: Locale,
) {
  const challenge = await getChallenge(challengeId);
  if (!challenge) return null;
  const isMember = viewer
    ? (await db.membership.count({
        where: { companyId: challenge.companyId, userId: viewer.id },
      })) > 0
    : false;
  if (challenge.status !== "OPEN" && !isMember) return null;
  const company = await db.company.findUniqueOrThrow({
    where: { id: challenge.companyId },
    select: { id: true, name: true, website: true },
  });
  const appUrl = getEnv().APP_URL;
  const url = `${appUrl}/challenges/${challenge.id}`;
  const view = toViewData(challenge, locale);
  const jsonLd =
    challenge.status === "OPEN"
      ? serializeJsonLd(
          jobPosting({
            ...challenge,
            url,
            prefectureName: prefectureName(challenge.prefectureCode, locale),
            skills: view.requiredSkills,
            company: {
              name: company.name,
              url: `${appUrl}/companies/${company.id}`,
              website: company.website,
            },
          }),
        )
      : null;
  return {
    id: challenge.id,
    url,
    status: challenge.status,
    closeReason: challenge.closeReason,
    publishedAt: challenge.publishedAt,
    statusChangedAt: challenge.statusChangedAt,
    view,
    company: { id: company.id, name: company.name },
    jsonLd,
    member: isMember
      ? {
          ...readiness(challenge),
          actions: availableActions(challenge.status),
          history: await challengeHistory(challenge.id),
        }
      : null,
  };
}
