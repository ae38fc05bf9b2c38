import { db, isUniqueViolation, type DbClient } from "~/lib/db.server";
import { getEnv } from "~/lib/env.server";
import type { Locale } from "~/lib/i18n/locales";
import { recordAudit } from "~/modules/audit/audit.server";
import { enqueueEmail } from "~/modules/notifications/email/outbox.server";
import { enqueueUserProfile } from "~/modules/search/outbox.server";
import { hashPassword, verifyAgainstDummy, verifyPassword } from "./password.server";
import type { Role } from "./roles";
import { createSession, invalidateUserSessions } from "./session.server";
import { generateToken, hashToken } from "./tokens.server";

const HOUR_MS = 60 * 60 * 1000;
type TokenPurpose = "VERIFY_EMAIL" | "CHANGE_EMAIL" | "RESET_PASSWORD" | "INVITE";

export const tokenLifetimeMs: Record<TokenPurpose, number> = {
  VERIFY_EMAIL: 24 * HOUR_MS,
  CHANGE_EMAIL: 24 * HOUR_MS,
  RESET_PASSWORD: 1 * HOUR_MS,
  INVITE: 7 * 24 * HOUR_MS,
};

type RequestMeta = { ipAddress?: string; userAgent?: string | null };

function appLink(path: string, params?: Record<string, string>) {
  const url = new URL(path, getEnv().APP_URL);
  for (const [key, value] of Object.entries(params ?? {})) url.searchParams.set(key, value);
  return url.toString();
}

async function issueEmailToken(
  client: DbClient,
  userId: string,
  purpose: TokenPurpose,
  email: string,
) {
  const token = generateToken();
  const row = await client.emailToken.create({
    data: {
      id: hashToken(token),
      userId,
      purpose,
      email,
      expiresAt: new Date(Date.now() + tokenLifetimeMs[purpose]),
    },
    select: { id: true },
  });
  return { token, tokenId: row.id };
}

function confirmationPath(purpose: TokenPurpose) {
  return purpose === "RESET_PASSWORD" || purpose === "INVITE" ? "/reset-password" : "/verify-email";
}

/**
 * Creates an unverified account and mails a verification link. When the address already
 * has an account, mails its owner instead: the caller shows the same page either way.
 */
export async function signUp(
  input: { role: "PROFESSIONAL" | "COMPANY_MEMBER"; name: string; email: string; password: string },
  locale: Locale,
  meta: RequestMeta = {},
) {
  const passwordHash = await hashPassword(input.password);
  const existing = await db.user.findUnique({
    where: { email: input.email },
    select: { id: true, name: true, locale: true },
  });
  if (existing) {
    const hourBucket = Math.floor(Date.now() / HOUR_MS);
    await enqueueEmail(db, {
      template: "account-exists",
      to: input.email,
      locale: existing.locale === "en" ? "en" : "ja",
      payload: { name: existing.name, url: appLink("/login") },
      idempotencyKey: `account-exists/${existing.id}/${hourBucket}`,
    });
    return;
  }
  try {
    await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email: input.email, name: input.name, role: input.role, locale, passwordHash },
        select: { id: true },
      });
      const { token, tokenId } = await issueEmailToken(tx, user.id, "VERIFY_EMAIL", input.email);
      await enqueueEmail(tx, {
        template: "verify-email",
        to: input.email,
        locale,
        payload: { name: input.name, url: appLink("/verify-email", { token }) },
        idempotencyKey: `verify-email/${tokenId}`,
      });
      await recordAudit(tx, {
        action: "auth.signup",
        actorId: user.id,
        targetType: "User",
        targetId: user.id,
        ipAddress: meta.ipAddress,
        metadata: { role: input.role },
      });
    });
  } catch (error) {
    // Two sign-ups for one address at once: the first wins and mails its own link.
    if (!isUniqueViolation(error)) throw error;
  }
}

/** Mails a fresh verification link to an unverified account; silent otherwise. */
export async function resendVerification(email: string) {
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, name: true, locale: true, emailVerifiedAt: true },
  });
  if (!user || user.emailVerifiedAt) return;
  await db.$transaction(async (tx) => {
    const { token, tokenId } = await issueEmailToken(tx, user.id, "VERIFY_EMAIL", email);
    await enqueueEmail(tx, {
      template: "verify-email",
      to: email,
      locale: user.locale === "en" ? "en" : "ja",
      payload: { name: user.name, url: appLink("/verify-email", { token }) },
      idempotencyKey: `verify-email/${tokenId}`,
    });
  });
}

