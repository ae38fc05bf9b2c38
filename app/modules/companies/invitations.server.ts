import { db, isUniqueViolation, type DbClient } from "~/lib/db.server";
import { getEnv } from "~/lib/env.server";
import { rateLimiter } from "~/lib/rate-limit.server";
import { isLocale, type Locale } from "~/lib/i18n/locales";
import type { MessageKey } from "~/lib/i18n/translate";
import { recordAudit } from "~/modules/audit/audit.server";
import { hashPassword } from "~/modules/auth/password.server";
import { createSession } from "~/modules/auth/session.server";
import { generateToken, hashToken } from "~/modules/auth/tokens.server";
import { enqueueEmail } from "~/modules/notifications/email/outbox.server";

export const INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;
/** Invitations one person may send per hour: the form must not become a mail cannon. */
export const INVITES_PER_HOUR = 30;

type RequestMeta = { ipAddress?: string; userAgent?: string | null };

export function invitationLink(token: string) {
  return new URL(`/invitations/${token}`, getEnv().APP_URL).toString();
}

const pending = (now = new Date()) => ({
  acceptedAt: null,
  revokedAt: null,
  expiresAt: { gt: now },
});

export type InviteResult =
  { ok: true; invitationId: string; url: string } | { ok: false; error: MessageKey };

/**
 * The owner invites an address. A pending invitation to the same address is replaced
 * (its link stops working); the mail goes through the outbox in the same transaction.
 */
export async function inviteMember(
  actor: { id: string; name: string; locale: string },
  companyId: string,
  email: string,
  meta: RequestMeta = {},
): Promise<InviteResult> {
  const budget = rateLimiter.consume(`company-invite:${actor.id}`, INVITES_PER_HOUR, 3_600_000);
  if (!budget.allowed) return { ok: false, error: "companies.invite.tooMany" };
  const existing = await db.user.findUnique({
    where: { email },
    select: { locale: true, memberships: { where: { companyId }, select: { id: true } } },
  });
  if (existing && existing.memberships.length > 0) {
    return { ok: false, error: "companies.invite.alreadyMember" };
  }
  // Written in the invitee's language when they have an account, else the inviter's.
  const locale: Locale = isLocale(existing?.locale)
    ? existing.locale
    : isLocale(actor.locale)
      ? actor.locale
      : "ja";
  const token = generateToken();
  const url = invitationLink(token);
  return db.$transaction(async (tx) => {
    const company = await tx.company.findUniqueOrThrow({
      where: { id: companyId },
      select: { name: true },
    });
    const now = new Date();
    const replaced = await tx.companyInvitation.updateMany({
      where: { companyId, email, ...pending(now) },
      data: { revokedAt: now },
    });
    const invitation = await tx.companyInvitation.create({
      data: {
        companyId,
        email,
        tokenHash: hashToken(token),
        invitedById: actor.id,
        expiresAt: new Date(now.getTime() + INVITATION_LIFETIME_MS),
      },
      select: { id: true },
    });
    await enqueueEmail(tx, {
      template: "company-invite",
      to: email,
      locale,
      payload: { companyName: company.name, inviterName: actor.name, url },
      idempotencyKey: `company-invite/${invitation.id}`,
    });
    await recordAudit(tx, {
      action: "company.member_invited",
      actorId: actor.id,
      targetType: "Company",
      targetId: companyId,
      ipAddress: meta.ipAddress,
      metadata: { invitationId: invitation.id, replaced: replaced.count },
    });
    return { ok: true as const, invitationId: invitation.id, url };
  });
}

/** Withdraws a pending invitation of this company (an id from elsewhere is not found). */
export async function revokeInvitation(
  actor: { id: string },
  companyId: string,
  invitationId: string,
  meta: RequestMeta = {},
): Promise<{ ok: true } | { ok: false; error: MessageKey }> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.companyInvitation.updateMany({
      where: { id: invitationId, companyId, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count !== 1) return { ok: false as const, error: "companies.invite.notFound" as const };
    await recordAudit(tx, {
      action: "company.invitation_revoked",
      actorId: actor.id,
      targetType: "Company",
      targetId: companyId,
      ipAddress: meta.ipAddress,
      metadata: { invitationId },
    });
    return { ok: true as const };
  });
}

/** Invitations still waiting for an answer, newest first. */
export function listPendingInvitations(companyId: string) {
  return db.companyInvitation.findMany({
    where: { companyId, ...pending() },
    orderBy: { createdAt: "desc" },
    select: { id: true, email: true, expiresAt: true, createdAt: true },
  });
}

export type InvitationState = "valid" | "expired" | "used" | "revoked";

