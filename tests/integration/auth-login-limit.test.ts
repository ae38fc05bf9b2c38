import { beforeEach, describe, expect, it } from "vitest";
import { createStandaloneContext } from "~/lib/context";
import { rateLimiter } from "~/lib/rate-limit.server";
import { action } from "~/routes/login";
import { resetDatabase } from "../support/database";
import { createTestUser, TEST_PASSWORD } from "../support/users";

const email = "limit@example.jp";

/** Posts the login form as a browser on this origin would; returns the HTTP status. */
async function postLogin(password: string) {
  const request = new Request("http://localhost:3000/login", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ email, password }),
  });
  // Each attempt from its own address, so only the per-account limit applies.
  const context = { ...createStandaloneContext(), clientIp: `192.0.2.${Math.random()}` };
  try {
    const result = await action({ request, context, params: {} });
    return result instanceof Response ? result.status : 200;
  } catch (thrown) {
    const init = (thrown as { init?: { status?: number } } | null)?.init;
    if (init?.status) return init.status;
    throw thrown;
  }
}

describe("the per-account login limit", () => {
  beforeEach(async () => {
    await resetDatabase();
    rateLimiter.reset(`login:account:${email}`);
    await createTestUser({ email });
  });

  it("stops guessing after 10 attempts in the window", async () => {
    const statuses = [];
    for (let attempt = 0; attempt < 11; attempt++)
      statuses.push(await postLogin("wrong password!"));
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(200));
    expect(statuses[10]).toBe(429);
  });

  it("starts counting afresh once the right password is given", async () => {
    for (let attempt = 0; attempt < 9; attempt++)
      expect(await postLogin("wrong password!")).toBe(200);
    expect(await postLogin(TEST_PASSWORD)).toBe(302);
    for (let attempt = 0; attempt < 10; attempt++)
      expect(await postLogin("wrong password!")).toBe(200);
    expect(await postLogin("wrong password!")).toBe(429);
  });
});