/** A token that can still be used for one of `purposes`, without using it. */
export async function findUsableToken(token: string, purposes: TokenPurpose[]) {
  const row = await db.emailToken.findUnique({
    where: { id: hashToken(token) },
    select: {
      id: true,
      purpose: true,
      email: true,
      expiresAt: true,
      usedAt: true,
      user: { select: { id: true, name: true, email: true, locale: true } },
    },
  });
  if (!row || row.usedAt || row.expiresAt <= new Date() || !purposes.includes(row.purpose)) {
    return null;
  }
  return row;
}

/** Marks a token used; false when another request used it first. */
async function consumeToken(client: DbClient, tokenId: string) {
  const { count } = await client.emailToken.updateMany({
    where: { id: tokenId, usedAt: null, expiresAt: { gt: new Date() } },
    data: { usedAt: new Date() },
  });
  return count === 1;
}

export type ConfirmEmailResult =
  | { ok: true; purpose: "VERIFY_EMAIL" | "CHANGE_EMAIL" }
  | { ok: false; reason: "invalid" | "email-taken" };

/** Confirms a sign-up address or a new address from a mailed link. Single use. */
export async function confirmEmailToken(
  token: string,
  meta: RequestMeta = {},
): Promise<ConfirmEmailResult> {
  const row = await findUsableToken(token, ["VERIFY_EMAIL", "CHANGE_EMAIL"]);
  if (!row) return { ok: false, reason: "invalid" };
  // A sign-up link for an address the account has since left must not switch it back.
  if (row.purpose === "VERIFY_EMAIL" && row.email !== row.user.email) {
    return { ok: false, reason: "invalid" };
  }
  if (row.purpose === "CHANGE_EMAIL") {
    const taken = await db.user.findUnique({ where: { email: row.email }, select: { id: true } });
    if (taken && taken.id !== row.user.id) return { ok: false, reason: "email-taken" };
  }
  const done = await db.$transaction(async (tx) => {
    if (!(await consumeToken(tx, row.id))) return false;
    const now = new Date();
    await tx.user.update({
      where: { id: row.user.id },
      data: { email: row.email, emailVerifiedAt: now },
    });
    if (row.purpose === "CHANGE_EMAIL") {
      // Reset and verification links mailed to the old address die with it.
      await tx.emailToken.updateMany({
        where: { userId: row.user.id, email: row.user.email, usedAt: null },
        data: { usedAt: now },
      });
      await enqueueEmail(tx, {
        template: "email-changed",
        to: row.user.email,
        locale: row.user.locale === "en" ? "en" : "ja",
        payload: { name: row.user.name, newEmail: row.email, url: appLink("/login") },
        idempotencyKey: `email-changed/${row.id}`,
      });
    }
    await recordAudit(tx, {
      action: row.purpose === "CHANGE_EMAIL" ? "auth.email_changed" : "auth.email_verified",
      actorId: row.user.id,
      targetType: "User",
      targetId: row.user.id,
      ipAddress: meta.ipAddress,
    });
    return true;
  });
  return done
    ? { ok: true, purpose: row.purpose as "VERIFY_EMAIL" | "CHANGE_EMAIL" }
    : { ok: false, reason: "invalid" };
}

export type LogInResult =
  | { ok: true; token: string; expiresAt: Date; userId: string }
  | { ok: false; reason: "invalid-credentials" | "unverified" };

/** Checks the password (in constant-ish time) and opens a new session. */
export async function logIn(
  input: { email: string; password: string },
  meta: RequestMeta = {},
): Promise<LogInResult> {
  const user = await db.user.findUnique({
    where: { email: input.email },
    select: { id: true, passwordHash: true, emailVerifiedAt: true },
  });
  const valid = user?.passwordHash
    ? await verifyPassword(user.passwordHash, input.password)
    : await verifyAgainstDummy(input.password);
  if (!user || !valid) {
    await recordAudit(db, {
      action: "auth.login_failed",
      actorId: user?.id,
      ipAddress: meta.ipAddress,
      metadata: { knownAccount: Boolean(user) },
    });
    return { ok: false, reason: "invalid-credentials" };
  }
  if (!user.emailVerifiedAt) return { ok: false, reason: "unverified" };
  const { token, session } = await createSession(user.id, meta);
  await recordAudit(db, { action: "auth.login", actorId: user.id, ipAddress: meta.ipAddress });
  return { ok: true, token, expiresAt: session.expiresAt, userId: user.id };
}

