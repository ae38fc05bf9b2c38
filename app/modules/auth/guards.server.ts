import { data, redirect, type AppLoadContext } from "@remix-run/node";
import type { Role } from "./roles";
import {
  readSessionToken,
  serializeBlankSessionCookie,
  serializeSessionCookie,
  validateSessionToken,
  type SessionUser,
} from "./session.server";

export type CurrentSession = { sessionId: string; user: SessionUser };

const currentSessionKey = Symbol("currentSession");

/**
 * The signed-in user of this request, or null. Looked up once per request; renews the
 * cookie when the session was extended and clears a cookie that no longer matches a session.
 */
export async function getCurrentSession(
  request: Request,
  context: AppLoadContext,
): Promise<CurrentSession | null> {
  const memo = context.requestState.get(currentSessionKey) as
    Promise<CurrentSession | null> | undefined;
  if (memo) return memo;
  const lookup = (async () => {
    const token = readSessionToken(request);
    if (!token) return null;
    const result = await validateSessionToken(token);
    if (!result) {
      context.appendSetCookie(serializeBlankSessionCookie());
      return null;
    }
    if (result.renewed) {
      context.appendSetCookie(serializeSessionCookie(token, result.session.expiresAt));
    }
    return { sessionId: result.session.id, user: result.user };
  })();
  context.requestState.set(currentSessionKey, lookup);
  return lookup;
}

export async function getOptionalUser(request: Request, context: AppLoadContext) {
  return (await getCurrentSession(request, context))?.user ?? null;
}

function loginRedirect(request: Request) {
  const url = new URL(request.url);
  const redirectTo = url.pathname + url.search;
  const search = redirectTo === "/" ? "" : `?${new URLSearchParams({ redirectTo })}`;
  return redirect(`/login${search}`);
}

/** The signed-in session, or a redirect to the login page that comes back here. */
export async function requireSession(request: Request, context: AppLoadContext) {
  const current = await getCurrentSession(request, context);
  if (!current) throw loginRedirect(request);
  return current;
}

export async function requireUser(request: Request, context: AppLoadContext) {
  return (await requireSession(request, context)).user;
}

/** The signed-in user if they hold one of `allowed`; 403 otherwise. */
export async function requireRole(
  request: Request,
  context: AppLoadContext,
  allowed: readonly Role[],
) {
  const user = await requireUser(request, context);
  if (!allowed.includes(user.role)) throw data("Forbidden", { status: 403 });
  return user;
}

/** For pages only signed-out visitors need (login, sign-up): signed-in users go home. */
export async function requireAnonymous(request: Request, context: AppLoadContext) {
  if (await getCurrentSession(request, context)) throw redirect("/");
}

/** For public pages: nothing to check, but said out loud so every loader names its rule. */
export function allowAnyone() {
  return true;
}
