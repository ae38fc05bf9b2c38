import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "~/lib/db.server";
import type * as audit from "~/modules/audit/audit.server";
import { recordAudit } from "~/modules/audit/audit.server";
import {
  changePassword,
  confirmEmailToken,
  createUserAsStaff,
  logIn,
  logOutEverywhere,
  requestEmailChange,
  requestPasswordReset,
  resendVerification,
  resetPassword,
  signUp,
  tokenLifetimeMs,
} from "~/modules/auth/accounts.server";
import { createSession, validateSessionToken } from "~/modules/auth/session.server";
import { generateToken, hashToken } from "~/modules/auth/tokens.server";
import { resetDatabase } from "../support/database";
import { onlyEmail, queuedEmails, tokenFromLink } from "../support/outbox";
import { createTestUser, TEST_PASSWORD } from "../support/users";

// The real recordAudit, but a test can make one call fail to prove the writes roll back.
vi.mock("~/modules/audit/audit.server", async (importOriginal) => {
  const actual = await importOriginal<typeof audit>();
  return { ...actual, recordAudit: vi.fn(actual.recordAudit) };
});

const NEW_PASSWORD = "a brand new passphrase";
const signupInput = {
  role: "PROFESSIONAL" as const,
  name: "山田 花子",
  email: "hanako@example.jp",
  password: TEST_PASSWORD,
};

beforeEach(resetDatabase);

async function auditActions() {
  return (await db.auditLog.findMany({ orderBy: { createdAt: "asc" } })).map((row) => row.action);
}

async function expireToken(token: string) {
  await db.emailToken.update({
    where: { id: hashToken(token) },
    data: { expiresAt: new Date(Date.now() - 1) },
  });
}

async function signUpAndGetToken(locale: "ja" | "en" = "ja") {
  await signUp(signupInput, locale, { ipAddress: "192.0.2.1" });
  return tokenFromLink((await onlyEmail("verify-email")).data.url);
}

describe("signUp", () => {
  it("creates an unverified user, a verification token, its email and an audit entry", async () => {
    await signUp(signupInput, "en", { ipAddress: "192.0.2.1" });

    const user = await db.user.findUniqueOrThrow({ where: { email: signupInput.email } });
    expect(user).toMatchObject({
      name: "山田 花子",
      role: "PROFESSIONAL",
      locale: "en",
      emailVerifiedAt: null,
    });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);

    const email = await onlyEmail("verify-email");
    expect(email).toMatchObject({ to: signupInput.email, locale: "en", status: "PENDING" });
    const url = new URL(email.data.url!);
    expect(url.origin + url.pathname).toBe("http://localhost:3000/verify-email");
    const tokenRow = await db.emailToken.findUniqueOrThrow({
      where: { id: hashToken(tokenFromLink(email.data.url)) },
    });
    expect(tokenRow).toMatchObject({
      userId: user.id,
      purpose: "VERIFY_EMAIL",
      email: signupInput.email,
      usedAt: null,
    });
    expect(email.idempotencyKey).toBe(`verify-email/${tokenRow.id}`);
    expect(tokenRow.expiresAt.getTime() - tokenRow.createdAt.getTime()).toBeCloseTo(
      tokenLifetimeMs.VERIFY_EMAIL,
      -3,
    );

    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "auth.signup" } });
    expect(audit).toMatchObject({ actorId: user.id, targetId: user.id, ipAddress: "192.0.2.1" });
    expect(audit.metadata).not.toContain(TEST_PASSWORD);
  });

  it("writes nothing when any part of the sign-up fails", async () => {
    vi.mocked(recordAudit).mockRejectedValueOnce(new Error("disk I/O error"));
    await expect(signUp(signupInput, "ja")).rejects.toThrow("disk I/O error");
    expect(await db.user.count()).toBe(0);
    expect(await db.emailToken.count()).toBe(0);
    expect(await db.emailOutbox.count()).toBe(0);
  });

  it("mails the owner of an existing address instead, and creates no second user", async () => {
    const owner = await createTestUser({ email: signupInput.email, locale: "en" });
    await signUp({ ...signupInput, name: "なりすまし", password: "another password!" }, "ja");

    expect(await db.user.count()).toBe(1);
    expect(await db.emailToken.count()).toBe(0);
    const email = await onlyEmail("account-exists");
    expect(email).toMatchObject({ to: signupInput.email, locale: "en" });
    expect(email.data.name).toBe(owner.name);
    expect(await queuedEmails({ template: "verify-email" })).toHaveLength(0);
    // The attempt does not touch the existing account.
    const after = await db.user.findUniqueOrThrow({ where: { id: owner.id } });
    expect(after.passwordHash).toBe(owner.passwordHash);
    expect(after.name).toBe(owner.name);
  });

  it("sends at most one account-exists mail an hour for repeated attempts", async () => {
    await createTestUser({ email: signupInput.email });
    await signUp(signupInput, "ja");
    await signUp(signupInput, "ja");
    expect(await queuedEmails({ template: "account-exists" })).toHaveLength(1);
  });
});

