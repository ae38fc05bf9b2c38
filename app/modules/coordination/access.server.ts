/**
 * The region rule: a coordinator reads and acts on a company, challenge or match only
 * when it lies in one of their prefectures (the challenge's prefecture for challenges
 * and matches, the company's for companies and consultations); admins on everything.
 * Anything else is 404, so a coordinator never learns what another region holds.
 */
import { db } from "~/lib/db.server";
import { notFound } from "~/lib/http.server";
import { inPrefectures } from "./regions";

export type Prefectures = string[] | null;

/** The company, when it lies in the coordinator's prefectures; 404 otherwise. */
export async function requireCompanyInRegion(prefectures: Prefectures, companyId: string) {
  const company = await db.company.findUnique({
    where: { id: companyId },
    select: { id: true, name: true, prefectureCode: true },
  });
  if (!company || !inPrefectures(prefectures)(company.prefectureCode)) notFound();
  return company;
}

/** The challenge, when its prefecture is the coordinator's; 404 otherwise. */
export async function requireChallengeInRegion(prefectures: Prefectures, challengeId: string) {
  const challenge = await db.challenge.findUnique({
    where: { id: challengeId },
    select: {
      id: true,
      title: true,
      status: true,
      companyId: true,
      prefectureCode: true,
      intakeStatus: true,
    },
  });
  if (!challenge || !inPrefectures(prefectures)(challenge.prefectureCode)) notFound();
  return challenge;
}

/** The match, when its challenge's prefecture is the coordinator's; 404 otherwise. */
export async function requireMatchInRegion(prefectures: Prefectures, matchId: string) {
  const match = await db.match.findUnique({
    where: { id: matchId },
    select: { id: true, challenge: { select: { prefectureCode: true, title: true } } },
  });
  if (!match || !inPrefectures(prefectures)(match.challenge.prefectureCode)) notFound();
  return match;
}
