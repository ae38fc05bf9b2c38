/**
 * A small market for the matching tests: company A (an owner and a member) with an
 * open challenge and a draft, company B with a member, two professionals (one
 * anonymous, one signed-in visible, both with a skill the challenge asks for), a
 * coordinator and an admin — every one with a session cookie.
 */
import { db } from "~/lib/db.server";
import { createTestChallenge } from "./challenges";
import { createTestCompany, createTestSkills } from "./market";
import { createTestProfile, signedInUser } from "./professionals";
import { sessionCookie } from "./routes";
import { createTestUser } from "./users";

let counter = 0;

export async function seedMatchingMarket() {
  counter += 1;
  const tag = `m${counter}`;
  const [python] = await createTestSkills([{ ja: `パイソン${tag}`, en: `Python ${tag}` }]);
  const owner = await createTestUser({
    role: "COMPANY_MEMBER",
    email: `owner-${tag}@a.example.jp`,
    name: "A社 オーナー",
  });
  const memberA = await createTestUser({
    role: "COMPANY_MEMBER",
    email: `member-${tag}@a.example.jp`,
    name: "A社 メンバー",
  });
  const memberB = await createTestUser({
    role: "COMPANY_MEMBER",
    email: `member-${tag}@b.example.jp`,
    name: "B社 メンバー",
  });
  const { company: companyA } = await createTestCompany({ name: `A社${tag}`, ownerId: owner.id });
  const { company: companyB } = await createTestCompany({ name: `B社${tag}`, ownerId: memberB.id });
  await db.membership.create({ data: { companyId: companyA.id, userId: memberA.id } });
  const challenge = await createTestChallenge(companyA.id, {
    title: `受発注のDX ${tag}`,
    requiredSkillIds: [python!.id],
  });
  const draft = await createTestChallenge(companyA.id, { title: `下書き ${tag}`, status: "DRAFT" });
  const anonymous = await createTestProfile({
    name: "匿名 太郎",
    visibility: "ANONYMOUS",
    headline: "製造業のDX推進",
  });
  const visible = await createTestProfile({
    name: "公開 花子",
    visibility: "SIGNED_IN",
    headline: "EC の立ち上げ",
  });
  for (const profile of [anonymous.profile, visible.profile]) {
    await db.profileSkill.create({
      data: { profileId: profile.id, skillId: python!.id, years: 6, level: "ADVANCED" },
    });
  }
  const coordinator = await signedInUser("COORDINATOR", { name: "調整 役子" });
  // The coordinator covers company A's prefecture (Nagano), where the challenge is.
  await db.coordinatorRegion.create({
    data: { userId: coordinator.user.id, prefectureCode: "20" },
  });
  const admin = await signedInUser("ADMIN");
  const outsider = await signedInUser("PROFESSIONAL");
  return {
    companyA,
    companyB,
    challenge,
    draft,
    anonymous,
    visible,
    owner: { user: owner, cookie: await sessionCookie(owner.id) },
    memberA: { user: memberA, cookie: await sessionCookie(memberA.id) },
    memberB: { user: memberB, cookie: await sessionCookie(memberB.id) },
    coordinator,
    admin,
    outsider,
  };
}

export type MatchingMarket = Awaited<ReturnType<typeof seedMatchingMarket>>;
