import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { createSession } from "~/modules/auth/session.server";
import { inviteMember } from "~/modules/companies/invitations.server";
import { saveImage } from "~/modules/images/images.server";
import { callRoute, type RouteHandler, statusLine } from "../support/routes";
import { resetDatabase } from "../support/database";
import { tinyPng } from "../support/companies";
import { createTestCompany } from "../support/market";
import { createTestUser } from "../support/users";

/**
 * Every loader and action of the companies feature, called as each kind of visitor:
 * anonymous, a professional, the owner and a plain member of company A, the owner of
 * company B, a company member with no company, a coordinator and an admin.
 */
const visitors = [
  "anonymous",
  "professional",
  "ownerA",
  "memberA",
  "ownerB",
  "companyless",
  "coordinator",
  "admin",
] as const;
type Visitor = (typeof visitors)[number];
type Expected = Record<Visitor, string>;

const cookies = new Map<Visitor, string>();
const users = new Map<Visitor, { id: string; name: string; locale: string; email: string }>();
let companyA = "";
let companyB = "";
let memberAMembership = "";
let invitationA = "";

beforeAll(async () => {
  await resetDatabase();
  const make = async (
    visitor: Visitor,
    role: "PROFESSIONAL" | "COMPANY_MEMBER" | "COORDINATOR" | "ADMIN",
  ) => {
    const user = await createTestUser({
      role,
      email: `${visitor.toLowerCase()}@matrix.example.jp`,
    });
    users.set(visitor, user);
    cookies.set(visitor, `enishi_session=${(await createSession(user.id)).token}`);
    return user;
  };
  await make("professional", "PROFESSIONAL");
  const ownerA = await make("ownerA", "COMPANY_MEMBER");
  const memberA = await make("memberA", "COMPANY_MEMBER");
  const ownerB = await make("ownerB", "COMPANY_MEMBER");
  await make("companyless", "COMPANY_MEMBER");
  await make("coordinator", "COORDINATOR");
  await make("admin", "ADMIN");
  companyA = (await createTestCompany({ ownerId: ownerA.id, name: "A社" })).company.id;
  companyB = (await createTestCompany({ ownerId: ownerB.id, name: "B社" })).company.id;
  memberAMembership = (
    await db.membership.create({ data: { companyId: companyA, userId: memberA.id } })
  ).id;
  const logo = await saveImage(db, { bytes: tinyPng, contentType: "image/png" });
  await db.company.update({ where: { id: companyA }, data: { logoId: logo.id } });
  const invite = await inviteMember(ownerA, companyA, "pending@matrix.example.jp");
  if (!invite.ok) throw new Error("invite failed");
  invitationA = invite.invitationId;
});

async function outcome(
  handler: RouteHandler,
  visitor: Visitor,
  path: string,
  params: Record<string, string>,
  init?: RequestInit,
) {
  return statusLine(
    await callRoute(handler, {
      path,
      params,
      cookie: cookies.get(visitor),
      init,
    }),
  );
}

async function matrix(
  handler: RouteHandler,
  path: string,
  params: Record<string, string>,
  init?: () => RequestInit,
) {
  const actual: Partial<Expected> = {};
  for (const visitor of visitors) {
    actual[visitor] = await outcome(handler, visitor, path, params, init?.());
  }
  return actual;
}

const toLogin = "302 /login";
const companyMembersOnly: Expected = {
  anonymous: toLogin,
  professional: "403",
  ownerA: "200",
  memberA: "200",
  ownerB: "200",
  companyless: "200",
  coordinator: "403",
  admin: "403",
};
const membersOfA: Expected = {
  anonymous: toLogin,
  professional: "403",
  ownerA: "200",
  memberA: "200",
  ownerB: "403",
  companyless: "403",
  coordinator: "403",
  admin: "403",
};
const everyone: Expected = {
  anonymous: "200",
  professional: "200",
  ownerA: "200",
  memberA: "200",
  ownerB: "200",
  companyless: "200",
  coordinator: "200",
  admin: "200",
};
const signedInMissing: Expected = {
  anonymous: toLogin,
  professional: "404",
  ownerA: "404",
  memberA: "404",
  ownerB: "404",
  companyless: "404",
  coordinator: "404",
  admin: "404",
};

