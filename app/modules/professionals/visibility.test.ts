import { describe, expect, it } from "vitest";
import { roles, type Role } from "~/modules/auth/roles";
import {
  profileViewFor,
  profileVisibilities,
  visibilitiesSeenBy,
  visibleProfilesWhere,
  type ProfileView,
  type ProfileVisibility,
  type Viewer,
} from "./visibility";

const OWNER = "owner-user";
const BLOCKED_COMPANY = "company-blocked";
const OTHER_COMPANY = "company-other";

type Who = "owner" | "anonymous" | Role;

/** The rule table of visibility.ts, written out again as data: [who][visibility]. */
const unblocked: Record<Who, Record<ProfileVisibility, ProfileView>> = {
  owner: { PUBLIC: "full", SIGNED_IN: "full", ANONYMOUS: "full", HIDDEN: "full" },
  ADMIN: { PUBLIC: "full", SIGNED_IN: "full", ANONYMOUS: "full", HIDDEN: "full" },
  COMPANY_MEMBER: { PUBLIC: "full", SIGNED_IN: "full", ANONYMOUS: "anonymous", HIDDEN: "none" },
  COORDINATOR: { PUBLIC: "full", SIGNED_IN: "full", ANONYMOUS: "anonymous", HIDDEN: "none" },
  PROFESSIONAL: { PUBLIC: "full", SIGNED_IN: "none", ANONYMOUS: "none", HIDDEN: "none" },
  anonymous: { PUBLIC: "full", SIGNED_IN: "none", ANONYMOUS: "none", HIDDEN: "none" },
};

function viewerFor(who: Who, companyIds: string[]): Viewer {
  if (who === "anonymous") return null;
  if (who === "owner") return { userId: OWNER, role: "PROFESSIONAL", companyIds };
  return { userId: `viewer-${who}`, role: who, companyIds };
}

const everyone: Who[] = ["owner", "anonymous", ...roles];

describe("profileViewFor: every viewer × visibility × blocked", () => {
  for (const who of everyone) {
    for (const visibility of profileVisibilities) {
      // An anonymous visitor belongs to no company, so nothing can block them.
      for (const blocked of who === "anonymous" ? [false] : [false, true]) {
        // A viewer belongs to the blocked company, or to another one (or none at all).
        const companyIds = blocked ? [OTHER_COMPANY, BLOCKED_COMPANY] : [OTHER_COMPANY];
        const expected: ProfileView =
          blocked && who !== "owner" && who !== "ADMIN" ? "none" : unblocked[who][visibility];
        it(`${who} on a ${visibility} profile${blocked ? ", blocked" : ""} → ${expected}`, () => {
          const view = profileViewFor(viewerFor(who, companyIds), {
            userId: OWNER,
            visibility,
            blockedCompanyIds: [BLOCKED_COMPANY],
          });
          expect(view).toBe(expected);
        });
      }
    }
  }

  it("a block of some other company changes nothing", () => {
    const viewer = viewerFor("COMPANY_MEMBER", [OTHER_COMPANY]);
    expect(
      profileViewFor(viewer, {
        userId: OWNER,
        visibility: "SIGNED_IN",
        blockedCompanyIds: ["a", "b"],
      }),
    ).toBe("full");
  });

  it("a viewer without companies is never blocked", () => {
    const viewer = viewerFor("COORDINATOR", []);
    expect(
      profileViewFor(viewer, {
        userId: OWNER,
        visibility: "ANONYMOUS",
        blockedCompanyIds: [BLOCKED_COMPANY],
      }),
    ).toBe("anonymous");
  });
});

describe("visibilitiesSeenBy (what list queries filter on)", () => {
  it("matches the table for every kind of viewer", () => {
    expect(visibilitiesSeenBy(null)).toEqual(["PUBLIC"]);
    expect(visibilitiesSeenBy(viewerFor("PROFESSIONAL", []))).toEqual(["PUBLIC"]);
    expect(visibilitiesSeenBy(viewerFor("COMPANY_MEMBER", []))).toEqual([
      "PUBLIC",
      "SIGNED_IN",
      "ANONYMOUS",
    ]);
    expect(visibilitiesSeenBy(viewerFor("COORDINATOR", []))).toEqual([
      "PUBLIC",
      "SIGNED_IN",
      "ANONYMOUS",
    ]);
    expect(visibilitiesSeenBy(viewerFor("ADMIN", []))).toBeNull();
  });
});

describe("visibleProfilesWhere", () => {
  it("admins see every profile", () => {
    expect(visibleProfilesWhere(viewerFor("ADMIN", [OTHER_COMPANY]))).toEqual({});
  });

  it("anonymous visitors see public profiles only", () => {
    expect(visibleProfilesWhere(null)).toEqual({ visibility: { in: ["PUBLIC"] } });
  });

  it("company members: their visibilities, without profiles that block any of their companies", () => {
    expect(visibleProfilesWhere(viewerFor("COMPANY_MEMBER", ["c1", "c2"]))).toEqual({
      OR: [
        { userId: "viewer-COMPANY_MEMBER" },
        {
          visibility: { in: ["PUBLIC", "SIGNED_IN", "ANONYMOUS"] },
          blocks: { none: { companyId: { in: ["c1", "c2"] } } },
        },
      ],
    });
  });

  it("viewers without companies get no block filter", () => {
    expect(visibleProfilesWhere(viewerFor("COORDINATOR", []))).toEqual({
      OR: [
        { userId: "viewer-COORDINATOR" },
        { visibility: { in: ["PUBLIC", "SIGNED_IN", "ANONYMOUS"] } },
      ],
    });
  });
});
