/**
 * The pair a new match would join, checked for the person starting it. Each throws the
 * response the page should give instead: 404 for what the user must not learn exists,
 * a redirect to the existing match when the pair is already in contact.
 */
import { db } from "~/lib/db.server";
import { forbidden, notFound } from "~/lib/http.server";
import { redirectWithToast } from "~/lib/toast.server";
import type { Role } from "~/modules/auth/roles";
import { coversPrefecture } from "~/modules/coordination/regions.server";
import { anonymousSummary } from "~/modules/professionals/summary";
import { profileViewFor } from "~/modules/professionals/visibility";
import type { Locale } from "~/lib/i18n/locales";
import { findMatchId, viewerFor } from "./views.server";

const challengeSelect = {
  id: true,
  title: true,
  status: true,
  companyId: true,
  hoursPerWeek: true,
  startDate: true,
  prefectureCode: true,
  company: { select: { name: true } },
} as const;

async function openChallenge(challengeId: string) {
  const challenge = await db.challenge.findUnique({
    where: { id: challengeId },
    select: challengeSelect,
  });
  return challenge?.status === "OPEN" ? challenge : null;
}

async function redirectToExisting(challengeId: string, profileId: string) {
  const matchId = await findMatchId(challengeId, profileId);
  if (matchId) {
    throw await redirectWithToast(`/matches/${matchId}`, {
      kind: "info",
      message: "matches.apply.exists",
    });
  }
}

function shownChallenge(challenge: NonNullable<Awaited<ReturnType<typeof openChallenge>>>) {
  return {
    id: challenge.id,
    title: challenge.title,
    companyName: challenge.company.name,
    hoursPerWeek: challenge.hoursPerWeek,
    startDate: challenge.startDate,
  };
}

/** A professional applying: an OPEN challenge, their own profile, no match yet. */
export async function applicationTarget(userId: string, challengeId: string) {
  const challenge = await openChallenge(challengeId);
  if (!challenge) notFound();
  const profile = await db.professionalProfile.findUnique({
    where: { userId },
    select: { id: true },
  });
  if (!profile) {
    throw await redirectWithToast("/profile", {
      kind: "info",
      message: "matches.apply.needProfile",
    });
  }
  await redirectToExisting(challenge.id, profile.id);
  return { challenge: shownChallenge(challenge), profileId: profile.id };
}

/**
 * A company member scouting or a coordinator introducing: the professional must be
 * visible to them (404 otherwise, as on the profile page). A member scouts only for
 * their own company's OPEN challenges; coordinators introduce to the OPEN challenges of
 * their prefectures (404 elsewhere), admins to any.
 */
export async function pairTarget(
  user: { id: string; role: Role },
  challengeId: string,
  profileId: string,
  locale: Locale,
) {
  const viewer = await viewerFor(user);
  const challenge = await db.challenge.findUnique({
    where: { id: challengeId },
    select: challengeSelect,
  });
  if (!challenge) notFound();
  const isMember = viewer.companyIds.includes(challenge.companyId);
  if (user.role === "COMPANY_MEMBER" && !isMember) {
    if (challenge.status === "OPEN") forbidden();
    notFound();
  }
  if (challenge.status !== "OPEN") notFound();
  if (user.role === "COORDINATOR" && !(await coversPrefecture(user, challenge.prefectureCode))) {
    notFound();
  }
  const profile = await db.professionalProfile.findUnique({
    where: { id: profileId },
    select: {
      id: true,
      userId: true,
      headline: true,
      visibility: true,
      currentIndustryCode: true,
      user: { select: { name: true } },
      skills: {
        select: { years: true, level: true, skill: { select: { nameJa: true, nameEn: true } } },
      },
      blocks: {
        where: { companyId: { in: [challenge.companyId, ...viewer.companyIds] } },
        select: { companyId: true },
      },
    },
  });
  if (!profile) notFound();
  const blockedCompanyIds = profile.blocks.map((block) => block.companyId);
  const view = profileViewFor(viewer, {
    userId: profile.userId,
    visibility: profile.visibility,
    blockedCompanyIds,
  });
  // A block of the challenge's company rules the pair out for coordinators too.
  if (view === "none" || blockedCompanyIds.includes(challenge.companyId)) notFound();
  await redirectToExisting(challenge.id, profile.id);
  return {
    challenge: shownChallenge(challenge),
    professional: {
      id: profile.id,
      headline: profile.headline,
      anonymous: view === "anonymous",
      name:
        view === "full"
          ? profile.user.name
          : anonymousSummary(
              {
                currentIndustryCode: profile.currentIndustryCode,
                skills: profile.skills.map((row) => ({ ...row, ...row.skill })),
              },
              locale,
            ),
    },
  };
}

/** A company member's OPEN challenges, to pick one to scout for. */
export async function scoutableChallenges(userId: string) {
  return db.challenge.findMany({
    where: { status: "OPEN", company: { memberships: { some: { userId } } } },
    select: { id: true, title: true },
    orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
    take: 100,
  });
}

/**
 * What the challenge page offers about matching: a professional applies (or sees the
 * match they have); the company's members, admins and the coordinators of the
 * challenge's prefecture see applicants and candidates; a signed-out visitor is asked
 * to log in.
 */
export async function matchEntryFor(
  user: { id: string; role: Role } | null,
  challenge: { id: string; status: string; companyId: string; prefectureCode: string },
): Promise<
  | { kind: "login" }
  | { kind: "apply" }
  | { kind: "existing"; matchId: string }
  | { kind: "manage" }
  | null
> {
  if (!user) return challenge.status === "OPEN" ? { kind: "login" } : null;
  if (user.role === "PROFESSIONAL") {
    const profile = await db.professionalProfile.findUnique({
      where: { userId: user.id },
      select: { id: true },
    });
    const matchId = profile ? await findMatchId(challenge.id, profile.id) : null;
    if (matchId) return { kind: "existing", matchId };
    return challenge.status === "OPEN" ? { kind: "apply" } : null;
  }
  if (user.role === "COORDINATOR" || user.role === "ADMIN") {
    const covered = await coversPrefecture(user, challenge.prefectureCode);
    return challenge.status === "OPEN" && covered ? { kind: "manage" } : null;
  }
  const member = await db.membership.count({
    where: { companyId: challenge.companyId, userId: user.id },
  });
  return member > 0 ? { kind: "manage" } : null;
}
