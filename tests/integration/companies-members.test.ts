import { beforeEach, describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import {
  leaveCompany,
  listMembers,
  removeMember,
  transferOwnership,
} from "~/modules/companies/members.server";
import { resetDatabase } from "../support/database";
import { post } from "../support/companies";
import { callRoute, sessionCookie } from "../support/routes";
import { createTestCompany } from "../support/market";
import { createTestUser } from "../support/users";

beforeEach(resetDatabase);

async function companyWithMember() {
  const { company, ownerId } = await createTestCompany();
  const member = await createTestUser({ role: "COMPANY_MEMBER", name: "メンバー 一郎" });
  const membership = await db.membership.create({
    data: { companyId: company.id, userId: member.id, role: "MEMBER" },
  });
  return { company, ownerId, member, membership };
}

const roleOf = async (companyId: string, userId: string) =>
  (
    await db.membership.findUnique({
      where: { companyId_userId: { companyId, userId } },
      select: { role: true },
    })
  )?.role ?? null;

describe("removing a member", () => {
  it("the owner removes a member, audited", async () => {
    const { company, ownerId, member, membership } = await companyWithMember();
    expect(await removeMember({ id: ownerId }, company.id, membership.id)).toEqual({ ok: true });
    expect(await roleOf(company.id, member.id)).toBeNull();
    expect(
      await db.auditLog.count({ where: { action: "company.member_removed", actorId: ownerId } }),
    ).toBe(1);
  });

  it("a plain member cannot remove anyone", async () => {
    const { company, ownerId, member } = await companyWithMember();
    const ownerMembership = await db.membership.findFirstOrThrow({ where: { userId: ownerId } });
    expect(await removeMember({ id: member.id }, company.id, ownerMembership.id)).toEqual({
      ok: false,
      error: "companies.members.ownerOnly",
    });
    expect(await roleOf(company.id, ownerId)).toBe("OWNER");
  });

  it("a membership of another company is not found (no cross-company removal by id)", async () => {
    const a = await companyWithMember();
    const b = await companyWithMember();
    expect(await removeMember({ id: a.ownerId }, a.company.id, b.membership.id)).toEqual({
      ok: false,
      error: "companies.members.notFound",
    });
    expect(await roleOf(b.company.id, b.member.id)).toBe("MEMBER");
  });

  it("the owner cannot remove themself, and the last owner cannot be removed", async () => {
    const { company, ownerId } = await companyWithMember();
    const own = await db.membership.findFirstOrThrow({ where: { userId: ownerId } });
    expect(await removeMember({ id: ownerId }, company.id, own.id)).toMatchObject({
      error: "companies.members.useLeave",
    });
    // Two owners (e.g. from data imported by staff): one may remove the other, not the last.
    const second = await createTestUser({ role: "COMPANY_MEMBER" });
    const secondMembership = await db.membership.create({
      data: { companyId: company.id, userId: second.id, role: "OWNER" },
    });
    expect(await removeMember({ id: ownerId }, company.id, secondMembership.id)).toEqual({
      ok: true,
    });
    expect(await leaveCompany({ id: ownerId }, company.id)).toEqual({
      ok: false,
      error: "companies.members.lastOwner",
    });
  });
});

describe("leaving", () => {
  it("a member may leave; the only owner may not", async () => {
    const { company, ownerId, member } = await companyWithMember();
    expect(await leaveCompany({ id: ownerId }, company.id)).toMatchObject({
      error: "companies.members.lastOwner",
    });
    expect(await leaveCompany({ id: member.id }, company.id)).toEqual({ ok: true });
    expect(await roleOf(company.id, member.id)).toBeNull();
  });
});

describe("transferring ownership", () => {
  it("swaps the roles in one step, audited", async () => {
    const { company, ownerId, member, membership } = await companyWithMember();
    expect(await transferOwnership({ id: ownerId }, company.id, membership.id)).toEqual({
      ok: true,
    });
    expect(await roleOf(company.id, member.id)).toBe("OWNER");
    expect(await roleOf(company.id, ownerId)).toBe("MEMBER");
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "company.ownership_transferred" },
    });
    expect(JSON.parse(audit.metadata)).toEqual({ fromUserId: ownerId, toUserId: member.id });
    // The old owner can no longer act as one.
    expect(await transferOwnership({ id: ownerId }, company.id, membership.id)).toMatchObject({
      ok: false,
    });
    const members = await listMembers(company.id);
    expect(members.map((m) => m.role)).toEqual(["OWNER", "MEMBER"]);
  });

  it("a non-owner, another company's member or oneself are refused and nothing changes", async () => {
    const a = await companyWithMember();
    const b = await companyWithMember();
    const ownMembership = await db.membership.findFirstOrThrow({
      where: { userId: a.ownerId, companyId: a.company.id },
    });
    expect(await transferOwnership({ id: a.member.id }, a.company.id, ownMembership.id)).toEqual({
      ok: false,
      error: "companies.members.ownerOnly",
    });
    expect(await transferOwnership({ id: a.ownerId }, a.company.id, b.membership.id)).toEqual({
      ok: false,
      error: "companies.members.notFound",
    });
    expect(await transferOwnership({ id: a.ownerId }, a.company.id, ownMembership.id)).toEqual({
      ok: false,
      error: "companies.members.alreadyOwner",
    });
    expect(await roleOf(a.company.id, a.ownerId)).toBe("OWNER");
    expect(await roleOf(b.company.id, b.member.id)).toBe("MEMBER");
  });
});

