/**
 * A hand-made two-region dataset for the console's KPI, CSV and pipeline tests: Nagano (20)
 * and Kochi (39), each with its coordinator, companies, challenges, consultations and
 * matches at exact instants — several of them one second either side of a month's edge
 * in Japan time (15:00 UTC is midnight in Japan). Expected numbers for April–May 2026 are
 * written beside each row in the tests.
 */
import type { MatchSource, MatchStage } from "~/generated/prisma/enums";
import { db } from "~/lib/db.server";
import { createTestChallenge } from "./challenges";
import { createTestCompany } from "./market";
import { createTestProfile, signedInUser } from "./professionals";

const at = (iso: string) => new Date(iso);

async function challenge(
  companyId: string,
  options: {
    title: string;
    prefectureCode: string;
    category: "DX_IT" | "BRANDING" | "OVERSEAS";
    engagementTypes: string;
    publishedAt: string;
  },
) {
  const row = await createTestChallenge(companyId, {
    title: options.title,
    category: options.category,
    prefectureCode: options.prefectureCode,
    publishedAt: at(options.publishedAt),
  });
  return db.challenge.update({
    where: { id: row.id },
    data: { engagementTypes: options.engagementTypes },
  });
}

async function match(options: {
  challengeId: string;
  profileId: string;
  source: MatchSource;
  stage: MatchStage;
  createdAt: string;
  professionalAcceptedAt?: string;
  companyAcceptedAt?: string;
  contractedAt?: string;
  completedAt?: string;
  lastActivityAt?: string;
  introducedById?: string;
}) {
  return db.match.create({
    data: {
      challengeId: options.challengeId,
      profileId: options.profileId,
      source: options.source,
      stage: options.stage,
      createdAt: at(options.createdAt),
      professionalAcceptedAt: options.professionalAcceptedAt
        ? at(options.professionalAcceptedAt)
        : null,
      companyAcceptedAt: options.companyAcceptedAt ? at(options.companyAcceptedAt) : null,
      contractedAt: options.contractedAt ? at(options.contractedAt) : null,
      completedAt: options.completedAt ? at(options.completedAt) : null,
      lastActivityAt: at(options.lastActivityAt ?? options.createdAt),
      introducedById: options.introducedById ?? null,
    },
  });
}