describe("loaders", () => {
  it("/company and /company/new: company-member accounts only", async () => {
    const mine = await import("~/routes/company._index");
    const create = await import("~/routes/company.new");
    expect(await matrix(mine.loader, "/company", {})).toEqual(companyMembersOnly);
    expect(await matrix(create.loader, "/company/new", {})).toEqual(companyMembersOnly);
  });

  it("/companies: coordinators and admins only", async () => {
    const { loader } = await import("~/routes/companies._index");
    expect(await matrix(loader, "/companies?q=A", {})).toEqual({
      anonymous: toLogin,
      professional: "403",
      ownerA: "403",
      memberA: "403",
      ownerB: "403",
      companyless: "403",
      coordinator: "200",
      admin: "200",
    });
  });

  it("/companies/:id and its logo: public; unknown ids are 404", async () => {
    const page = await import("~/routes/companies.$companyId._index");
    const logo = await import("~/routes/companies.$companyId.logo");
    expect(await matrix(page.loader, `/companies/${companyA}`, { companyId: companyA })).toEqual(
      everyone,
    );
    expect(
      await matrix(logo.loader, `/companies/${companyA}/logo`, { companyId: companyA }),
    ).toEqual(everyone);
    const missing = Object.fromEntries(visitors.map((visitor) => [visitor, "404"]));
    expect(await matrix(page.loader, "/companies/missing", { companyId: "missing" })).toEqual(
      missing,
    );
    // B has no logo.
    expect(
      await matrix(logo.loader, `/companies/${companyB}/logo`, { companyId: companyB }),
    ).toEqual(missing);
  });

  it("/companies/:id/edit and /members: that company's members only (403), unknown 404", async () => {
    for (const route of [
      await import("~/routes/companies.$companyId.edit"),
      await import("~/routes/companies.$companyId.members"),
    ]) {
      expect(
        await matrix(route.loader, `/companies/${companyA}/x`, { companyId: companyA }),
      ).toEqual(membersOfA);
      expect(await matrix(route.loader, "/companies/missing/x", { companyId: "missing" })).toEqual(
        signedInMissing,
      );
    }
  });

  it("/invitations/:token: open to all, but only company-member accounts can use it", async () => {
    const invite = await inviteMember(users.get("ownerB")!, companyB, "matrix-page@example.jp");
    if (!invite.ok) throw new Error("invite failed");
    const token = new URL(invite.url).pathname.split("/").pop()!;
    const { loader } = await import("~/routes/invitations.$token");
    expect(await matrix(loader, `/invitations/${token}`, { token })).toEqual({
      ...everyone,
      professional: "403",
      coordinator: "403",
      admin: "403",
    });
    const bogus = "c".repeat(32);
    expect(await matrix(loader, `/invitations/${bogus}`, { token: bogus })).toEqual(
      Object.fromEntries(visitors.map((visitor) => [visitor, "404"])),
    );
  });
});