describe("confirmEmailToken", () => {
  it("verifies the address once, and only once", async () => {
    const token = await signUpAndGetToken();
    expect(await confirmEmailToken(token)).toEqual({ ok: true, purpose: "VERIFY_EMAIL" });
    const user = await db.user.findUniqueOrThrow({ where: { email: signupInput.email } });
    expect(user.emailVerifiedAt).toBeInstanceOf(Date);
    expect(await auditActions()).toContain("auth.email_verified");

    expect(await confirmEmailToken(token)).toEqual({ ok: false, reason: "invalid" });
  });

  it("rejects an expired link", async () => {
    const token = await signUpAndGetToken();
    await expireToken(token);
    expect(await confirmEmailToken(token)).toEqual({ ok: false, reason: "invalid" });
    expect(
      (await db.user.findUniqueOrThrow({ where: { email: signupInput.email } })).emailVerifiedAt,
    ).toBeNull();
  });

  it("rejects unknown tokens and tokens for another purpose", async () => {
    expect(await confirmEmailToken(generateToken())).toEqual({ ok: false, reason: "invalid" });
    const user = await createTestUser();
    await requestPasswordReset(user.email);
    const resetToken = tokenFromLink((await onlyEmail("reset-password")).data.url);
    expect(await confirmEmailToken(resetToken)).toEqual({ ok: false, reason: "invalid" });
  });

  it("resendVerification issues a new working link for an unverified account only", async () => {
    await signUp(signupInput, "ja");
    await resendVerification(signupInput.email);
    const emails = await queuedEmails({ template: "verify-email" });
    expect(emails).toHaveLength(2);
    expect(await confirmEmailToken(tokenFromLink(emails[1]!.data.url))).toMatchObject({ ok: true });

    await resendVerification(signupInput.email);
    await resendVerification("nobody@example.jp");
    expect(await queuedEmails({ template: "verify-email" })).toHaveLength(2);
  });
});

describe("logIn", () => {
  it("opens a session for the right password on a verified account", async () => {
    const user = await createTestUser();
    const result = await logIn(
      { email: user.email, password: TEST_PASSWORD },
      { ipAddress: "192.0.2.9" },
    );
    if (!result.ok) throw new Error(`login failed: ${result.reason}`);
    expect(result.userId).toBe(user.id);
    expect((await validateSessionToken(result.token))?.user.id).toBe(user.id);
    expect(await auditActions()).toEqual(["auth.login"]);
  });

  it("refuses a wrong password and an unknown address alike", async () => {
    const user = await createTestUser();
    expect(await logIn({ email: user.email, password: "wrong password" })).toEqual({
      ok: false,
      reason: "invalid-credentials",
    });
    expect(await logIn({ email: "nobody@example.jp", password: TEST_PASSWORD })).toEqual({
      ok: false,
      reason: "invalid-credentials",
    });
    expect(await db.session.count()).toBe(0);
    const failures = await db.auditLog.findMany({
      where: { action: "auth.login_failed" },
      orderBy: { createdAt: "asc" },
    });
    expect(failures.map((row) => [row.actorId, JSON.parse(row.metadata)])).toEqual([
      [user.id, { knownAccount: true }],
      [null, { knownAccount: false }],
    ]);
  });

  it("says unverified only to someone who knows the password", async () => {
    const user = await createTestUser({ verified: false });
    expect(await logIn({ email: user.email, password: "wrong password" })).toEqual({
      ok: false,
      reason: "invalid-credentials",
    });
    expect(await logIn({ email: user.email, password: TEST_PASSWORD })).toEqual({
      ok: false,
      reason: "unverified",
    });
    expect(await db.session.count()).toBe(0);
  });

  it("refuses an invited account that has no password yet", async () => {
    const user = await createTestUser({ password: null });
    expect(await logIn({ email: user.email, password: "" })).toMatchObject({ ok: false });
  });

  it("logOutEverywhere ends all the user's sessions", async () => {
    const user = await createTestUser();
    await createSession(user.id);
    await createSession(user.id);
    expect(await logOutEverywhere(user.id)).toBe(2);
    expect(await db.session.count()).toBe(0);
  });
});