export async function logOut(sessionId: string, userId: string, meta: RequestMeta = {}) {
  await db.session.deleteMany({ where: { id: sessionId } });
  await recordAudit(db, { action: "auth.logout", actorId: userId, ipAddress: meta.ipAddress });
}

export async function logOutEverywhere(userId: string, meta: RequestMeta = {}) {
  const { count } = await invalidateUserSessions(userId);
  await recordAudit(db, {
    action: "auth.logout_everywhere",
    actorId: userId,
    ipAddress: meta.ipAddress,
    metadata: { sessionsEnded: count },
  });
  return count;
}

/** Mails a reset link (1 h, single use) when the account exists; silent otherwise. */
export async function requestPasswordReset(email: string, meta: RequestMeta = {}) {
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, name: true, locale: true },
  });
  if (!user) return;
  await db.$transaction(async (tx) => {
    const { token, tokenId } = await issueEmailToken(tx, user.id, "RESET_PASSWORD", email);
    await enqueueEmail(tx, {
      template: "reset-password",
      to: email,
      locale: user.locale === "en" ? "en" : "ja",
      payload: { name: user.name, url: appLink("/reset-password", { token }) },
      idempotencyKey: `reset-password/${tokenId}`,
    });
    await recordAudit(tx, {
      action: "auth.password_reset_requested",
      actorId: user.id,
      ipAddress: meta.ipAddress,
    });
  });
}

/**
 * Sets a new password from a reset or invitation link, ends every session of the
 * account, and invalidates its other outstanding reset links.
 */
export async function resetPassword(token: string, password: string, meta: RequestMeta = {}) {
  const row = await findUsableToken(token, ["RESET_PASSWORD", "INVITE"]);
  if (!row) return { ok: false as const };
  const passwordHash = await hashPassword(password);
  const done = await db.$transaction(async (tx) => {
    if (!(await consumeToken(tx, row.id))) return false;
    const now = new Date();
    await tx.user.update({
      where: { id: row.user.id },
      data: {
        passwordHash,
        // Following a mailed link proves the address as a verification link would, so a
        // sign-up that never verified can still get in by resetting its password.
        ...(row.email === row.user.email ? { emailVerifiedAt: now } : {}),
      },
    });
    await tx.emailToken.updateMany({
      where: { userId: row.user.id, purpose: { in: ["RESET_PASSWORD", "INVITE"] }, usedAt: null },
      data: { usedAt: now },
    });
    await invalidateUserSessions(row.user.id, undefined, tx);
    await enqueueEmail(tx, {
      template: "password-changed",
      to: row.user.email,
      locale: row.user.locale === "en" ? "en" : "ja",
      payload: { name: row.user.name, url: appLink("/login") },
      idempotencyKey: `password-changed/${row.id}`,
    });
    await recordAudit(tx, {
      action: row.purpose === "INVITE" ? "auth.invite_accepted" : "auth.password_reset",
      actorId: row.user.id,
      ipAddress: meta.ipAddress,
    });
    return true;
  });
  return done ? { ok: true as const, purpose: row.purpose } : { ok: false as const };
}

/** Changes the password after checking the current one; ends the user's other sessions. */
export async function changePassword(
  user: { id: string },
  currentSessionId: string,
  input: { currentPassword: string; newPassword: string },
  meta: RequestMeta = {},
) {
  const row = await db.user.findUniqueOrThrow({
    where: { id: user.id },
    select: { passwordHash: true, email: true, name: true, locale: true },
  });
  if (!row.passwordHash || !(await verifyPassword(row.passwordHash, input.currentPassword))) {
    return { ok: false as const, reason: "wrong-password" as const };
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    const ended = await invalidateUserSessions(user.id, currentSessionId, tx);
    const audit = await recordAudit(tx, {
      action: "auth.password_changed",
      actorId: user.id,
      ipAddress: meta.ipAddress,
      metadata: { otherSessionsEnded: ended.count },
    });
    await enqueueEmail(tx, {
      template: "password-changed",
      to: row.email,
      locale: row.locale === "en" ? "en" : "ja",
      payload: { name: row.name, url: appLink("/login") },
      idempotencyKey: `password-changed/${audit.id}`,
    });
  });
  return { ok: true as const };
}

