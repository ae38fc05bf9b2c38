import { beforeEach, describe, expect, it } from "vitest";
import { createStandaloneContext } from "~/lib/context";
import { db } from "~/lib/db.server";
import {
  getCurrentSession,
  getOptionalUser,
  requireAnonymous,
  requireRole,
  requireSession,
  requireUser,
} from "~/modules/auth/guards.server";
import { createSession, SESSION_TTL_MS, sessionCookieName } from "~/modules/auth/session.server";
import { generateToken } from "~/modules/auth/tokens.server";
import { resetDatabase } from "../support/database";
import { createTestUser } from "../support/users";

const DAY_MS = 24 * 60 * 60 * 1000;

beforeEach(resetDatabase);

function requestWithSession(path: string, token?: string) {
  const headers = new Headers({
    Cookie: "enishi_lang=ja" + (token ? `; ${sessionCookieName()}=${token}` : ""),
  });
  return new Request(`http://localhost:3000${path}`, { headers });
}

async function signedIn(
  role: "PROFESSIONAL" | "COMPANY_MEMBER" | "COORDINATOR" | "ADMIN" = "PROFESSIONAL",
) {
  const user = await createTestUser({ role });
  const { token, session } = await createSession(user.id);
  return { user, token, session };
}

/** Runs a guard that should throw, and returns what it threw. */
async function thrownBy(guard: Promise<unknown>) {
  try {
    await guard;
  } catch (thrown) {
    return thrown;
  }
  throw new Error("expected the guard to throw");
}

/** The HTTP status of a thrown Response or `data()` value. */
function statusOf(thrown: unknown) {
  if (thrown instanceof Response) return thrown.status;
  return (thrown as { init?: { status?: number } }).init?.status;
}

describe("requireUser", () => {
  it("returns the signed-in user and sets no cookie for a fresh session", async () => {
    const { user, token } = await signedIn();
    const context = createStandaloneContext();
    expect(await requireUser(requestWithSession("/dashboard", token), context)).toMatchObject({
      id: user.id,
      email: user.email,
    });
    expect(context.setCookies).toEqual([]);
  });

  it("redirects an anonymous visitor to the login page with the way back", async () => {
    const thrown = await thrownBy(
      requireUser(requestWithSession("/challenges/abc?tab=candidates"), createStandaloneContext()),
    );
    expect(thrown).toBeInstanceOf(Response);
    const response = thrown as Response;
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get("Location")!, "http://localhost:3000");
    expect(location.pathname).toBe("/login");
    expect(location.searchParams.get("redirectTo")).toBe("/challenges/abc?tab=candidates");
  });

  it("redirects to a bare /login from the home page", async () => {
    const response = (await thrownBy(
      requireUser(requestWithSession("/"), createStandaloneContext()),
    )) as Response;
    expect(response.headers.get("Location")).toBe("/login");
  });

  it("redirects and clears the cookie when the token matches no session", async () => {
    const context = createStandaloneContext();
    const response = (await thrownBy(
      requireUser(requestWithSession("/settings", generateToken()), context),
    )) as Response;
    expect(response.status).toBe(302);
    expect(context.setCookies).toHaveLength(1);
    expect(context.setCookies[0]).toMatch(new RegExp(`^${sessionCookieName()}=;`));
    expect(context.setCookies[0]).toContain("Max-Age=0");
  });

  it("treats a malformed cookie as signed out without touching it", async () => {
    const context = createStandaloneContext();
    const thrown = await thrownBy(
      requireUser(requestWithSession("/settings", "not-a-token"), context),
    );
    expect(statusOf(thrown)).toBe(302);
    expect(context.setCookies).toEqual([]);
  });

  it("re-sends the cookie when the session was renewed", async () => {
    const { token, session } = await signedIn();
    // As if the last visit was 20 days ago: 10 days left, under the 15-day renewal mark.
    await db.session.update({
      where: { id: session.id },
      data: { expiresAt: new Date(Date.now() + 10 * DAY_MS) },
    });
    const context = createStandaloneContext();
    await requireUser(requestWithSession("/", token), context);
    expect(context.setCookies).toHaveLength(1);
    const [cookie] = context.setCookies;
    expect(cookie).toContain(`${sessionCookieName()}=${token}`);
    const row = await db.session.findUniqueOrThrow({ where: { id: session.id } });
    expect(row.expiresAt.getTime()).toBeGreaterThan(Date.now() + SESSION_TTL_MS - 60_000);
    expect(cookie).toContain(`Expires=${row.expiresAt.toUTCString()}`);
  });

  it("looks the session up once per request", async () => {
    const { token, session } = await signedIn();
    const context = createStandaloneContext();
    const request = requestWithSession("/", token);
    expect((await getCurrentSession(request, context))?.sessionId).toBe(session.id);
    await db.session.deleteMany();
    // Same request: the memoised answer; a new request sees the session is gone.
    expect(await getOptionalUser(request, context)).not.toBeNull();
    expect(await getOptionalUser(request, createStandaloneContext())).toBeNull();
  });

  it("requireSession also returns the session id", async () => {
    const { token, session, user } = await signedIn();
    expect(
      await requireSession(requestWithSession("/", token), createStandaloneContext()),
    ).toMatchObject({
      sessionId: session.id,
      user: { id: user.id },
    });
  });
});

describe("requireRole", () => {
  it("returns a user who holds an allowed role", async () => {
    const { token, user } = await signedIn("COORDINATOR");
    const result = await requireRole(
      requestWithSession("/coordination", token),
      createStandaloneContext(),
      ["COORDINATOR", "ADMIN"],
    );
    expect(result.id).toBe(user.id);
  });

  it("answers 403 to a signed-in user without the role", async () => {
    const { token } = await signedIn("PROFESSIONAL");
    const thrown = await thrownBy(
      requireRole(requestWithSession("/admin", token), createStandaloneContext(), ["ADMIN"]),
    );
    expect(statusOf(thrown)).toBe(403);
  });

  it("sends an anonymous visitor to log in rather than a 403", async () => {
    const thrown = await thrownBy(
      requireRole(requestWithSession("/admin"), createStandaloneContext(), ["ADMIN"]),
    );
    expect(statusOf(thrown)).toBe(302);
  });
});

describe("requireAnonymous", () => {
  it("lets a signed-out visitor through and sends a signed-in user home", async () => {
    await expect(
      requireAnonymous(requestWithSession("/login"), createStandaloneContext()),
    ).resolves.toBeUndefined();
    const { token } = await signedIn();
    const response = (await thrownBy(
      requireAnonymous(requestWithSession("/login", token), createStandaloneContext()),
    )) as Response;
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/");
  });
});