describe("password reset", () => {
  async function requestResetToken(email: string) {
    await requestPasswordReset(email, { ipAddress: "192.0.2.1" });
    const emails = await queuedEmails({ template: "reset-password" });
    return tokenFromLink(emails.at(-1)?.data.url);
  }

  it("is silent for an unknown address: nothing written at all", async () => {
    await requestPasswordReset("nobody@example.jp");
    expect(await db.emailOutbox.count()).toBe(0);
    expect(await db.emailToken.count()).toBe(0);
    expect(await db.auditLog.count()).toBe(0);
  });

  it("mails a link that lives one hour", async () => {
    const user = await createTestUser();
    const token = await requestResetToken(user.email);
    const row = await db.emailToken.findUniqueOrThrow({ where: { id: hashToken(token) } });
    expect(row.purpose).toBe("RESET_PASSWORD");
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeCloseTo(60 * 60 * 1000, -3);
    expect(new URL((await onlyEmail("reset-password")).data.url!).pathname).toBe("/reset-password");
  });

  it("sets the new password, ends every session and is single use", async () => {
    const user = await createTestUser();
    const sessions = await Promise.all([createSession(user.id), createSession(user.id)]);
    const token = await requestResetToken(user.email);

    expect(await resetPassword(token, NEW_PASSWORD)).toEqual({
      ok: true,
      purpose: "RESET_PASSWORD",
    });
    for (const { token: sessionToken } of sessions)
      expect(await validateSessionToken(sessionToken)).toBeNull();
    expect(await logIn({ email: user.email, password: TEST_PASSWORD })).toMatchObject({
      ok: false,
    });
    expect(await logIn({ email: user.email, password: NEW_PASSWORD })).toMatchObject({ ok: true });
    expect(await onlyEmail("password-changed", user.email)).toBeTruthy();
    expect(await auditActions()).toContain("auth.password_reset");

    expect(await resetPassword(token, "yet another passphrase")).toEqual({ ok: false });
    expect(await logIn({ email: user.email, password: NEW_PASSWORD })).toMatchObject({ ok: true });
  });

  it("verifies an address that never followed its sign-up link: the reset link proves it", async () => {
    const user = await createTestUser({ verified: false });
    expect(await logIn({ email: user.email, password: TEST_PASSWORD })).toMatchObject({
      ok: false,
      reason: "unverified",
    });
    const token = await requestResetToken(user.email);
    expect(await resetPassword(token, NEW_PASSWORD)).toMatchObject({ ok: true });
    expect(await logIn({ email: user.email, password: NEW_PASSWORD })).toMatchObject({ ok: true });
  });

  it("also voids the account's other outstanding reset links", async () => {
    const user = await createTestUser();
    const first = await requestResetToken(user.email);
    const second = await requestResetToken(user.email);
    expect((await resetPassword(second, NEW_PASSWORD)).ok).toBe(true);
    expect(await resetPassword(first, "attacker passphrase")).toEqual({ ok: false });
  });

  it("rejects an expired link and leaves the password alone", async () => {
    const user = await createTestUser();
    const token = await requestResetToken(user.email);
    await expireToken(token);
    expect(await resetPassword(token, NEW_PASSWORD)).toEqual({ ok: false });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe(
      user.passwordHash,
    );
  });

  it("rejects a verification link", async () => {
    const token = await signUpAndGetToken();
    expect(await resetPassword(token, NEW_PASSWORD)).toEqual({ ok: false });
  });
});

