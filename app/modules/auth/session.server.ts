import { db, type DbClient } from "~/lib/db.server";
import { usesSecureCookies } from "~/lib/env.server";
import type { Role } from "./roles";
import { generateToken, hashToken } from "./tokens.server";

const DAY_MS = 24 * 60 * 60 * 1000;
/** Idle expiry: a session unused for this long ends. */
export const SESSION_TTL_MS = 30 * DAY_MS;
/** Renew (and re-send the cookie) once fewer than this many ms remain. */
export const SESSION_RENEW_BEFORE_MS = 15 * DAY_MS;
/** How stale "last active" on the sessions page may get before a request refreshes it. */
const LAST_SEEN_PRECISION_MS = 60 * 60 * 1000;
/** Absolute expiry: however active, a session ends this long after login. */
export const SESSION_MAX_AGE_MS = 90 * DAY_MS;

export function sessionCookieName(secure = usesSecureCookies()) {
  return secure ? "__Host-enishi_session" : "enishi_session";
}

export function serializeSessionCookie(
  token: string,
  expiresAt: Date,
  secure = usesSecureCookies(),
) {
  const attributes = [
    `${sessionCookieName(secure)}=${token}`,
    "Path=/",
    "HttpOnly",
    "SameSite=Lax",
    `Expires=${expiresAt.toUTCString()}`,
  ];
  if (secure) attributes.push("Secure");
  return attributes.join("; ");
}

export function serializeBlankSessionCookie(secure = usesSecureCookies()) {
  const attributes = [
    `${sessionCookieName(secure)}=`,
    "Path=/",
    "HttpOnly",
    "SameSite=Lax",
    "Max-Age=0",
  ];
  if (secure) attributes.push("Secure");
  return attributes.join("; ");
}

export function readSessionToken(request: Request, secure = usesSecureCookies()): string | null {
  const header = request.headers.get("Cookie");
  if (!header) return null;
  const name = sessionCookieName(secure);
  for (const part of header.split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) {
      const value = rest.join("=");
      return /^[a-z2-7]{32}$/.test(value) ? value : null;
    }
  }
  return null;
}

export async function createSession(
  userId: string,
  meta: { userAgent?: string | null; ipAddress?: string | null } = {},
  client: DbClient = db,
) {
  const token = generateToken();
  const now = new Date();
  const session = await client.session.create({
    data: {
      id: hashToken(token),
      userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + SESSION_TTL_MS),
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
      ipAddress: meta.ipAddress ?? null,
    },
    select: { id: true, expiresAt: true },
  });
  return { token, session };
}

const sessionUserSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  locale: true,
  emailVerifiedAt: true,
} as const;

export type SessionUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  locale: string;
  emailVerifiedAt: Date | null;
};

/**
 * Looks a cookie token up by its hash. Ends sessions past their idle or absolute expiry;
 * extends ones about to expire (`renewed` tells the caller to re-send the cookie).
 */
export async function validateSessionToken(token: string, now = new Date()) {
  const id = hashToken(token);
  const row = await db.session.findUnique({
    where: { id },
    select: {
      id: true,
      expiresAt: true,
      createdAt: true,
      lastSeenAt: true,
      user: { select: sessionUserSelect },
    },
  });
  if (!row) return null;
  const absoluteEnd = row.createdAt.getTime() + SESSION_MAX_AGE_MS;
  if (now.getTime() >= row.expiresAt.getTime() || now.getTime() >= absoluteEnd) {
    await db.session.deleteMany({ where: { id } });
    return null;
  }
  let expiresAt = row.expiresAt;
  let renewed = false;
  const extended = Math.min(now.getTime() + SESSION_TTL_MS, absoluteEnd);
  // Near the absolute end there is nothing left to extend: no write, no new cookie.
  if (
    expiresAt.getTime() - now.getTime() < SESSION_RENEW_BEFORE_MS &&
    extended > expiresAt.getTime()
  ) {
    expiresAt = new Date(extended);
    await db.session.update({ where: { id }, data: { expiresAt, lastSeenAt: now } });
    renewed = true;
  } else if (now.getTime() - row.lastSeenAt.getTime() > LAST_SEEN_PRECISION_MS) {
    await db.session.update({ where: { id }, data: { lastSeenAt: now } });
  }
  return { session: { id, expiresAt }, user: row.user as SessionUser, renewed };
}

export function invalidateSession(sessionId: string) {
  return db.session.deleteMany({ where: { id: sessionId } });
}

/** Ends every session of a user, or every one but `exceptSessionId`. */
export function invalidateUserSessions(
  userId: string,
  exceptSessionId?: string,
  client: DbClient = db,
) {
  return client.session.deleteMany({
    where: { userId, ...(exceptSessionId ? { id: { not: exceptSessionId } } : {}) },
  });
}

export async function purgeExpiredSessions(now = new Date()) {
  const { count } = await db.session.deleteMany({
    where: {
      OR: [
        { expiresAt: { lte: now } },
        { createdAt: { lte: new Date(now.getTime() - SESSION_MAX_AGE_MS) } },
      ],
    },
  });
  return count;
}

export function listUserSessions(userId: string) {
  return db.session.findMany({
    where: { userId, expiresAt: { gt: new Date() } },
    orderBy: { lastSeenAt: "desc" },
    select: { id: true, createdAt: true, lastSeenAt: true, userAgent: true, ipAddress: true },
  });
}