/** What an invitation link leads to; null when the token matches nothing. */
export async function findInvitation(token: string) {
  const row = await db.companyInvitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      email: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      company: { select: { id: true, name: true } },
      invitedBy: { select: { name: true } },
    },
  });
  if (!row) return null;
  const state: InvitationState = row.acceptedAt
    ? "used"
    : row.revokedAt
      ? "revoked"
      : row.expiresAt <= new Date()
        ? "expired"
        : "valid";
  const account = await db.user.findUnique({ where: { email: row.email }, select: { id: true } });
  return {
    state,
    email: row.email,
    company: row.company,
    inviterName: row.invitedBy?.name ?? null,
    hasAccount: Boolean(account),
  };
}

export type AcceptResult = { ok: true; companyId: string } | { ok: false; error: MessageKey };

/** Marks the invitation used; false when it was not pending any more. */
async function consumeInvitation(tx: DbClient, tokenHash: string) {
  const row = await tx.companyInvitation.findUnique({
    where: { tokenHash },
    select: { id: true, companyId: true, email: true },
  });
  if (!row) return null;
  const { count } = await tx.companyInvitation.updateMany({
    where: { id: row.id, ...pending() },
    data: { acceptedAt: new Date() },
  });
  return count === 1 ? row : null;
}

/** A signed-in company-member account joins the company as a MEMBER. */
export async function acceptInvitation(
  user: { id: string; role: string },
  token: string,
  meta: RequestMeta = {},
): Promise<AcceptResult> {
  if (user.role !== "COMPANY_MEMBER") return { ok: false, error: "companies.invitation.wrongRole" };
  return db.$transaction(async (tx) => {
    const invitation = await consumeInvitation(tx, hashToken(token));
    if (!invitation) return { ok: false as const, error: "companies.invitation.unusable" as const };
    await tx.membership.upsert({
      where: { companyId_userId: { companyId: invitation.companyId, userId: user.id } },
      create: { companyId: invitation.companyId, userId: user.id, role: "MEMBER" },
      update: {},
    });
    await recordAudit(tx, {
      action: "company.invitation_accepted",
      actorId: user.id,
      targetType: "Company",
      targetId: invitation.companyId,
      ipAddress: meta.ipAddress,
      metadata: { invitationId: invitation.id },
    });
    return { ok: true as const, companyId: invitation.companyId };
  });
}

export type SignupFromInvitationResult =
  | { ok: true; companyId: string; token: string; expiresAt: Date }
  | { ok: false; error: MessageKey };

/**
 * Someone without an account follows the link: a verified company-member account is
 * created for the invited address (the link proves it), joins, and is signed in.
 */
export async function signUpFromInvitation(
  token: string,
  input: { name: string; password: string },
  locale: Locale,
  meta: RequestMeta = {},
): Promise<SignupFromInvitationResult> {
  const tokenHash = hashToken(token);
  const found = await db.companyInvitation.findUnique({
    where: { tokenHash },
    select: { email: true },
  });
  if (!found) return { ok: false, error: "companies.invitation.unusable" };
  const taken = await db.user.findUnique({ where: { email: found.email }, select: { id: true } });
  if (taken) return { ok: false, error: "companies.invitation.accountExists" };
  // Hash before the transaction: it is slow and must not hold the connection.
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const invitation = await consumeInvitation(tx, tokenHash);
      if (!invitation) {
        return { ok: false as const, error: "companies.invitation.unusable" as const };
      }
      const now = new Date();
      const user = await tx.user.create({
        data: {
          email: invitation.email,
          name: input.name,
          role: "COMPANY_MEMBER",
          locale,
          passwordHash,
          emailVerifiedAt: now,
        },
        select: { id: true },
      });
      await tx.membership.create({
        data: { companyId: invitation.companyId, userId: user.id, role: "MEMBER" },
      });
      await recordAudit(tx, {
        action: "auth.signup",
        actorId: user.id,
        targetType: "User",
        targetId: user.id,
        ipAddress: meta.ipAddress,
        metadata: { role: "COMPANY_MEMBER", via: "company-invitation" },
      });
      await recordAudit(tx, {
        action: "company.invitation_accepted",
        actorId: user.id,
        targetType: "Company",
        targetId: invitation.companyId,
        ipAddress: meta.ipAddress,
        metadata: { invitationId: invitation.id },
      });
      const { token: sessionToken, session } = await createSession(user.id, meta, tx);
      return {
        ok: true as const,
        companyId: invitation.companyId,
        token: sessionToken,
        expiresAt: session.expiresAt,
      };
    });
  } catch (error) {
    // An account for the address appeared in the meantime.
    if (isUniqueViolation(error)) return { ok: false, error: "companies.invitation.accountExists" };
    throw error;
  }
}
