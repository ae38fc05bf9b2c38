import { db } from "~/lib/db.server";
import { hashPassword } from "~/modules/auth/password.server";
import type { Role } from "~/modules/auth/roles";

export const TEST_PASSWORD = "correct horse battery staple";

let counter = 0;

/** Inserts a user directly (verified, with TEST_PASSWORD unless told otherwise). */
export async function createTestUser(
  overrides: {
    email?: string;
    name?: string;
    role?: Role;
    locale?: "ja" | "en";
    password?: string | null;
    verified?: boolean;
  } = {},
) {
  counter += 1;
  const password = overrides.password === undefined ? TEST_PASSWORD : overrides.password;
  return db.user.create({
    data: {
      email: overrides.email ?? `user${counter}@example.jp`,
      name: overrides.name ?? `テスト ユーザー${counter}`,
      role: overrides.role ?? "PROFESSIONAL",
      locale: overrides.locale ?? "ja",
      passwordHash: password === null ? null : await hashPassword(password),
      emailVerifiedAt: overrides.verified === false ? null : new Date(),
    },
  });
}
