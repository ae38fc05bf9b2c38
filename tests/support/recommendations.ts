/**
 * A small market for the recommendation tests, written straight to the database and
 * indexed with the real embedded engine: two companies (A and B) with members, open
 * and unpublished challenges, and professionals of every visibility, one of whom
 * blocks A and one B.
 */
import type { SkillLevel } from "~/generated/prisma/enums";
import { db } from "~/lib/db.server";
import { insertChallenge } from "./discovery";
import { createTestCompany, createTestSkills } from "./market";
import { createTestProfile, signedInUser } from "./professionals";
import { sessionCookie } from "./routes";
import { indexEverything } from "./search";
import { createTestUser } from "./users";

type SkillName = "python" | "salesforce" | "marketing" | "accounting";

async function giveSkills(
  profileId: string,
  skills: ReadonlyMap<SkillName, string>,
  entries: Array<[SkillName, SkillLevel, number]>,
) {
  await db.profileSkill.createMany({
    data: entries.map(([name, level, years]) => ({
      profileId,
      skillId: skills.get(name)!,
      level,
      years,
    })),
  });
}

async function linkSkills(
  challengeId: string,
  skills: ReadonlyMap<SkillName, string>,
  entries: Array<[SkillName, boolean]>,
) {
  await db.challengeSkill.createMany({
    data: entries.map(([name, required]) => ({
      challengeId,
      skillId: skills.get(name)!,
      required,
    })),
  });
}

export async function seedRecommendationMarket() {
  const [python, salesforce, marketing, accounting] = await createTestSkills([
    { ja: "Python", en: "Python" },
    { ja: "Salesforce", en: "Salesforce" },
    { ja: "マーケティング", en: "Marketing" },
    { ja: "経理", en: "Accounting" },
  ]);
  const skills = new Map<SkillName, string>([
    ["python", python!.id],
    ["salesforce", salesforce!.id],
    ["marketing", marketing!.id],
    ["accounting", accounting!.id],
  ]);

  const memberA = await createTestUser({ role: "COMPANY_MEMBER", email: "a@recommend.example.jp" });
  const memberB = await createTestUser({ role: "COMPANY_MEMBER", email: "b@recommend.example.jp" });
  const { company: companyA } = await createTestCompany({
    name: "信州データ工業株式会社",
    ownerId: memberA.id,
  });
  const { company: companyB } = await createTestCompany({
    name: "土佐商事株式会社",
    prefectureCode: "39",
    ownerId: memberB.id,
  });

  // Company A: an open challenge in Nagano (20) needing Python and Salesforce, a draft.
  const open = await insertChallenge(companyA.id, {
    title: "販売データの分析基盤を作りたい",
    summary: "Python と Salesforce で販売データを分析したい。",
    prefectureCode: "20",
    workStyle: "HYBRID",
    engagementTypes: "SIDE_JOB,CONTRACT",
    compensationMax: 300_000,
    hoursPerWeek: 8,
  });
  await linkSkills(open.id, skills, [
    ["python", true],
    ["salesforce", true],
    ["marketing", false],
  ]);
  const draft = await insertChallenge(companyA.id, {
    title: "経理の仕組みを見直したい（下書き）",
    status: "DRAFT",
  });
  await linkSkills(draft.id, skills, [["accounting", true]]);
  const paused = await insertChallenge(companyA.id, {
    title: "Python の研修を頼みたい（停止中）",
    status: "PAUSED",
  });
  await linkSkills(paused.id, skills, [["python", true]]);
  // Company B: an open challenge in Kochi (39) needing Python.
  const openB = await insertChallenge(companyB.id, {
    title: "受発注を Python で自動化したい",
    prefectureCode: "39",
    workStyle: "REMOTE",
    engagementTypes: "SIDE_JOB",
  });
  await linkSkills(openB.id, skills, [["python", true]]);

  const strong = await createTestProfile({
    name: "公開 花子",
    visibility: "PUBLIC",
    headline: "Python と Salesforce のデータ分析",
  });
  await giveSkills(strong.profile.id, skills, [
    ["python", "EXPERT", 9],
    ["salesforce", "ADVANCED", 6],
    ["marketing", "INTERMEDIATE", 3],
  ]);
  const weak = await createTestProfile({
    name: "会員 次郎",
    visibility: "SIGNED_IN",
    headline: "Python を勉強中",
  });
  await giveSkills(weak.profile.id, skills, [["python", "BASIC", 1]]);
  const anonymous = await createTestProfile({
    name: "匿名 三郎",
    visibility: "ANONYMOUS",
    headline: "Salesforce 導入の支援",
    currentEmployer: "土佐商事株式会社",
    currentIndustryCode: "G",
    blockedCompanyIds: [companyB.id],
  });
  await giveSkills(anonymous.profile.id, skills, [
    ["salesforce", "EXPERT", 12],
    ["python", "ADVANCED", 4],
  ]);
  const hidden = await createTestProfile({
    name: "非公開 四郎",
    visibility: "HIDDEN",
    headline: "Python と Salesforce の専門家",
  });
  await giveSkills(hidden.profile.id, skills, [
    ["python", "EXPERT", 15],
    ["salesforce", "EXPERT", 15],
  ]);
  const blocksA = await createTestProfile({
    name: "退職 予定",
    visibility: "PUBLIC",
    headline: "Python と Salesforce のエンジニア",
    currentEmployer: "信州データ工業株式会社",
    blockedCompanyIds: [companyA.id],
  });
  await giveSkills(blocksA.profile.id, skills, [
    ["python", "EXPERT", 10],
    ["salesforce", "EXPERT", 10],
  ]);

  // Places and terms for the strong profile: Nagano, side job, hybrid.
  await db.profileRegion.create({ data: { profileId: strong.profile.id, prefectureCode: "20" } });
  await db.hometownTie.create({
    data: { profileId: anonymous.profile.id, prefectureCode: "20", kind: "BIRTHPLACE" },
  });
  await db.professionalProfile.update({
    where: { id: strong.profile.id },
    data: {
      engagementTypes: "SIDE_JOB,CONTRACT",
      workStyles: "REMOTE,HYBRID",
      hoursPerWeek: 10,
      expectedMonthlyYen: 250_000,
    },
  });
  await indexEverything();

  const coordinator = await signedInUser("COORDINATOR");
  await db.coordinatorRegion.create({
    data: { userId: coordinator.user.id, prefectureCode: "20" },
  });
  const admin = await signedInUser("ADMIN");
  const professional = await signedInUser("PROFESSIONAL");
  return {
    skills,
    companyA,
    companyB,
    memberA,
    memberB,
    cookieA: await sessionCookie(memberA.id),
    cookieB: await sessionCookie(memberB.id),
    coordinator,
    admin,
    professional,
    challenges: { open, draft, paused, openB },
    profiles: { strong, weak, anonymous, hidden, blocksA },
  };
}

export type RecommendationMarket = Awaited<ReturnType<typeof seedRecommendationMarket>>;
