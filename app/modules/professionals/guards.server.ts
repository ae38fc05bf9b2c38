import type { AppLoadContext } from "@remix-run/node";
import { resolveLocale } from "~/lib/i18n/locale.server";
import { getOptionalUser, requireRole } from "~/modules/auth/guards.server";
import { viewerOf } from "./views.server";

/** /profile and its sections: professionals only (403 for other roles, login for visitors). */
export async function requireProfessional(request: Request, context: AppLoadContext) {
  const user = await requireRole(request, context, ["PROFESSIONAL"]);
  return { user, locale: await resolveLocale(request, user) };
}

/** /pros: company members, coordinators and admins. */
export async function requireProfileBrowser(request: Request, context: AppLoadContext) {
  const user = await requireRole(request, context, ["COMPANY_MEMBER", "COORDINATOR", "ADMIN"]);
  return { viewer: await viewerOf(user), locale: await resolveLocale(request, user) };
}

/**
 * /pros/:profileId: anyone may ask; what they get is decided per profile by profileViewFor
 * (a PUBLIC profile is readable signed out).
 */
export async function currentViewer(request: Request, context: AppLoadContext) {
  const user = await getOptionalUser(request, context);
  return { viewer: await viewerOf(user), locale: await resolveLocale(request, user) };
}

/**
 * For resource routes (a download, a picture): runs a guard and turns the `data()` it
 * throws (403, 404) into a plain Response, which Remix serves as it is instead of
 * reporting it as a failed request.
 */
export async function inResourceRoute<T>(guard: () => Promise<T>): Promise<T> {
  try {
    return await guard();
  } catch (thrown) {
    const wrapped = thrown as { type?: string; data?: unknown; init?: ResponseInit } | null;
    if (wrapped?.type === "DataWithResponseInit") {
      throw new Response(String(wrapped.data), {
        ...wrapped.init,
        headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
      });
    }
    throw thrown;
  }
}
