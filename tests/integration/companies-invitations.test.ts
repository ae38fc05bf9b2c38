import { beforeEach, describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { hashToken } from "~/modules/auth/tokens.server";
import { validateSessionToken } from "~/modules/auth/session.server";
import { renderEmail } from "~/modules/notifications/email/render.server";
import {
  acceptInvitation,
  findInvitation,
  INVITATION_LIFETIME_MS,
  INVITES_PER_HOUR,
  inviteMember,
  listPendingInvitations,
  revokeInvitation,
  signUpFromInvitation,
} from "~/modules/companies/invitations.server";
import { resetDatabase } from "../support/database";
import { post } from "../support/companies";
import { callRoute, sessionCookie } from "../support/routes";
import { createTestCompany } from "../support/market";
import { onlyEmail, queuedEmails } from "../support/outbox";
import { createTestUser } from "../support/users";

beforeEach(resetDatabase);

async function setup() {
  const { company, ownerId } = await createTestCompany({ name: "信州精密工業株式会社" });
  const owner = await db.user.findUniqueOrThrow({ where: { id: ownerId } });
  return { company, owner };
}

const tokenOf = (url: string) => new URL(url).pathname.split("/").pop()!;

describe("inviting", () => {
  it("stores only the token's hash, expires in 7 days, and queues the mail in the same step", async () => {
    const { company, owner } = await setup();
    const before = Date.now();
    const result = await inviteMember(owner, company.id, "new@example.jp");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const token = tokenOf(result.url);
    expect(token).toMatch(/^[a-z2-7]{32}$/);
    const row = await db.companyInvitation.findUniqueOrThrow({
      where: { id: result.invitationId },
    });
    expect(row.tokenHash).toBe(hashToken(token));
    expect(row.tokenHash).not.toContain(token);
    expect(row.invitedById).toBe(owner.id);
    expect(row.expiresAt.getTime() - before).toBeGreaterThanOrEqual(INVITATION_LIFETIME_MS - 1000);
    expect(row.expiresAt.getTime() - before).toBeLessThanOrEqual(INVITATION_LIFETIME_MS + 5000);

    const mail = await onlyEmail("company-invite", "new@example.jp");
    expect(mail.idempotencyKey).toBe(`company-invite/${result.invitationId}`);
    expect(mail.locale).toBe("ja");
    expect(mail.data).toEqual({
      companyName: "信州精密工業株式会社",
      inviterName: owner.name,
      url: `http://localhost:3000/invitations/${token}`,
    });
    const rendered = await renderEmail("company-invite", "ja", mail.data);
    expect(rendered.subject).toContain("信州精密工業株式会社");
    expect(rendered.text).toContain(`/invitations/${token}`);
    expect(await db.auditLog.count({ where: { action: "company.member_invited" } })).toBe(1);
  });

  it("writes in the invitee's language when they have an account", async () => {
    const { company, owner } = await setup();
    await createTestUser({ role: "COMPANY_MEMBER", email: "carter@example.jp", locale: "en" });
    await inviteMember(owner, company.id, "carter@example.jp");
    expect((await onlyEmail("company-invite")).locale).toBe("en");
  });

  it("re-inviting an address replaces its pending invitation", async () => {
    const { company, owner } = await setup();
    const first = await inviteMember(owner, company.id, "new@example.jp");
    const second = await inviteMember(owner, company.id, "new@example.jp");
    if (!first.ok || !second.ok) throw new Error("invites failed");
    expect((await findInvitation(tokenOf(first.url)))?.state).toBe("revoked");
    expect((await findInvitation(tokenOf(second.url)))?.state).toBe("valid");
    expect((await listPendingInvitations(company.id)).map((i) => i.id)).toEqual([
      second.invitationId,
    ]);
    expect(await queuedEmails({ template: "company-invite" })).toHaveLength(2);
  });

  it("refuses an address that is already a member", async () => {
    const { company, owner } = await setup();
    expect(await inviteMember(owner, company.id, owner.email)).toEqual({
      ok: false,
      error: "companies.invite.alreadyMember",
    });
    expect(await queuedEmails()).toHaveLength(0);
  });

  it("revoking works for this company's pending invitations only", async () => {
    const a = await setup();
    const b = await createTestCompany();
    const invite = await inviteMember(a.owner, a.company.id, "new@example.jp");
    if (!invite.ok) throw new Error("invite failed");
    expect(await revokeInvitation(a.owner, b.company.id, invite.invitationId)).toEqual({
      ok: false,
      error: "companies.invite.notFound",
    });
    expect(await revokeInvitation(a.owner, a.company.id, invite.invitationId)).toEqual({
      ok: true,
    });
    expect((await findInvitation(tokenOf(invite.url)))?.state).toBe("revoked");
    expect(await revokeInvitation(a.owner, a.company.id, invite.invitationId)).toMatchObject({
      ok: false,
    });
  });
});

describe("accepting", () => {
  it("a signed-in company member joins as MEMBER; the link then is used", async () => {
    const { company, owner } = await setup();
    const invitee = await createTestUser({ role: "COMPANY_MEMBER", email: "new@example.jp" });
    const invite = await inviteMember(owner, company.id, invitee.email);
    if (!invite.ok) throw new Error("invite failed");
    const token = tokenOf(invite.url);
    expect(await acceptInvitation(invitee, token)).toEqual({ ok: true, companyId: company.id });
    const membership = await db.membership.findUniqueOrThrow({
      where: { companyId_userId: { companyId: company.id, userId: invitee.id } },
    });
    expect(membership.role).toBe("MEMBER");
    expect((await findInvitation(token))?.state).toBe("used");
    expect(await acceptInvitation(invitee, token)).toEqual({
      ok: false,
      error: "companies.invitation.unusable",
    });
  });

  it("professional and staff accounts get a clear refusal", async () => {
    const { company, owner } = await setup();
    const invite = await inviteMember(owner, company.id, "new@example.jp");
    if (!invite.ok) throw new Error("invite failed");
    for (const role of ["PROFESSIONAL", "COORDINATOR", "ADMIN"] as const) {
      const user = await createTestUser({ role });
      expect(await acceptInvitation(user, tokenOf(invite.url))).toEqual({
        ok: false,
        error: "companies.invitation.wrongRole",
      });
    }
    expect((await findInvitation(tokenOf(invite.url)))?.state).toBe("valid");
  });

  it("expired and revoked invitations cannot be accepted", async () => {
    const { company, owner } = await setup();
    const invitee = await createTestUser({ role: "COMPANY_MEMBER" });
    const expired = await inviteMember(owner, company.id, "late@example.jp");
    const revoked = await inviteMember(owner, company.id, "gone@example.jp");
    if (!expired.ok || !revoked.ok) throw new Error("invite failed");
    await db.companyInvitation.update({
      where: { id: expired.invitationId },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    await revokeInvitation(owner, company.id, revoked.invitationId);
    expect((await findInvitation(tokenOf(expired.url)))?.state).toBe("expired");
    for (const invite of [expired, revoked]) {
      expect(await acceptInvitation(invitee, tokenOf(invite.url))).toMatchObject({ ok: false });
    }
    expect(await db.membership.count({ where: { userId: invitee.id } })).toBe(0);
    expect(await findInvitation("a".repeat(32))).toBeNull();
  });
});

describe("signing up from an invitation", () => {
  it("creates a verified company-member account for the invited address, joins, and signs in", async () => {
    const { company, owner } = await setup();
    const invite = await inviteMember(owner, company.id, "new@example.jp");
    if (!invite.ok) throw new Error("invite failed");
    const result = await signUpFromInvitation(
      tokenOf(invite.url),
      { name: "新人 花子", password: "a-long-enough-password" },
      "en",
    );
    expect(result).toMatchObject({ ok: true, companyId: company.id });
    if (!result.ok) return;
    const user = await db.user.findUniqueOrThrow({ where: { email: "new@example.jp" } });
    expect(user).toMatchObject({ role: "COMPANY_MEMBER", name: "新人 花子", locale: "en" });
    expect(user.emailVerifiedAt).not.toBeNull();
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    const session = await validateSessionToken(result.token);
    expect(session?.user.id).toBe(user.id);
    expect(
      await db.membership.findUniqueOrThrow({
        where: { companyId_userId: { companyId: company.id, userId: user.id } },
      }),
    ).toMatchObject({ role: "MEMBER" });
    // Single use.
    expect(
      await signUpFromInvitation(
        tokenOf(invite.url),
        { name: "x", password: "y".repeat(10) },
        "ja",
      ),
    ).toMatchObject({ ok: false });
  });

  it("an address that already has an account must log in instead", async () => {
    const { company, owner } = await setup();
    await createTestUser({ role: "COMPANY_MEMBER", email: "new@example.jp" });
    const invite = await inviteMember(owner, company.id, "new@example.jp");
    if (!invite.ok) throw new Error("invite failed");
    expect((await findInvitation(tokenOf(invite.url)))?.hasAccount).toBe(true);
    expect(
      await signUpFromInvitation(
        tokenOf(invite.url),
        { name: "x", password: "a-long-enough-password" },
        "ja",
      ),
    ).toEqual({ ok: false, error: "companies.invitation.accountExists" });
    expect((await findInvitation(tokenOf(invite.url)))?.state).toBe("valid");
  });
});

describe("the invitation page", () => {
  it("chooses what to show by who opens it", async () => {
    const { company, owner } = await setup();
    const invite = await inviteMember(owner, company.id, "new@example.jp");
    if (!invite.ok) throw new Error("invite failed");
    const token = tokenOf(invite.url);
    const { loader } = await import("~/routes/invitations.$token");
    const open = async (cookie?: string, t = token) =>
      callRoute(loader, { path: `/invitations/${t}`, params: { token: t }, cookie });

    const anonymous = await open();
    expect(anonymous.data).toMatchObject({ view: "signup", email: "new@example.jp" });
    const professional = await createTestUser({ role: "PROFESSIONAL" });
    expect(await open(await sessionCookie(professional.id))).toMatchObject({
      status: 403,
      data: { view: "wrong-role" },
    });
    const member = await createTestUser({ role: "COMPANY_MEMBER" });
    expect((await open(await sessionCookie(member.id))).data).toMatchObject({ view: "accept" });
    expect((await open(await sessionCookie(owner.id))).data).toMatchObject({
      view: "already-member",
    });
    expect(await open(undefined, "b".repeat(32))).toMatchObject({
      status: 404,
      data: { view: "invalid" },
    });
    expect(await open(undefined, "not-a-token")).toMatchObject({ status: 404 });
    // Opening the link changes nothing.
    expect((await findInvitation(token))?.state).toBe("valid");
  });

  it("signs up through the page: session cookie, redirect into the company", async () => {
    const { company, owner } = await setup();
    const invite = await inviteMember(owner, company.id, "new@example.jp");
    if (!invite.ok) throw new Error("invite failed");
    const token = tokenOf(invite.url);
    const { action } = await import("~/routes/invitations.$token");
    const result = await callRoute(action, {
      path: `/invitations/${token}`,
      params: { token },
      init: post({
        intent: "signup",
        name: "新人 花子",
        password: "a-long-enough-password",
        agreeToTerms: "on",
      }),
    });
    expect(result).toMatchObject({ status: 302, location: `/companies/${company.id}` });
    const cookies = result.response!.headers.get("Set-Cookie") ?? "";
    expect(cookies).toMatch(/enishi_session=[a-z2-7]{32}/);
    expect(cookies).toMatch(/HttpOnly/);
  });

  it("an existing account that is signed out is sent to log in and back", async () => {
    const { company, owner } = await setup();
    await createTestUser({ role: "COMPANY_MEMBER", email: "new@example.jp" });
    const invite = await inviteMember(owner, company.id, "new@example.jp");
    if (!invite.ok) throw new Error("invite failed");
    const token = tokenOf(invite.url);
    const { loader, action } = await import("~/routes/invitations.$token");
    const page = await callRoute(loader, { path: `/invitations/${token}`, params: { token } });
    expect(page.data).toMatchObject({
      view: "login",
      loginTo: `/login?redirectTo=${encodeURIComponent(`/invitations/${token}`)}`,
    });
    // Accepting while signed out goes to the login page too.
    const accept = await callRoute(action, {
      path: `/invitations/${token}`,
      params: { token },
      init: post({ intent: "accept" }),
    });
    expect(accept).toMatchObject({
      status: 302,
      location: `/login?redirectTo=${encodeURIComponent(`/invitations/${token}`)}`,
    });
  });
});

describe("sending limits", () => {
  it("one person may send a limited number of invitations an hour", async () => {
    const { company, owner } = await setup();
    const results = [];
    for (let index = 0; index <= INVITES_PER_HOUR; index += 1) {
      results.push(await inviteMember(owner, company.id, `bulk${index}@example.jp`));
    }
    expect(results.slice(0, INVITES_PER_HOUR).every((result) => result.ok)).toBe(true);
    expect(results.at(-1)).toEqual({ ok: false, error: "companies.invite.tooMany" });
    expect(await queuedEmails({ template: "company-invite" })).toHaveLength(INVITES_PER_HOUR);
  });
});
