import type { Prisma } from "~/generated/prisma/client";
import type { Role } from "~/modules/auth/roles";

export const profileVisibilities = ["PUBLIC", "SIGNED_IN", "ANONYMOUS", "HIDDEN"] as const;
export type ProfileVisibility = (typeof profileVisibilities)[number];

/** What a viewer may see of a profile: all of it, the anonymous summary, or nothing at all. */
export type ProfileView = "full" | "anonymous" | "none";

export type Viewer = { userId: string; role: Role; companyIds: readonly string[] } | null;

export type VisibilityFacts = {
  userId: string;
  visibility: ProfileVisibility;
  blockedCompanyIds: readonly string[];
};

/**
 * Who sees what of a professional's profile. The rules, first match wins:
 *
 * | viewer                                   | PUBLIC | SIGNED_IN | ANONYMOUS | HIDDEN |
 * | ---------------------------------------- | ------ | --------- | --------- | ------ |
 * | the professional themself                | full   | full      | full      | full   |
 * | an admin                                 | full   | full      | full      | full   |
 * | a member of any company the profile blocks | none | none      | none      | none   |
 * | a company member (not blocked)           | full   | full      | anonymous | none   |
 * | a coordinator (not blocked)              | full   | full      | anonymous | none   |
 * | another professional                     | full   | none      | none      | none   |
 * | an anonymous visitor                     | full   | none      | none      | none   |
 *
 * Coordinators see SIGNED_IN profiles in full because they broker introductions.
 * A block wins over every visibility: the current employer never sees the profile.
 * Callers answer "none" with 404, never 403, so a profile's existence is not revealed.
 */
export function profileViewFor(viewer: Viewer, profile: VisibilityFacts): ProfileView {
  if (viewer && viewer.userId === profile.userId) return "full";
  if (viewer?.role === "ADMIN") return "full";
  if (viewer && isBlocked(viewer.companyIds, profile.blockedCompanyIds)) return "none";
  const staffOrCompany = viewer?.role === "COMPANY_MEMBER" || viewer?.role === "COORDINATOR";
  switch (profile.visibility) {
    case "PUBLIC":
      return "full";
    case "SIGNED_IN":
      return staffOrCompany ? "full" : "none";
    case "ANONYMOUS":
      return staffOrCompany ? "anonymous" : "none";
    case "HIDDEN":
      return "none";
  }
}

function isBlocked(companyIds: readonly string[], blockedCompanyIds: readonly string[]) {
  if (companyIds.length === 0 || blockedCompanyIds.length === 0) return false;
  const blocked = new Set(blockedCompanyIds);
  return companyIds.some((id) => blocked.has(id));
}

/**
 * The visibilities a viewer can see on someone else's unblocked profile, derived from
 * profileViewFor so the list query and the detail page cannot disagree. Null: all of them
 * (admins, for whom blocks do not apply either).
 */
export function visibilitiesSeenBy(viewer: Viewer): ProfileVisibility[] | null {
  if (viewer?.role === "ADMIN") return null;
  return profileVisibilities.filter(
    (visibility) =>
      profileViewFor(viewer, { userId: "\0someone-else", visibility, blockedCompanyIds: [] }) !==
      "none",
  );
}

/**
 * The Prisma `where` for lists: the profiles `viewer` may see at all, so hidden and
 * blocked profiles never leave the database for them. Same rules as profileViewFor.
 */
export function visibleProfilesWhere(viewer: Viewer): Prisma.ProfessionalProfileWhereInput {
  const visibilities = visibilitiesSeenBy(viewer);
  if (visibilities === null) return {};
  const others = {
    visibility: { in: visibilities },
    ...(viewer && viewer.companyIds.length > 0
      ? { blocks: { none: { companyId: { in: [...viewer.companyIds] } } } }
      : {}),
  };
  return viewer ? { OR: [{ userId: viewer.userId }, others] } : others;
}