describe("the members page", () => {
  it("shows addresses only to the owner", async () => {
    const { company, ownerId, member } = await companyWithMember();
    const { loader } = await import("~/routes/companies.$companyId.members");
    const path = `/companies/${company.id}/members`;
    const params = { companyId: company.id };
    const asOwner = await callRoute(loader, { path, params, cookie: await sessionCookie(ownerId) });
    const asMember = await callRoute(loader, {
      path,
      params,
      cookie: await sessionCookie(member.id),
    });
    const emails = (result: typeof asOwner) =>
      (result.data as { members: Array<{ email: string | null }> }).members.map((m) => m.email);
    expect(emails(asOwner).every((email) => email?.includes("@"))).toBe(true);
    expect(emails(asMember)).toEqual([null, null]);
    expect((asMember.data as { invitations: unknown[] }).invitations).toEqual([]);
  });

  it("a member posting an owner action gets 403; transfer needs the confirmation box", async () => {
    const { company, ownerId, member, membership } = await companyWithMember();
    const { action } = await import("~/routes/companies.$companyId.members");
    const path = `/companies/${company.id}/members`;
    const params = { companyId: company.id };
    const ownerMembership = await db.membership.findFirstOrThrow({ where: { userId: ownerId } });
    const byMember = await callRoute(action, {
      path,
      params,
      cookie: await sessionCookie(member.id),
      init: post({ intent: "remove", membershipId: ownerMembership.id }),
    });
    expect(byMember.status).toBe(403);

    const ownerCookie = await sessionCookie(ownerId);
    const unconfirmed = await callRoute(action, {
      path,
      params,
      cookie: ownerCookie,
      init: post({ intent: "transfer", membershipId: membership.id }),
    });
    expect(unconfirmed.status).toBe(400);
    expect(await roleOf(company.id, ownerId)).toBe("OWNER");

    const confirmed = await callRoute(action, {
      path,
      params,
      cookie: ownerCookie,
      init: post({ intent: "transfer", membershipId: membership.id, confirm: "on" }),
    });
    expect(confirmed).toMatchObject({ status: 302, location: path });
    expect(await roleOf(company.id, member.id)).toBe("OWNER");

    // The member (now owner) removes the former owner through the page.
    const removed = await callRoute(action, {
      path,
      params,
      cookie: await sessionCookie(member.id),
      init: post({ intent: "remove", membershipId: ownerMembership.id }),
    });
    expect(removed).toMatchObject({ status: 302, location: path });
    expect(await roleOf(company.id, ownerId)).toBeNull();
  });

  it("leaving through the page goes back to /company", async () => {
    const { company, member } = await companyWithMember();
    const { action } = await import("~/routes/companies.$companyId.members");
    const result = await callRoute(action, {
      path: `/companies/${company.id}/members`,
      params: { companyId: company.id },
      cookie: await sessionCookie(member.id),
      init: post({ intent: "leave" }),
    });
    expect(result).toMatchObject({ status: 302, location: "/company" });
  });
});