describe("actions refuse visitors before reading their input", () => {
  const empty = () => ({ method: "POST", body: new URLSearchParams() });

  it("POST /company/new", async () => {
    const { action } = await import("~/routes/company.new");
    // Allowed visitors get their empty form back with errors.
    expect(await matrix(action, "/company/new", {}, empty)).toEqual(companyMembersOnly);
  });

  it("POST /companies/:id/edit", async () => {
    const { action } = await import("~/routes/companies.$companyId.edit");
    expect(
      await matrix(action, `/companies/${companyA}/edit`, { companyId: companyA }, empty),
    ).toEqual({ ...membersOfA, ownerA: "400", memberA: "400" });
    expect(
      await matrix(action, "/companies/missing/edit", { companyId: "missing" }, empty),
    ).toEqual(signedInMissing);
  });

  it("POST /companies/:id/members: owner actions are the owner's, leaving is any member's", async () => {
    const { action } = await import("~/routes/companies.$companyId.members");
    const path = `/companies/${companyA}/members`;
    const params = { companyId: companyA };
    const invite = () => ({
      method: "POST",
      body: new URLSearchParams({ intent: "invite", email: "again@matrix.example.jp" }),
    });
    expect(await matrix(action, path, params, invite)).toEqual({
      ...membersOfA,
      ownerA: `302 ${path}`,
      memberA: "403",
    });
    expect(await matrix(action, path, params, empty)).toEqual({
      ...membersOfA,
      ownerA: "400",
      memberA: "400",
    });
    expect(
      await matrix(action, "/companies/missing/members", { companyId: "missing" }, invite),
    ).toEqual(signedInMissing);
  });

  it("POST /invitations/:token: anyone may post; accepting needs a company-member session", async () => {
    const { action } = await import("~/routes/invitations.$token");
    const actual: Partial<Expected> = {};
    for (const visitor of visitors) {
      // A fresh invitation each time: a successful accept uses it up.
      const invite = await inviteMember(users.get("ownerB")!, companyB, `m-${visitor}@example.jp`);
      if (!invite.ok) throw new Error("invite failed");
      const token = new URL(invite.url).pathname.split("/").pop()!;
      actual[visitor] = await outcome(
        action,
        visitor,
        `/invitations/${token}`,
        { token },
        {
          method: "POST",
          body: new URLSearchParams({ intent: "accept" }),
        },
      );
    }
    expect(actual).toEqual({
      anonymous: toLogin,
      professional: "400",
      ownerA: `302 /companies/${companyB}`,
      memberA: `302 /companies/${companyB}`,
      ownerB: `302 /companies/${companyB}`,
      companyless: `302 /companies/${companyB}`,
      coordinator: "400",
      admin: "400",
    });
    // ownerB accepting its own company's invitation stays OWNER.
    expect(
      (
        await db.membership.findUniqueOrThrow({
          where: { companyId_userId: { companyId: companyB, userId: users.get("ownerB")!.id } },
        })
      ).role,
    ).toBe("OWNER");
    // Memberships of A and B leaked nowhere else.
    await db.membership.deleteMany({
      where: { companyId: companyB, userId: { not: users.get("ownerB")!.id } },
    });
  });
});

describe("acting on another company's records by id", () => {
  const ownerBPost = async (fields: Record<string, string>) => {
    const { action } = await import("~/routes/companies.$companyId.members");
    return outcome(
      action,
      "ownerB",
      `/companies/${companyB}/members`,
      { companyId: companyB },
      {
        method: "POST",
        body: new URLSearchParams(fields),
      },
    );
  };

  it("B's owner cannot remove, promote or revoke A's records through B's page", async () => {
    expect(await ownerBPost({ intent: "remove", membershipId: memberAMembership })).toBe("400");
    expect(
      await ownerBPost({ intent: "transfer", membershipId: memberAMembership, confirm: "on" }),
    ).toBe("400");
    expect(await ownerBPost({ intent: "revoke", invitationId: invitationA })).toBe("400");
    const membership = await db.membership.findUniqueOrThrow({ where: { id: memberAMembership } });
    expect(membership).toMatchObject({ companyId: companyA, role: "MEMBER" });
    expect(
      (await db.companyInvitation.findUniqueOrThrow({ where: { id: invitationA } })).revokedAt,
    ).toBeNull();
  });

  it("B's owner cannot act through A's page", async () => {
    const { action } = await import("~/routes/companies.$companyId.members");
    const attempts: Array<Record<string, string>> = [
      { intent: "remove", membershipId: memberAMembership },
      { intent: "revoke", invitationId: invitationA },
      { intent: "leave" },
    ];
    for (const fields of attempts) {
      expect(
        await outcome(
          action,
          "ownerB",
          `/companies/${companyA}/members`,
          { companyId: companyA },
          {
            method: "POST",
            body: new URLSearchParams(fields),
          },
        ),
      ).toBe("403");
    }
    expect(await db.membership.count({ where: { companyId: companyA } })).toBe(2);
  });
});
