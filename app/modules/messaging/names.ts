/**
 * Who is called what in a thread: one function for every page, stream event and list,
 * so staged disclosure holds everywhere. The company side (and a coordinator for whom
 * the profile is anonymous) sees an anonymous professional as their summary until the
 * professional has agreed to the match; everyone else is shown by name.
 */
import type { Locale } from "~/lib/i18n/locales";
import type { Role } from "~/modules/auth/roles";
import { professionalDisclosure } from "~/modules/matching/disclosure";
import { anonymousSummary, type SummarySkill } from "~/modules/professionals/summary";
import { profileViewFor, type ProfileVisibility } from "~/modules/professionals/visibility";

export type ProfessionalForNames = {
  userId: string;
  visibility: ProfileVisibility;
  currentIndustryCode: string | null;
  user: { name: string };
  skills: readonly SummarySkill[];
};

export type MatchForNames = {
  professionalAcceptedAt: Date | null;
  profile: ProfessionalForNames;
};

/** The professional's name as `viewer` may see it in this match. */
export function professionalDisplayName(
  match: MatchForNames,
  viewer: { id: string; role: Role },
  locale: Locale,
): string {
  const profile = match.profile;
  // A company in a match is never one the profile blocks (matches refuse it).
  const view = profileViewFor(
    { userId: viewer.id, role: viewer.role, companyIds: [] },
    { userId: profile.userId, visibility: profile.visibility, blockedCompanyIds: [] },
  );
  const disclosure = professionalDisclosure(match, viewer.id === profile.userId, view);
  if (disclosure !== "anonymous") return profile.user.name;
  return anonymousSummary(profile, locale);
}

/** A message author's name: the professional per disclosure, anyone else by name. */
export function authorDisplayName(
  author: { id: string; name: string } | null,
  match: MatchForNames,
  viewer: { id: string; role: Role },
  locale: Locale,
  deletedUser: string,
): string {
  if (!author) return deletedUser;
  if (author.id === match.profile.userId) return professionalDisplayName(match, viewer, locale);
  return author.name;
}
