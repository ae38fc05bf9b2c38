import { db } from "~/lib/db.server";
import type { Role } from "~/modules/auth/roles";
import { sessionCookie } from "./routes";
import { createTestUser } from "./users";

/** A user with a session, ready to call routes as. */
export async function signedInUser(role: Role, overrides: { name?: string; email?: string } = {}) {
  const user = await createTestUser({ role, ...overrides });
  return { user, cookie: await sessionCookie(user.id) };
}

/** A professional with a saved profile, written straight to the database. */
export async function createTestProfile(
  options: {
    name?: string;
    visibility?: "PUBLIC" | "SIGNED_IN" | "ANONYMOUS" | "HIDDEN";
    headline?: string;
    currentEmployer?: string | null;
    currentIndustryCode?: string | null;
    blockedCompanyIds?: string[];
    links?: Array<{ label: string; url: string }>;
    withPhoto?: boolean;
  } = {},
) {
  const { user, cookie } = await signedInUser("PROFESSIONAL", { name: options.name });
  const photo = options.withPhoto
    ? await db.image.create({
        data: {
          contentType: "image/png",
          bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
          byteSize: 12,
        },
      })
    : null;
  const profile = await db.professionalProfile.create({
    data: {
      userId: user.id,
      visibility: options.visibility ?? "SIGNED_IN",
      headline: options.headline ?? "製造業のDX推進",
      bio: "長野県出身。東京で製造業向けの DX を推進しています。",
      currentEmployer:
        options.currentEmployer === undefined ? "株式会社ひみつ" : options.currentEmployer,
      currentIndustryCode:
        options.currentIndustryCode === undefined ? "G" : options.currentIndustryCode,
      links: JSON.stringify(options.links ?? [{ label: "Blog", url: "https://example.jp/me" }]),
      photoId: photo?.id ?? null,
      blocks: { create: (options.blockedCompanyIds ?? []).map((companyId) => ({ companyId })) },
    },
  });
  return { user, cookie, profile };
}