describe("changePassword", () => {
  it("needs the current password", async () => {
    const user = await createTestUser();
    const { session } = await createSession(user.id);
    const other = await createSession(user.id);
    expect(
      await changePassword(user, session.id, {
        currentPassword: "wrong password",
        newPassword: NEW_PASSWORD,
      }),
    ).toEqual({ ok: false, reason: "wrong-password" });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe(
      user.passwordHash,
    );
    expect(await validateSessionToken(other.token)).not.toBeNull();
    expect(await db.emailOutbox.count()).toBe(0);
  });

  it("ends the other sessions, keeps the current one and tells the owner", async () => {
    const user = await createTestUser();
    const current = await createSession(user.id);
    const other = await createSession(user.id);
    expect(
      await changePassword(user, current.session.id, {
        currentPassword: TEST_PASSWORD,
        newPassword: NEW_PASSWORD,
      }),
    ).toEqual({ ok: true });
    expect(await validateSessionToken(current.token)).not.toBeNull();
    expect(await validateSessionToken(other.token)).toBeNull();
    expect(await logIn({ email: user.email, password: NEW_PASSWORD })).toMatchObject({ ok: true });
    expect(await onlyEmail("password-changed", user.email)).toBeTruthy();
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "auth.password_changed" },
    });
    expect(JSON.parse(audit.metadata)).toEqual({ otherSessionsEnded: 1 });
  });
});

describe("email change", () => {
  const newEmail = "hanako.new@example.jp";

  async function requestChangeToken(user: { id: string }) {
    expect(await requestEmailChange(user, { newEmail, currentPassword: TEST_PASSWORD })).toEqual({
      ok: true,
    });
    return tokenFromLink((await onlyEmail("change-email", newEmail)).data.url);
  }

  it("needs the current password", async () => {
    const user = await createTestUser();
    expect(await requestEmailChange(user, { newEmail, currentPassword: "wrong password" })).toEqual(
      {
        ok: false,
        reason: "wrong-password",
      },
    );
    expect(await db.emailOutbox.count()).toBe(0);
    expect(await db.emailToken.count()).toBe(0);
  });

  it("refuses the current address", async () => {
    const user = await createTestUser();
    expect(
      await requestEmailChange(user, { newEmail: user.email, currentPassword: TEST_PASSWORD }),
    ).toEqual({
      ok: false,
      reason: "same-email",
    });
  });

  it("answers the same for an address in use, but mails nothing", async () => {
    const user = await createTestUser();
    const other = await createTestUser();
    expect(
      await requestEmailChange(user, { newEmail: other.email, currentPassword: TEST_PASSWORD }),
    ).toEqual({
      ok: true,
    });
    expect(await db.emailOutbox.count()).toBe(0);
    expect(await db.emailToken.count()).toBe(0);
  });

  it("changes the address only once the new one is confirmed, and tells the old one", async () => {
    const user = await createTestUser();
    const token = await requestChangeToken(user);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);

    expect(await confirmEmailToken(token)).toEqual({ ok: true, purpose: "CHANGE_EMAIL" });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(newEmail);
    const notice = await onlyEmail("email-changed");
    expect(notice.to).toBe(user.email);
    expect(notice.data.newEmail).toBe(newEmail);
    expect(await logIn({ email: newEmail, password: TEST_PASSWORD })).toMatchObject({ ok: true });
    expect(await confirmEmailToken(token)).toEqual({ ok: false, reason: "invalid" });
  });

  it("refuses to confirm when someone took the address meanwhile", async () => {
    const user = await createTestUser();
    const token = await requestChangeToken(user);
    await createTestUser({ email: newEmail });
    expect(await confirmEmailToken(token)).toEqual({ ok: false, reason: "email-taken" });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);
  });

  it("voids links mailed to the old address once the change is confirmed", async () => {
    const verifyToken = await signUpAndGetToken();
    const user = await db.user.findUniqueOrThrow({ where: { email: signupInput.email } });
    await resendVerification(signupInput.email);
    const staleVerifyToken = tokenFromLink(
      (await queuedEmails({ template: "verify-email" }))[1]!.data.url,
    );
    await confirmEmailToken(verifyToken);
    await requestPasswordReset(signupInput.email);
    const resetToken = tokenFromLink((await onlyEmail("reset-password")).data.url);

    await confirmEmailToken(await requestChangeToken(user));

    expect(await confirmEmailToken(staleVerifyToken)).toEqual({ ok: false, reason: "invalid" });
    expect(await resetPassword(resetToken, NEW_PASSWORD)).toEqual({ ok: false });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(newEmail);
  });

  it("a sign-up link for an address the account has left cannot switch it back", async () => {
    const user = await createTestUser();
    // As if issued before the address changed and not voided (e.g. by an older release).
    const stale = generateToken();
    await db.emailToken.create({
      data: {
        id: hashToken(stale),
        userId: user.id,
        purpose: "VERIFY_EMAIL",
        email: "old@example.jp",
        expiresAt: new Date(Date.now() + 60_000),
      },
    });
    expect(await confirmEmailToken(stale)).toEqual({ ok: false, reason: "invalid" });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);
  });
});

