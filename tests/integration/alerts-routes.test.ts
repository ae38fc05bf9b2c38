import { beforeEach, describe, expect, it } from "vitest";
import { createStandaloneContext } from "~/lib/context";
import { db } from "~/lib/db.server";
import { savedSearchLimit } from "~/modules/alerts/kinds";
import * as searchesRoute from "~/routes/searches";
import * as unsubscribeRoute from "~/routes/unsubscribe.$token";
import * as oneClickRoute from "~/routes/unsubscribe_.$token.one-click";
import { DAY_MS, insertSavedSearch } from "../support/alerts";
import { resetDatabase } from "../support/database";
import { signedInUser } from "../support/professionals";
import { callRoute } from "../support/routes";

/** /searches (save, rename, re-time, delete) and /unsubscribe/:token over real SQLite. */

type Signed = Awaited<ReturnType<typeof signedInUser>>;
let pro: Signed;
let member: Signed;

beforeEach(async () => {
  await resetDatabase();
  pro = await signedInUser("PROFESSIONAL");
  member = await signedInUser("COMPANY_MEMBER");
});

function post(cookie: string, form: Record<string, string>) {
  return callRoute(searchesRoute.action, { path: "/searches", cookie, form });
}

const toastOf = (response: Response | null) => response?.headers.get("Set-Cookie") ?? "";

