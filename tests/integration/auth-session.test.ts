import { beforeEach, describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import {
  createSession,
  invalidateSession,
  invalidateUserSessions,
  listUserSessions,
  purgeExpiredSessions,
  readSessionToken,
  SESSION_MAX_AGE_MS,
  SESSION_TTL_MS,
  serializeBlankSessionCookie,
  serializeSessionCookie,
  sessionCookieName,
  validateSessionToken,
} from "~/modules/auth/session.server";
import { generateToken, hashToken } from "~/modules/auth/tokens.server";
import { resetDatabase } from "../support/database";
import { createTestUser } from "../support/users";

const DAY_MS = 24 * 60 * 60 * 1000;
const later = (ms: number) => new Date(Date.now() + ms);

beforeEach(resetDatabase);

async function userWithSession() {
  const user = await createTestUser();
  const { token, session } = await createSession(user.id, {
    userAgent: "vitest",
    ipAddress: "192.0.2.1",
  });
  return { user, token, session };
}

describe("createSession", () => {
  it("stores only the SHA-256 of the token, never the token itself", async () => {
    const { token, session } = await userWithSession();
    expect(token).toMatch(/^[a-z2-7]{32}$/);
    expect(session.id).toBe(hashToken(token));
    const rows = await db.session.findMany();
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it("expires after the idle lifetime and records who opened it", async () => {
    const before = Date.now();
    const { session } = await userWithSession();
    expect(session.expiresAt.getTime()).toBeGreaterThanOrEqual(before + SESSION_TTL_MS);
    expect(session.expiresAt.getTime()).toBeLessThanOrEqual(Date.now() + SESSION_TTL_MS);
    const row = await db.session.findUniqueOrThrow({ where: { id: session.id } });
    expect(row).toMatchObject({ userAgent: "vitest", ipAddress: "192.0.2.1" });
  });

  it("gives every login a new token", async () => {
    const user = await createTestUser();
    const first = await createSession(user.id);
    const second = await createSession(user.id);
    expect(first.token).not.toBe(second.token);
  });
});

describe("validateSessionToken", () => {
  it("returns the session's user without renewing a fresh session", async () => {
    const { user, token, session } = await userWithSession();
    const result = await validateSessionToken(token);
    expect(result).toMatchObject({
      renewed: false,
      session: { id: session.id },
      user: { id: user.id, email: user.email },
    });
    expect(result?.session.expiresAt).toEqual(session.expiresAt);
    expect(Object.keys(result!.user)).not.toContain("passwordHash");
  });

  it("rejects an unknown token", async () => {
    await userWithSession();
    expect(await validateSessionToken(generateToken())).toBeNull();
  });

  it("renews when fewer than 15 days remain and reports it", async () => {
    const { token, session } = await userWithSession();
    const now = later(16 * DAY_MS);
    const result = await validateSessionToken(token, now);
    expect(result?.renewed).toBe(true);
    expect(result?.session.expiresAt.getTime()).toBe(now.getTime() + SESSION_TTL_MS);
    const row = await db.session.findUniqueOrThrow({ where: { id: session.id } });
    expect(row.expiresAt).toEqual(result?.session.expiresAt);
    expect(row.lastSeenAt).toEqual(now);
  });

  it("does not renew while 15 days or more remain", async () => {
    const { token } = await userWithSession();
    expect((await validateSessionToken(token, later(14 * DAY_MS)))?.renewed).toBe(false);
  });

  it("refreshes last-seen at most hourly without renewing", async () => {
    const { token, session } = await userWithSession();
    const created = (await db.session.findUniqueOrThrow({ where: { id: session.id } })).lastSeenAt;
    await validateSessionToken(token, later(30 * 60 * 1000));
    expect((await db.session.findUniqueOrThrow({ where: { id: session.id } })).lastSeenAt).toEqual(
      created,
    );
    const twoHoursOn = later(2 * 60 * 60 * 1000);
    expect((await validateSessionToken(token, twoHoursOn))?.renewed).toBe(false);
    const row = await db.session.findUniqueOrThrow({ where: { id: session.id } });
    expect(row.lastSeenAt).toEqual(twoHoursOn);
    expect(row.expiresAt).toEqual(session.expiresAt);
  });

  it("ends a session left idle past its expiry", async () => {
    const { token, session } = await userWithSession();
    expect(await validateSessionToken(token, later(SESSION_TTL_MS + 1000))).toBeNull();
    expect(await db.session.findUnique({ where: { id: session.id } })).toBeNull();
  });

  it("ends an active session 90 days after login, however recently renewed", async () => {
    const { token, session } = await userWithSession();
    await db.session.update({
      where: { id: session.id },
      data: { createdAt: new Date(Date.now() - SESSION_MAX_AGE_MS), expiresAt: later(20 * DAY_MS) },
    });
    expect(await validateSessionToken(token)).toBeNull();
    expect(await db.session.findUnique({ where: { id: session.id } })).toBeNull();
  });

  it("never renews past the absolute expiry, and stops renewing once there", async () => {
    const { token, session } = await userWithSession();
    const createdAt = new Date(Date.now() - 80 * DAY_MS);
    await db.session.update({
      where: { id: session.id },
      data: { createdAt, expiresAt: later(DAY_MS) },
    });
    const first = await validateSessionToken(token);
    expect(first?.renewed).toBe(true);
    expect(first?.session.expiresAt.getTime()).toBe(createdAt.getTime() + SESSION_MAX_AGE_MS);
    const second = await validateSessionToken(token, later(DAY_MS));
    expect(second?.renewed).toBe(false);
    expect(second?.session.expiresAt).toEqual(first?.session.expiresAt);
  });
});

describe("ending sessions", () => {
  it("invalidateSession ends just that session", async () => {
    const { user, token, session } = await userWithSession();
    const other = await createSession(user.id);
    await invalidateSession(session.id);
    expect(await validateSessionToken(token)).toBeNull();
    expect(await validateSessionToken(other.token)).not.toBeNull();
  });

  it("invalidateUserSessions ends every session of the user and no one else's", async () => {
    const { user, token } = await userWithSession();
    const second = await createSession(user.id);
    const stranger = await userWithSession();
    const { count } = await invalidateUserSessions(user.id);
    expect(count).toBe(2);
    expect(await validateSessionToken(token)).toBeNull();
    expect(await validateSessionToken(second.token)).toBeNull();
    expect(await validateSessionToken(stranger.token)).not.toBeNull();
  });

  it("invalidateUserSessions can keep the current session", async () => {
    const { user, token, session } = await userWithSession();
    const other = await createSession(user.id);
    const { count } = await invalidateUserSessions(user.id, session.id);
    expect(count).toBe(1);
    expect(await validateSessionToken(token)).not.toBeNull();
    expect(await validateSessionToken(other.token)).toBeNull();
  });

  it("purgeExpiredSessions deletes idle-expired and over-age sessions only", async () => {
    const user = await createTestUser();
    const live = await createSession(user.id);
    const idle = await createSession(user.id);
    const old = await createSession(user.id);
    await db.session.update({
      where: { id: idle.session.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    await db.session.update({
      where: { id: old.session.id },
      data: { createdAt: new Date(Date.now() - SESSION_MAX_AGE_MS - 1000) },
    });
    expect(await purgeExpiredSessions()).toBe(2);
    expect((await db.session.findMany()).map((row) => row.id)).toEqual([live.session.id]);
  });

  it("listUserSessions shows only the user's live sessions, without tokens", async () => {
    const { user, token, session } = await userWithSession();
    const expired = await createSession(user.id);
    await db.session.update({
      where: { id: expired.session.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    await userWithSession();
    const sessions = await listUserSessions(user.id);
    expect(sessions.map((row) => row.id)).toEqual([session.id]);
    expect(JSON.stringify(sessions)).not.toContain(token);
  });
});

describe("session cookie", () => {
  const token = "abcdefghijklmnopqrstuvwxyz234567";
  const expiresAt = new Date("2026-03-01T00:00:00Z");

  function attributes(cookie: string) {
    const [pair = "", ...rest] = cookie.split("; ");
    return { pair, rest: rest.map((attribute) => attribute.toLowerCase()) };
  }

  it("in secure mode is a __Host- cookie: Secure, HttpOnly, SameSite=Lax, Path=/, no Domain", () => {
    const { pair, rest } = attributes(serializeSessionCookie(token, expiresAt, true));
    expect(pair).toBe(`__Host-enishi_session=${token}`);
    expect(rest).toEqual(
      expect.arrayContaining([
        "secure",
        "httponly",
        "samesite=lax",
        "path=/",
        `expires=${expiresAt.toUTCString().toLowerCase()}`,
      ]),
    );
    expect(rest.some((attribute) => attribute.startsWith("domain"))).toBe(false);
  });

  it("over plain http has no prefix and no Secure flag, but is still HttpOnly and Lax", () => {
    const { pair, rest } = attributes(serializeSessionCookie(token, expiresAt, false));
    expect(pair).toBe(`enishi_session=${token}`);
    expect(rest).toEqual(expect.arrayContaining(["httponly", "samesite=lax", "path=/"]));
    expect(rest).not.toContain("secure");
  });

  it("follows the app URL in this environment (http://localhost: not secure)", () => {
    expect(sessionCookieName()).toBe("enishi_session");
  });

  it("is cleared with the same name and attributes and Max-Age=0", () => {
    for (const secure of [true, false]) {
      const { pair, rest } = attributes(serializeBlankSessionCookie(secure));
      expect(pair).toBe(`${sessionCookieName(secure)}=`);
      expect(rest).toEqual(
        expect.arrayContaining(["max-age=0", "path=/", "httponly", "samesite=lax"]),
      );
      expect(rest.includes("secure")).toBe(secure);
    }
  });

  it("is read back from a Cookie header among other cookies", () => {
    const request = new Request("https://enishi.example.jp/", {
      headers: { Cookie: `enishi_lang=en; __Host-enishi_session=${token}; other=1` },
    });
    expect(readSessionToken(request, true)).toBe(token);
  });

  it.each([
    ["no cookie header", undefined],
    ["an upper-case token", `__Host-enishi_session=${token.toUpperCase()}`],
    ["a short token", `__Host-enishi_session=${token.slice(1)}`],
    ["a long token", `__Host-enishi_session=${token}a`],
    ["a token with extra characters", `__Host-enishi_session=${token.slice(0, 31)}=`],
    ["an empty value", "__Host-enishi_session="],
    ["the unprefixed name in secure mode", `enishi_session=${token}`],
  ])("is rejected with %s", (_, cookie) => {
    const request = new Request(
      "https://enishi.example.jp/",
      cookie ? { headers: { Cookie: cookie } } : {},
    );
    expect(readSessionToken(request, true)).toBeNull();
  });
});
