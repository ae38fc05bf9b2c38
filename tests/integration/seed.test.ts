import { beforeEach, describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { roles } from "~/modules/auth/roles";
import { logIn } from "~/modules/auth/accounts.server";
import { DEMO_PASSWORD, demoAccountList, demoAccounts } from "../../prisma/demo-accounts";
import { formatDemoLogins, runSeed } from "../../prisma/seed";
import { resetDatabase } from "../support/database";

beforeEach(async () => {
  await resetDatabase();
});

describe("demo seed", () => {
  it("with --if-empty, creates the demo users once", async () => {
    const first = await runSeed({ ifEmpty: true, enabled: true });
    expect(first).toEqual({
      status: "seeded",
      users: { created: demoAccountList.map((account) => account.email), existing: [] },
    });
    const second = await runSeed({ ifEmpty: true, enabled: true });
    expect(second).toEqual({ status: "skipped", reason: "not-empty" });
    expect(await db.user.count()).toBe(demoAccountList.length);
  });

  it("without --if-empty, adds only the missing demo users", async () => {
    await runSeed({ enabled: true });
    await db.user.delete({ where: { email: demoAccounts.proSato.email } });
    const again = await runSeed({ enabled: true });
    expect(again).toMatchObject({
      status: "seeded",
      users: { created: [demoAccounts.proSato.email] },
    });
    expect(again.status === "seeded" && again.users.existing).toHaveLength(
      demoAccountList.length - 1,
    );
    expect(await db.user.count()).toBe(demoAccountList.length);
  });

  it("does nothing when demo data is disabled", async () => {
    expect(await runSeed({ enabled: false })).toEqual({ status: "skipped", reason: "disabled" });
    expect(await db.user.count()).toBe(0);
  });

  it("creates verified users of every role, one English, with audit rows", async () => {
    await runSeed({ ifEmpty: true, enabled: true });
    const users = await db.user.findMany({
      select: { email: true, name: true, role: true, locale: true, emailVerifiedAt: true },
    });
    expect(new Set(users.map((user) => user.role))).toEqual(new Set(roles));
    expect(users.filter((user) => user.role === "COORDINATOR")).toHaveLength(2);
    expect(users.filter((user) => user.role === "COMPANY_MEMBER")).toHaveLength(3);
    expect(users.filter((user) => user.role === "PROFESSIONAL")).toHaveLength(4);
    expect(users.filter((user) => user.locale === "en")).toEqual([
      expect.objectContaining({ email: demoAccounts.proCarter.email, role: "PROFESSIONAL" }),
    ]);
    for (const user of users) expect(user.emailVerifiedAt).toBeInstanceOf(Date);
    // Deterministic: the same names and addresses as the exported list.
    expect(
      users
        .map(({ email, name, role, locale }) => ({ email, name, role, locale }))
        .sort((a, b) => a.email.localeCompare(b.email)),
    ).toEqual(
      demoAccountList
        .map(({ email, name, role, locale }) => ({ email, name, role, locale }))
        .sort((a, b) => a.email.localeCompare(b.email)),
    );
    expect(await db.auditLog.count({ where: { action: "admin.user_created" } })).toBe(
      demoAccountList.length,
    );
    // Accounts with a password get no invitation mail.
    expect(await db.emailOutbox.count()).toBe(0);
  });

  it("every demo account can log in with the demo password", async () => {
    await runSeed({ ifEmpty: true, enabled: true });
    for (const account of demoAccountList) {
      const result = await logIn({ email: account.email, password: DEMO_PASSWORD });
      expect(result, account.email).toMatchObject({ ok: true });
    }
    expect(await logIn({ email: demoAccounts.admin.email, password: "wrong-password" })).toEqual({
      ok: false,
      reason: "invalid-credentials",
    });
  });

  it("prints every login", () => {
    const text = formatDemoLogins();
    expect(text).toContain(DEMO_PASSWORD);
    for (const account of demoAccountList) expect(text).toContain(account.email);
  });
});