/**
 * Mails a confirmation link to the new address; the address changes only when it is
 * followed. An address already in use gets the same answer and no mail.
 */
export async function requestEmailChange(
  user: { id: string },
  input: { newEmail: string; currentPassword: string },
  meta: RequestMeta = {},
) {
  const row = await db.user.findUniqueOrThrow({
    where: { id: user.id },
    select: { passwordHash: true, name: true, locale: true, email: true },
  });
  if (!row.passwordHash || !(await verifyPassword(row.passwordHash, input.currentPassword))) {
    return { ok: false as const, reason: "wrong-password" as const };
  }
  if (input.newEmail === row.email) return { ok: false as const, reason: "same-email" as const };
  const taken = await db.user.findUnique({
    where: { email: input.newEmail },
    select: { id: true },
  });
  if (taken) return { ok: true as const };
  await db.$transaction(async (tx) => {
    const { token, tokenId } = await issueEmailToken(tx, user.id, "CHANGE_EMAIL", input.newEmail);
    await enqueueEmail(tx, {
      template: "change-email",
      to: input.newEmail,
      locale: row.locale === "en" ? "en" : "ja",
      payload: {
        name: row.name,
        newEmail: input.newEmail,
        url: appLink("/verify-email", { token }),
      },
      idempotencyKey: `change-email/${tokenId}`,
    });
    await recordAudit(tx, {
      action: "auth.email_change_requested",
      actorId: user.id,
      ipAddress: meta.ipAddress,
    });
  });
  return { ok: true as const };
}

export function updateProfile(userId: string, input: { name: string; locale: Locale }) {
  return db.$transaction(async (tx) => {
    const user = await tx.user.update({ where: { id: userId }, data: input, select: { id: true } });
    // A professional's name is in their profile's search document (unless anonymous).
    await enqueueUserProfile(tx, userId);
    return user;
  });
}

export function setUserLocale(userId: string, locale: Locale) {
  return db.user.update({ where: { id: userId }, data: { locale }, select: { id: true } });
}

export type CreateUserInput = {
  role: Role;
  name: string;
  email: string;
  locale: Locale;
  /** set directly (command line); otherwise the user gets an invitation link */
  password?: string;
};

/**
 * Creates an account on someone's behalf (admins, `npm run user:create`). Without a
 * password the user is mailed an invitation to choose one. Returns the link too, for
 * the command line.
 */
export async function createUserAsStaff(
  input: CreateUserInput,
  actor: { id: string } | null,
  meta: RequestMeta = {},
) {
  const existing = await db.user.findUnique({
    where: { email: input.email },
    select: { id: true },
  });
  if (existing) return { ok: false as const, reason: "email-taken" as const };
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  return db.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: {
        email: input.email,
        name: input.name,
        role: input.role,
        locale: input.locale,
        passwordHash,
        emailVerifiedAt: passwordHash ? new Date() : null,
      },
      select: { id: true },
    });
    let inviteUrl: string | null = null;
    if (!passwordHash) {
      const { token, tokenId } = await issueEmailToken(tx, user.id, "INVITE", input.email);
      inviteUrl = appLink(confirmationPath("INVITE"), { token });
      await enqueueEmail(tx, {
        template: "invite",
        to: input.email,
        locale: input.locale,
        payload: { name: input.name, url: inviteUrl, role: input.role },
        idempotencyKey: `invite/${tokenId}`,
      });
    }
    await recordAudit(tx, {
      action: "admin.user_created",
      actorId: actor?.id ?? null,
      targetType: "User",
      targetId: user.id,
      ipAddress: meta.ipAddress,
      metadata: { role: input.role, invited: !passwordHash },
    });
    return { ok: true as const, userId: user.id, inviteUrl };
  });
}

export function listUsers({ take = 200 }: { take?: number } = {}) {
  return db.user.findMany({
    orderBy: { createdAt: "desc" },
    take,
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      emailVerifiedAt: true,
      createdAt: true,
    },
  });
}