export async function seedConsoleMarket() {
  const coordinatorNagano = await signedInUser("COORDINATOR", { name: "長野 コーディ" });
  const coordinatorKochi = await signedInUser("COORDINATOR", { name: "高知 コーディ" });
  const coordinatorNowhere = await signedInUser("COORDINATOR", { name: "未割当 コーディ" });
  const admin = await signedInUser("ADMIN");
  await db.coordinatorRegion.createMany({
    data: [
      { userId: coordinatorNagano.user.id, prefectureCode: "20" },
      { userId: coordinatorKochi.user.id, prefectureCode: "39" },
    ],
  });
  const naganoOne = await createTestCompany({ name: "信州テスト工業", prefectureCode: "20" });
  const naganoTwo = await createTestCompany({ name: "松本テスト商事", prefectureCode: "20" });
  const kochi = await createTestCompany({ name: "土佐テスト食品", prefectureCode: "39" });

  const cN1 = await challenge(naganoOne.company.id, {
    title: "受発注のDX",
    prefectureCode: "20",
    category: "DX_IT",
    engagementTypes: "SIDE_JOB,CONTRACT",
    publishedAt: "2026-04-10T00:00:00Z",
  });
  const cN2 = await challenge(naganoOne.company.id, {
    title: "ブランド再構築",
    prefectureCode: "20",
    category: "BRANDING",
    engagementTypes: "PRO_BONO",
    publishedAt: "2026-03-31T14:59:59Z", // 31 March in Japan: not in April
  });
  const cN3 = await challenge(naganoTwo.company.id, {
    title: "在庫管理の見直し",
    prefectureCode: "20",
    category: "DX_IT",
    engagementTypes: "CONTRACT",
    publishedAt: "2026-05-31T14:59:59Z", // 31 May, 23:59:59 in Japan
  });
  const cK1 = await challenge(kochi.company.id, {
    title: "ゆず製品の海外展開",
    prefectureCode: "39",
    category: "OVERSEAS",
    engagementTypes: "SIDE_JOB",
    publishedAt: "2026-04-15T00:00:00Z",
  });

  const coordinatorId = coordinatorNagano.user.id;
  await db.consultation.createMany({
    data: [
      {
        companyId: naganoOne.company.id,
        coordinatorId,
        heldOn: at("2026-03-31T15:00:00Z"), // 1 April in Japan
        topic: "受発注の相談",
        outcome: "CHALLENGE_DRAFTED",
        challengeId: cN1.id,
      },
      {
        companyId: naganoOne.company.id,
        coordinatorId,
        heldOn: at("2026-03-31T14:59:59Z"), // still March in Japan
        topic: "3月の相談",
        outcome: "FOLLOW_UP",
      },
      {
        companyId: naganoTwo.company.id,
        coordinatorId,
        heldOn: at("2026-05-15T01:00:00Z"),
        topic: "5月の相談",
        outcome: "FOLLOW_UP",
      },
      {
        companyId: kochi.company.id,
        coordinatorId: coordinatorKochi.user.id,
        heldOn: at("2026-04-20T01:00:00Z"),
        topic: "高知の相談",
        outcome: "CHALLENGE_DRAFTED",
        challengeId: cK1.id,
      },
    ],
  });

  const p1 = await createTestProfile({ name: "公開 一郎", visibility: "SIGNED_IN" });
  const p2 = await createTestProfile({
    name: "匿名 二郎",
    visibility: "ANONYMOUS",
    headline: "在庫管理の改善",
  });
  const p3 = await createTestProfile({ name: "公開 三郎", visibility: "PUBLIC" });

  // m1: an introduction in April, contracted 1 May (21 days after cN1's publication).
  const m1 = await match({
    challengeId: cN1.id,
    profileId: p1.profile.id,
    source: "INTRODUCTION",
    stage: "CONTRACTED",
    createdAt: "2026-04-05T01:00:00Z",
    professionalAcceptedAt: "2026-04-06T01:00:00Z",
    companyAcceptedAt: "2026-04-06T02:00:00Z",
    contractedAt: "2026-05-01T00:00:00Z",
    introducedById: coordinatorId,
  });
  // m2: an application, contracted and completed at the last second of May in Japan;
  // the company's second contract (a repeat), 61 days after cN2's publication.
  const m2 = await match({
    challengeId: cN2.id,
    profileId: p1.profile.id,
    source: "APPLICATION",
    stage: "COMPLETED",
    createdAt: "2026-04-20T01:00:00Z",
    professionalAcceptedAt: "2026-04-20T01:00:00Z",
    companyAcceptedAt: "2026-04-21T01:00:00Z",
    contractedAt: "2026-05-31T14:59:59Z",
    completedAt: "2026-05-31T14:59:59Z",
  });
  // m3: a casual talk in May the company has not taken up (anonymous professional).
  const m3 = await match({
    challengeId: cN3.id,
    profileId: p2.profile.id,
    source: "CASUAL_TALK",
    stage: "INTERESTED",
    createdAt: "2026-05-10T01:00:00Z",
    lastActivityAt: "2026-05-10T01:00:00Z",
  });
  // m4: a scout at midnight of 1 June in Japan: outside the range.
  const m4 = await match({
    challengeId: cN1.id,
    profileId: p2.profile.id,
    source: "SCOUT",
    stage: "INTERESTED",
    createdAt: "2026-05-31T15:00:00Z",
    companyAcceptedAt: "2026-05-31T15:00:00Z",
  });
  // m5: started in March, contracted on 1 June in Japan: neither counts in the range.
  const m5 = await match({
    challengeId: cN3.id,
    profileId: p3.profile.id,
    source: "APPLICATION",
    stage: "CONTRACTED",
    createdAt: "2026-03-20T01:00:00Z",
    professionalAcceptedAt: "2026-03-20T01:00:00Z",
    companyAcceptedAt: "2026-03-21T01:00:00Z",
    contractedAt: "2026-05-31T15:00:00Z",
  });
  // m6: Kochi's introduction in April, contracted in May.
  const m6 = await match({
    challengeId: cK1.id,
    profileId: p1.profile.id,
    source: "INTRODUCTION",
    stage: "CONTRACTED",
    createdAt: "2026-04-25T01:00:00Z",
    professionalAcceptedAt: "2026-04-26T01:00:00Z",
    companyAcceptedAt: "2026-04-26T02:00:00Z",
    contractedAt: "2026-05-05T01:00:00Z",
    introducedById: coordinatorKochi.user.id,
  });

  return {
    coordinatorNagano,
    coordinatorKochi,
    coordinatorNowhere,
    admin,
    companies: { naganoOne, naganoTwo, kochi },
    challenges: { cN1, cN2, cN3, cK1 },
    profiles: { p1, p2, p3 },
    matches: { m1, m2, m3, m4, m5, m6 },
  };
}

export type ConsoleMarket = Awaited<ReturnType<typeof seedConsoleMarket>>;