describe("saving a search", () => {
  it("saves the canonical query and goes back to the search with a toast (no JavaScript)", async () => {
    const result = await post(pro.cookie, {
      intent: "create",
      kind: "challenges",
      query: "sort=newest&q=DX&pref=20&page=3",
      name: "  長野のDX  ",
      frequency: "DAILY",
      redirectTo: "/challenges?q=DX&pref=20",
    });
    expect(result.status).toBe(302);
    expect(result.location).toBe("/challenges?q=DX&pref=20");
    expect(toastOf(result.response)).toContain("enishi_toast=");
    const saved = await db.savedSearch.findFirstOrThrow({ where: { userId: pro.user.id } });
    expect(saved).toMatchObject({
      kind: "challenges",
      name: "長野のDX",
      query: "pref=20&q=DX&sort=newest",
      frequency: "DAILY",
    });
    expect(saved.unsubscribeTokenHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("answers a fetcher with data instead of a redirect", async () => {
    const result = await post(pro.cookie, {
      intent: "create",
      kind: "challenges",
      query: "q=DX",
      name: "DX",
      frequency: "WEEKLY",
      mode: "fetch",
    });
    expect(result.status).toBe(200);
    expect(result.data).toMatchObject({ saved: true });
  });

  it("refuses a query the search page would refuse", async () => {
    const fetched = await post(pro.cookie, {
      intent: "create",
      kind: "challenges",
      query: "pref=99",
      name: "x",
      frequency: "DAILY",
      mode: "fetch",
    });
    expect(fetched.status).toBe(400);
    expect(JSON.stringify(fetched.data)).toContain("alerts.errors.query");
    const plain = await post(pro.cookie, {
      intent: "create",
      kind: "challenges",
      query: "pref=99",
      name: "x",
      frequency: "DAILY",
      redirectTo: "//evil.test/",
    });
    // Back with an error toast, never off-site.
    expect(plain.status).toBe(302);
    expect(plain.location).toBe("/searches");
    expect(await db.savedSearch.count()).toBe(0);
  });

  it("refuses an empty or too long name, next to the field", async () => {
    for (const name of ["", "あ".repeat(81)]) {
      const result = await post(pro.cookie, {
        intent: "create",
        kind: "challenges",
        query: "",
        name,
        frequency: "DAILY",
        mode: "fetch",
      });
      expect(result.status).toBe(400);
      expect(JSON.stringify(result.data)).toContain("alerts.errors.name");
    }
  });

  it(`keeps at most ${savedSearchLimit} per person, with a clear error`, async () => {
    for (let index = 0; index < savedSearchLimit; index += 1) {
      await insertSavedSearch(pro.user.id, { name: `検索 ${index}` });
    }
    const result = await post(pro.cookie, {
      intent: "create",
      kind: "challenges",
      query: "q=DX",
      name: "21件目",
      frequency: "DAILY",
      mode: "fetch",
    });
    expect(result.status).toBe(400);
    expect(JSON.stringify(result.data)).toContain("alerts.errors.limit");
    expect(await db.savedSearch.count({ where: { userId: pro.user.id } })).toBe(savedSearchLimit);
    // Someone else's searches do not count against them.
    expect(
      (
        await post(member.cookie, {
          intent: "create",
          kind: "challenges",
          query: "",
          name: "a",
          frequency: "OFF",
        })
      ).status,
    ).toBe(302);
  });

  it("lets only those who may search professionals save such a search", async () => {
    const form = {
      intent: "create",
      kind: "professionals",
      query: "tie=1",
      name: "ゆかり",
      frequency: "DAILY",
    };
    expect((await post(pro.cookie, form)).status).toBe(403);
    expect((await post(member.cookie, form)).status).toBe(302);
  });
});

describe("managing saved searches", () => {
  it("lists only the user's own searches", async () => {
    await insertSavedSearch(pro.user.id, { name: "自分の検索", query: "q=DX" });
    await insertSavedSearch(member.user.id, { name: "他人の検索" });
    const result = await callRoute(searchesRoute.loader, { path: "/searches", cookie: pro.cookie });
    const data = result.data as { searches: Array<{ name: string; query: string }> };
    expect(data.searches.map((search) => search.name)).toEqual(["自分の検索"]);
    expect(JSON.stringify(data)).not.toContain("unsubscribeTokenHash");
  });

  it("renames, re-times and deletes the user's own search", async () => {
    const lastWeek = new Date(Date.now() - 7 * DAY_MS);
    const { search } = await insertSavedSearch(pro.user.id, {
      frequency: "OFF",
      lastNotifiedAt: lastWeek,
    });
    expect(
      (await post(pro.cookie, { intent: "rename", id: search.id, name: "新しい名前" })).location,
    ).toBe("/searches");
    expect(
      (await post(pro.cookie, { intent: "frequency", id: search.id, frequency: "DAILY" })).status,
    ).toBe(302);
    const updated = await db.savedSearch.findUniqueOrThrow({ where: { id: search.id } });
    expect(updated.name).toBe("新しい名前");
    expect(updated.frequency).toBe("DAILY");
    // Turning alerts back on counts from now, not from before they were off.
    expect(updated.lastNotifiedAt.getTime()).toBeGreaterThan(lastWeek.getTime() + DAY_MS);

    expect((await post(pro.cookie, { intent: "delete", id: search.id })).status).toBe(302);
    expect(await db.savedSearch.count()).toBe(0);
    expect(await db.auditLog.count({ where: { action: "saved-search.delete" } })).toBe(1);
  });

  it("keeps the typed name when a rename is invalid", async () => {
    const { search } = await insertSavedSearch(pro.user.id, { name: "元の名前" });
    const result = await post(pro.cookie, { intent: "rename", id: search.id, name: "" });
    expect(result.status).toBe(400);
    expect(result.data).toMatchObject({ id: search.id });
    expect((await db.savedSearch.findUniqueOrThrow({ where: { id: search.id } })).name).toBe(
      "元の名前",
    );
  });

  it("answers 404 for another person's search, and changes nothing", async () => {
    const { search } = await insertSavedSearch(member.user.id, { name: "他人の検索" });
    const forms: Array<Record<string, string>> = [
      { intent: "rename", id: search.id, name: "乗っ取り" },
      { intent: "frequency", id: search.id, frequency: "OFF" },
      { intent: "delete", id: search.id },
    ];
    for (const form of forms) {
      expect((await post(pro.cookie, form)).status).toBe(404);
    }
    expect(await db.savedSearch.findUniqueOrThrow({ where: { id: search.id } })).toMatchObject({
      name: "他人の検索",
      frequency: "DAILY",
    });
  });
});

describe("/unsubscribe/:token", () => {
  function unsubscribePost(token: string, body: string) {
    const request = new Request(`http://localhost:3000/unsubscribe/${token}`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body,
    });
    return unsubscribeRoute.action({
      request,
      params: { token },
      context: createStandaloneContext(),
    });
  }
  const frequencyOf = async (id: string) =>
    (await db.savedSearch.findUniqueOrThrow({ where: { id } })).frequency;

  it("asks first: opening the link changes nothing", async () => {
    const { search, token } = await insertSavedSearch(pro.user.id, { name: "DX案件" });
    const result = await callRoute(unsubscribeRoute.loader, {
      path: `/unsubscribe/${token}`,
      params: { token },
    });
    expect(result.status).toBe(200);
    expect(result.data).toEqual({ view: "confirm", name: "DX案件", frequency: "DAILY" });
    expect(await frequencyOf(search.id)).toBe("DAILY");
  });

  it("turns the alerts off with the page's button, without signing in", async () => {
    const { search, token } = await insertSavedSearch(pro.user.id, { name: "DX案件" });
    const result = await callRoute(unsubscribeRoute.action, {
      path: `/unsubscribe/${token}`,
      params: { token },
      form: { intent: "unsubscribe" },
    });
    expect(result.data).toEqual({ view: "done", name: "DX案件" });
    expect(await frequencyOf(search.id)).toBe("OFF");
    // A second click says so, and is harmless.
    const again = await callRoute(unsubscribeRoute.action, {
      path: `/unsubscribe/${token}`,
      params: { token },
      form: { intent: "unsubscribe" },
    });
    expect(again.data).toEqual({ view: "already", name: "DX案件" });
  });

  it("accepts the RFC 8058 one-click body from a mail client", async () => {
    const { search, token } = await insertSavedSearch(pro.user.id, { frequency: "WEEKLY" });
    const result = await unsubscribePost(token, "List-Unsubscribe=One-Click");
    expect(result).toMatchObject({ view: "done" });
    expect(await frequencyOf(search.id)).toBe("OFF");
  });

  it("refuses a post that is neither, and unknown tokens", async () => {
    const { search, token } = await insertSavedSearch(pro.user.id);
    const empty = (await unsubscribePost(token, "something=else")) as {
      init?: { status?: number };
    };
    expect(empty.init?.status).toBe(400);
    expect(await frequencyOf(search.id)).toBe("DAILY");

    const unknown = "a".repeat(32);
    const get = await callRoute(unsubscribeRoute.loader, {
      path: `/unsubscribe/${unknown}`,
      params: { token: unknown },
    });
    expect(get.status).toBe(404);
    expect(get.data).toEqual({ view: "invalid" });
    const malformed = await callRoute(unsubscribeRoute.loader, {
      path: "/unsubscribe/x",
      params: { token: "x" },
    });
    expect(malformed.status).toBe(404);
    const postUnknown = (await unsubscribePost(unknown, "List-Unsubscribe=One-Click")) as {
      init?: { status?: number };
    };
    expect(postUnknown.init?.status).toBe(404);
    expect(await frequencyOf(search.id)).toBe("DAILY");
  });
});

describe("/unsubscribe/:token/one-click (the List-Unsubscribe header's URL)", () => {
  function oneClick(token: string, body: string, method = "POST") {
    const request = new Request(`http://localhost:3000/unsubscribe/${token}/one-click`, {
      method,
      headers: {
        "Content-Type": "application/x-www-form-urlencoded",
        // A webmail page on another site: Remix's document-request origin check must not apply.
        Origin: "https://mail.example.com",
      },
      body,
    });
    return oneClickRoute.action({ request, params: { token }, context: createStandaloneContext() });
  }

  it("turns alerts off for the RFC 8058 body, idempotently", async () => {
    const { search, token } = await insertSavedSearch(pro.user.id);
    expect((await oneClick(token, "List-Unsubscribe=One-Click")).status).toBe(200);
    expect((await db.savedSearch.findUniqueOrThrow({ where: { id: search.id } })).frequency).toBe(
      "OFF",
    );
    expect((await oneClick(token, "List-Unsubscribe=One-Click")).status).toBe(200);
  });

  it("refuses another body and unknown tokens", async () => {
    const { search, token } = await insertSavedSearch(pro.user.id);
    expect((await oneClick(token, "List-Unsubscribe=Maybe")).status).toBe(400);
    expect((await oneClick("c".repeat(32), "List-Unsubscribe=One-Click")).status).toBe(404);
    expect((await db.savedSearch.findUniqueOrThrow({ where: { id: search.id } })).frequency).toBe(
      "DAILY",
    );
  });

  it("sends a GET to the page that asks first, changing nothing", async () => {
    const { search, token } = await insertSavedSearch(pro.user.id);
    const result = await callRoute(oneClickRoute.loader, {
      path: `/unsubscribe/${token}/one-click`,
      params: { token },
    });
    expect(result.status).toBe(302);
    expect(result.location).toBe(`/unsubscribe/${token}`);
    expect((await db.savedSearch.findUniqueOrThrow({ where: { id: search.id } })).frequency).toBe(
      "DAILY",
    );
  });
});
