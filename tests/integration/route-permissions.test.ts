import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { beforeAll, describe, expect, it } from "vitest";
import { createStandaloneContext } from "~/lib/context";
import type { Role } from "~/modules/auth/roles";
import { createSession } from "~/modules/auth/session.server";
import { resetDatabase } from "../support/database";
import { createTestUser } from "../support/users";

/**
 * Every loader and action that touches someone's records, called as each kind of
 * visitor: what each one gets back is the permission matrix.
 */
type Visitor = "anonymous" | Role;
const visitors: Visitor[] = ["anonymous", "PROFESSIONAL", "COMPANY_MEMBER", "COORDINATOR", "ADMIN"];
const cookies = new Map<Visitor, string>();

beforeAll(async () => {
  await resetDatabase();
  for (const role of visitors) {
    if (role === "anonymous") continue;
    const user = await createTestUser({ role, email: `${role.toLowerCase()}@matrix.example.jp` });
    const { token } = await createSession(user.id);
    cookies.set(role, `enishi_session=${token}`);
  }
});

type Handler = (args: LoaderFunctionArgs | ActionFunctionArgs) => unknown;

/** Runs a loader or action and reduces the outcome to a status (and redirect target). */
async function outcome(handler: Handler, visitor: Visitor, path: string, init?: RequestInit) {
  const headers = new Headers(init?.headers);
  const cookie = cookies.get(visitor);
  if (cookie) headers.set("Cookie", cookie);
  const request = new Request(`http://localhost:3000${path}`, { ...init, headers });
  try {
    const result = await handler({ request, context: createStandaloneContext(), params: {} });
    if (result instanceof Response) return describeResponse(result);
    return "200";
  } catch (thrown) {
    if (thrown instanceof Response) return describeResponse(thrown);
    const init = (thrown as { init?: { status?: number } } | null)?.init;
    if (init?.status) return String(init.status);
    throw thrown;
  }
}

function describeResponse(response: Response) {
  const location = response.headers.get("Location");
  if (location) return `${response.status} ${new URL(location, "http://localhost:3000").pathname}`;
  return String(response.status);
}

const toLogin = "302 /login";
const signedIn = {
  anonymous: toLogin,
  PROFESSIONAL: "200",
  COMPANY_MEMBER: "200",
  COORDINATOR: "200",
  ADMIN: "200",
};
const adminOnly = {
  anonymous: toLogin,
  PROFESSIONAL: "403",
  COMPANY_MEMBER: "403",
  COORDINATOR: "403",
  ADMIN: "200",
};
const signedOutOnly = {
  anonymous: "200",
  PROFESSIONAL: "302 /",
  COMPANY_MEMBER: "302 /",
  COORDINATOR: "302 /",
  ADMIN: "302 /",
};

const loaders: Array<{
  path: string;
  module: () => Promise<{ loader: Handler }>;
  expected: Record<Visitor, string>;
}> = [
  { path: "/settings", module: () => import("~/routes/settings"), expected: signedIn },
  { path: "/settings", module: () => import("~/routes/settings._index"), expected: signedIn },
  { path: "/settings/email", module: () => import("~/routes/settings.email"), expected: signedIn },
  {
    path: "/settings/password",
    module: () => import("~/routes/settings.password"),
    expected: signedIn,
  },
  {
    path: "/settings/sessions",
    module: () => import("~/routes/settings.sessions"),
    expected: signedIn,
  },
  { path: "/admin/users", module: () => import("~/routes/admin.users"), expected: adminOnly },
  { path: "/admin/audit", module: () => import("~/routes/admin.audit"), expected: adminOnly },
  { path: "/login", module: () => import("~/routes/login"), expected: signedOutOnly },
  { path: "/signup", module: () => import("~/routes/signup"), expected: signedOutOnly },
];

describe("loaders", () => {
  for (const { path, module, expected } of loaders) {
    it(`${path} (${module.toString().match(/routes\/([^"']+)/)?.[1]})`, async () => {
      const { loader } = await module();
      const actual = Object.fromEntries(
        await Promise.all(
          visitors.map(async (visitor) => [visitor, await outcome(loader, visitor, path)]),
        ),
      );
      expect(actual).toEqual(expected);
    });
  }
});

describe("actions refuse visitors before reading their input", () => {
  const post = { method: "POST", body: new URLSearchParams() };
  const actions: Array<{
    path: string;
    module: () => Promise<{ action: Handler }>;
    expected: Record<Visitor, string>;
  }> = [
    { path: "/admin/users", module: () => import("~/routes/admin.users"), expected: adminOnly },
    { path: "/settings", module: () => import("~/routes/settings._index"), expected: signedIn },
    {
      path: "/settings/email",
      module: () => import("~/routes/settings.email"),
      expected: signedIn,
    },
    {
      path: "/settings/password",
      module: () => import("~/routes/settings.password"),
      expected: signedIn,
    },
  ];
  for (const { path, module, expected } of actions) {
    it(`POST ${path}`, async () => {
      const { action } = await module();
      for (const visitor of visitors) {
        const result = await outcome(action, visitor, path, post);
        // Allowed visitors get their (empty) form back with errors: status 200.
        expect([visitor, result]).toEqual([visitor, expected[visitor]]);
      }
    });
  }
});

describe("the dev mailbox", () => {
  it("is open to everyone on a local install without a mail provider", async () => {
    const { loader } = await import("~/routes/dev.mailbox._index");
    for (const visitor of visitors)
      expect(await outcome(loader, visitor, "/dev/mailbox")).toBe("200");
  });

  it("is for admins only once the app is served beyond this machine or sends real mail", async () => {
    const { canReadDevMailbox } = await import("~/modules/notifications/mailbox.server");
    const { parseEnv } = await import("~/lib/env.server");
    const deployed = parseEnv({
      NODE_ENV: "production",
      APP_URL: "https://enishi.example.jp",
      SESSION_SECRET: "x".repeat(32),
    });
    const localWithResend = parseEnv({ RESEND_API_KEY: "re_test" });
    for (const env of [deployed, localWithResend]) {
      expect(canReadDevMailbox(null, env)).toBe(false);
      expect(canReadDevMailbox({ role: "COORDINATOR" }, env)).toBe(false);
      expect(canReadDevMailbox({ role: "ADMIN" }, env)).toBe(true);
    }
  });

  it("an unknown message is 404, not an error", async () => {
    const { loader } = await import("~/routes/dev.mailbox.$id._index");
    const handler: Handler = (args) =>
      loader({ ...args, params: { id: "missing" } } as LoaderFunctionArgs);
    expect(await outcome(handler, "ADMIN", "/dev/mailbox/missing")).toBe("404");
  });
});