describe("createUserAsStaff", () => {
  const staffInput = {
    role: "COORDINATOR" as const,
    name: "佐藤 一郎",
    email: "sato@example.jp",
    locale: "ja" as const,
  };

  it("with a password: a verified account that can log in at once, no invitation", async () => {
    const admin = await createTestUser({ role: "ADMIN" });
    const result = await createUserAsStaff({ ...staffInput, password: TEST_PASSWORD }, admin);
    expect(result).toMatchObject({ ok: true, inviteUrl: null });
    const user = await db.user.findUniqueOrThrow({ where: { email: staffInput.email } });
    expect(user.role).toBe("COORDINATOR");
    expect(user.emailVerifiedAt).toBeInstanceOf(Date);
    expect(await logIn({ email: staffInput.email, password: TEST_PASSWORD })).toMatchObject({
      ok: true,
    });
    expect(await queuedEmails({ template: "invite" })).toHaveLength(0);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "admin.user_created" } });
    expect(audit).toMatchObject({ actorId: admin.id, targetId: user.id });
    expect(JSON.parse(audit.metadata)).toEqual({ role: "COORDINATOR", invited: false });
  });

  it("without a password: an invitation whose link sets the password and verifies the address", async () => {
    const result = await createUserAsStaff(staffInput, null);
    if (!result.ok) throw new Error(result.reason);
    expect(result.inviteUrl).toMatch(
      /^http:\/\/localhost:3000\/reset-password\?token=[a-z2-7]{32}$/,
    );
    const invite = await onlyEmail("invite", staffInput.email);
    expect(invite.data.url).toBe(result.inviteUrl);
    const before = await db.user.findUniqueOrThrow({ where: { id: result.userId } });
    expect(before).toMatchObject({ passwordHash: null, emailVerifiedAt: null });
    const token = tokenFromLink(result.inviteUrl!);
    const row = await db.emailToken.findUniqueOrThrow({ where: { id: hashToken(token) } });
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeCloseTo(
      tokenLifetimeMs.INVITE,
      -3,
    );

    expect(await resetPassword(token, NEW_PASSWORD)).toEqual({ ok: true, purpose: "INVITE" });
    const after = await db.user.findUniqueOrThrow({ where: { id: result.userId } });
    expect(after.emailVerifiedAt).toBeInstanceOf(Date);
    expect(await logIn({ email: staffInput.email, password: NEW_PASSWORD })).toMatchObject({
      ok: true,
    });
    expect(await auditActions()).toContain("auth.invite_accepted");
    expect(await resetPassword(token, "another passphrase")).toEqual({ ok: false });
  });

  it("refuses an address already in use", async () => {
    await createTestUser({ email: staffInput.email });
    expect(await createUserAsStaff(staffInput, null)).toEqual({ ok: false, reason: "email-taken" });
    expect(await db.user.count()).toBe(1);
  });
});
