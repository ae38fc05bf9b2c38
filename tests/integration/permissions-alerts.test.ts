import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import * as searchesRoute from "~/routes/searches";
import * as unsubscribeRoute from "~/routes/unsubscribe.$token";
import * as oneClickRoute from "~/routes/unsubscribe_.$token.one-click";
import { insertSavedSearch } from "../support/alerts";
import { resetDatabase } from "../support/database";
import { createTestCompany } from "../support/market";
import { signedInUser } from "../support/professionals";
import { sessionCookie, visitorMatrix } from "../support/routes";
import { createTestUser } from "../support/users";

/**
 * Every loader and action of saved searches, called as each kind of visitor. The target
 * records belong to the member of company A: nobody else may see or change them (404),
 * admins included — a saved search is a personal preference, not a moderated record.
 */
type Visitor = "anonymous" | "professional" | "memberA" | "memberB" | "coordinator" | "admin";
const visitors: Visitor[] = [
  "anonymous",
  "professional",
  "memberA",
  "memberB",
  "coordinator",
  "admin",
];
const cookies = new Map<Visitor, string>();
let memberAId = "";

beforeAll(async () => {
  await resetDatabase();
  const memberA = await createTestUser({
    role: "COMPANY_MEMBER",
    email: "a@perm-alerts.example.jp",
  });
  const memberB = await createTestUser({
    role: "COMPANY_MEMBER",
    email: "b@perm-alerts.example.jp",
  });
  memberAId = memberA.id;
  await createTestCompany({ name: "A社", ownerId: memberA.id });
  await createTestCompany({ name: "B社", ownerId: memberB.id });
  cookies.set("professional", (await signedInUser("PROFESSIONAL")).cookie);
  cookies.set("memberA", await sessionCookie(memberA.id));
  cookies.set("memberB", await sessionCookie(memberB.id));
  cookies.set("coordinator", (await signedInUser("COORDINATOR")).cookie);
  cookies.set("admin", (await signedInUser("ADMIN")).cookie);
});

const matrix = visitorMatrix(visitors, (visitor) => cookies.get(visitor));

const toLogin = "302 /login";
const signedIn = (outcome: string) =>
  Object.fromEntries(
    visitors.map((visitor) => [visitor, visitor === "anonymous" ? toLogin : outcome]),
  );

describe("/searches", () => {
  it("GET: every signed-in user sees their own list", async () => {
    expect(await matrix(searchesRoute.loader, "/searches")).toEqual(signedIn("200"));
  });

  it("POST create a challenge search: any signed-in user", async () => {
    const form = {
      intent: "create",
      kind: "challenges",
      query: "q=DX",
      name: "DX",
      frequency: "DAILY",
      redirectTo: "/challenges?q=DX",
    };
    expect(await matrix(searchesRoute.action, "/searches", { form })).toEqual(
      signedIn("302 /challenges"),
    );
  });

  it("POST create a professional search: not professionals", async () => {
    const form = {
      intent: "create",
      kind: "professionals",
      query: "",
      name: "全員",
      frequency: "WEEKLY",
      redirectTo: "/pros",
    };
    expect(await matrix(searchesRoute.action, "/searches", { form })).toEqual({
      ...signedIn("302 /pros"),
      professional: "403",
    });
  });

  for (const intent of ["rename", "frequency", "delete"] as const) {
    it(`POST ${intent} of member A's search: only member A`, async () => {
      const { search } = await insertSavedSearch(memberAId, { name: "Aの検索" });
      const form = { intent, id: search.id, name: "変更", frequency: "OFF" };
      expect(await matrix(searchesRoute.action, "/searches", { form })).toEqual({
        ...signedIn("404"),
        memberA: "302 /searches",
      });
    });
  }
});

describe("/unsubscribe/:token: the token is the permission, for anyone holding it", () => {
  it("GET with the token: 200 for everyone, nothing changes", async () => {
    const { search, token } = await insertSavedSearch(memberAId);
    expect(
      await matrix(unsubscribeRoute.loader, `/unsubscribe/${token}`, { params: { token } }),
    ).toEqual(Object.fromEntries(visitors.map((visitor) => [visitor, "200"])));
    expect((await db.savedSearch.findUniqueOrThrow({ where: { id: search.id } })).frequency).toBe(
      "DAILY",
    );
  });

  it("POST with the token: 200 for everyone (the first turns alerts off)", async () => {
    const { search, token } = await insertSavedSearch(memberAId);
    expect(
      await matrix(unsubscribeRoute.action, `/unsubscribe/${token}`, {
        params: { token },
        form: { intent: "unsubscribe" },
      }),
    ).toEqual(Object.fromEntries(visitors.map((visitor) => [visitor, "200"])));
    expect((await db.savedSearch.findUniqueOrThrow({ where: { id: search.id } })).frequency).toBe(
      "OFF",
    );
  });

  it("without the right token: 404 for everyone, the owner included", async () => {
    const { search } = await insertSavedSearch(memberAId);
    const token = "b".repeat(32);
    const everyone404 = Object.fromEntries(visitors.map((visitor) => [visitor, "404"]));
    expect(
      await matrix(unsubscribeRoute.loader, `/unsubscribe/${token}`, { params: { token } }),
    ).toEqual(everyone404);
    expect(
      await matrix(unsubscribeRoute.action, `/unsubscribe/${token}`, {
        params: { token },
        form: { intent: "unsubscribe" },
      }),
    ).toEqual(everyone404);
    // A saved search's id is not its token.
    expect(
      await matrix(unsubscribeRoute.loader, `/unsubscribe/${search.id}`, {
        params: { token: search.id },
      }),
    ).toEqual(everyone404);
  });
});

describe("/unsubscribe/:token/one-click: the token is the permission", () => {
  it("GET: a redirect to the confirmation page for everyone", async () => {
    const { token } = await insertSavedSearch(memberAId);
    expect(
      await matrix(oneClickRoute.loader, `/unsubscribe/${token}/one-click`, { params: { token } }),
    ).toEqual(
      Object.fromEntries(visitors.map((visitor) => [visitor, `302 /unsubscribe/${token}`])),
    );
  });

  it("POST with the token: 200 for everyone; without it: 404", async () => {
    const { search, token } = await insertSavedSearch(memberAId);
    const form = { "List-Unsubscribe": "One-Click" };
    expect(
      await matrix(oneClickRoute.action, `/unsubscribe/${token}/one-click`, {
        params: { token },
        form,
      }),
    ).toEqual(Object.fromEntries(visitors.map((visitor) => [visitor, "200"])));
    expect((await db.savedSearch.findUniqueOrThrow({ where: { id: search.id } })).frequency).toBe(
      "OFF",
    );
    const wrong = "d".repeat(32);
    expect(
      await matrix(oneClickRoute.action, `/unsubscribe/${wrong}/one-click`, {
        params: { token: wrong },
        form,
      }),
    ).toEqual(Object.fromEntries(visitors.map((visitor) => [visitor, "404"])));
  });
});
