/**
 * Two regions for the coordination tests: Nagano (20) and Kochi (39), each with a
 * company (an owner with a session) and an open challenge, a coordinator of each
 * prefecture, an admin, a coordinator with no region, and a professional in a match
 * with Nagano's challenge.
 */
import { db } from "~/lib/db.server";
import { startMatch } from "~/modules/matching/matches.server";
import { createTestChallenge } from "./challenges";
import { createTestCompany } from "./market";
import { createTestProfile, signedInUser } from "./professionals";
import { sessionCookie } from "./routes";
import { createTestUser } from "./users";

let counter = 0;

/** Gives a coordinator their prefectures (as the admin page would). */
export async function assignRegions(userId: string, prefectureCodes: string[]) {
  await db.coordinatorRegion.createMany({
    data: prefectureCodes.map((prefectureCode) => ({ userId, prefectureCode })),
  });
}

async function regionCompany(tag: string, prefectureCode: string, label: string) {
  const owner = await createTestUser({
    role: "COMPANY_MEMBER",
    email: `owner-${label}-${tag}@coord.example.jp`,
    name: `${label}社 オーナー`,
  });
  const { company } = await createTestCompany({
    name: `${label}株式会社${tag}`,
    prefectureCode,
    ownerId: owner.id,
  });
  const challenge = await createTestChallenge(company.id, {
    title: `${label}の課題 ${tag}`,
    prefectureCode,
  });
  await db.challenge.update({ where: { id: challenge.id }, data: { intakeStatus: "PENDING" } });
  return { owner: { user: owner, cookie: await sessionCookie(owner.id) }, company, challenge };
}

export async function seedRegions() {
  counter += 1;
  const tag = `r${counter}`;
  const nagano = await regionCompany(tag, "20", "信州");
  const kochi = await regionCompany(tag, "39", "土佐");
  const coordinatorNagano = await signedInUser("COORDINATOR", {
    name: `長野 調整${tag}`,
    email: `nagano-${tag}@coord.example.jp`,
  });
  const coordinatorNagano2 = await signedInUser("COORDINATOR", {
    name: `松本 支援${tag}`,
    email: `matsumoto-${tag}@coord.example.jp`,
  });
  const coordinatorKochi = await signedInUser("COORDINATOR", {
    name: `高知 調整${tag}`,
    email: `kochi-${tag}@coord.example.jp`,
  });
  const coordinatorNone = await signedInUser("COORDINATOR", {
    email: `none-${tag}@coord.example.jp`,
  });
  await assignRegions(coordinatorNagano.user.id, ["20"]);
  await assignRegions(coordinatorNagano2.user.id, ["20"]);
  await assignRegions(coordinatorKochi.user.id, ["39"]);
  const admin = await signedInUser("ADMIN", { email: `admin-${tag}@coord.example.jp` });
  const pro = await createTestProfile({ name: "公開 花子", visibility: "SIGNED_IN" });
  const outsider = await signedInUser("PROFESSIONAL");
  const started = await startMatch({
    challengeId: nagano.challenge.id,
    profileId: pro.profile.id,
    source: "APPLICATION",
    message: "よろしくお願いします",
    actor: { id: pro.user.id },
  });
  if (!started.ok) throw new Error("could not start the match");
  return {
    nagano,
    kochi,
    coordinatorNagano,
    coordinatorNagano2,
    coordinatorKochi,
    coordinatorNone,
    admin,
    pro,
    outsider,
    matchId: started.matchId,
  };
}

export type RegionsMarket = Awaited<ReturnType<typeof seedRegions>>;
