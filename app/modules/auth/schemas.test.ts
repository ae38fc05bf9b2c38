import { describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  changeEmailSchema,
  changePasswordSchema,
  createUserSchema,
  loginSchema,
  PASSWORD_MAX,
  PASSWORD_MIN,
  resetPasswordSchema,
  signupSchema,
  tokenSchema,
} from "./schemas";

const validSignup = {
  role: "PROFESSIONAL",
  name: "山田 花子",
  email: "hanako@example.jp",
  password: "a".repeat(PASSWORD_MIN),
  agreeToTerms: "on",
};

/** The error messages (message keys) per field path. */
function errorsOf(schema: z.ZodType, input: unknown) {
  const result = schema.safeParse(input);
  if (result.success) return {};
  const errors: Record<string, string[]> = {};
  for (const issue of result.error.issues)
    (errors[issue.path.join(".")] ??= []).push(issue.message);
  return errors;
}

describe("signupSchema", () => {
  it("accepts a valid sign-up and normalises the email", () => {
    const parsed = signupSchema.parse({ ...validSignup, email: "  Hanako.Yamada@Example.JP " });
    expect(parsed.email).toBe("hanako.yamada@example.jp");
  });

  it("accepts passwords of 10 to 128 characters, with no composition rules", () => {
    for (const password of [
      "a".repeat(PASSWORD_MIN),
      "x".repeat(PASSWORD_MAX),
      "パスワードは十文字以上",
    ]) {
      expect(signupSchema.safeParse({ ...validSignup, password }).success).toBe(true);
    }
  });

  it("rejects passwords that are too short or too long, with message keys", () => {
    expect(
      errorsOf(signupSchema, { ...validSignup, password: "a".repeat(PASSWORD_MIN - 1) }),
    ).toEqual({
      password: ["form.password.tooShort"],
    });
    expect(
      errorsOf(signupSchema, { ...validSignup, password: "a".repeat(PASSWORD_MAX + 1) }),
    ).toEqual({
      password: ["form.password.tooLong"],
    });
  });

  it("requires agreeing to the terms", () => {
    const { agreeToTerms: _, ...withoutTerms } = validSignup;
    expect(errorsOf(signupSchema, withoutTerms)).toEqual({ agreeToTerms: ["form.terms.required"] });
    expect(errorsOf(signupSchema, { ...validSignup, agreeToTerms: "off" })).toEqual({
      agreeToTerms: ["form.terms.required"],
    });
  });

  it("allows only self-service roles", () => {
    for (const role of ["COORDINATOR", "ADMIN", ""]) {
      expect(errorsOf(signupSchema, { ...validSignup, role })).toEqual({
        role: ["form.role.required"],
      });
    }
  });

  it("reports missing fields and a bad email with message keys", () => {
    expect(
      errorsOf(signupSchema, { role: "COMPANY_MEMBER", agreeToTerms: "on", email: "not-an-email" }),
    ).toEqual({
      name: ["form.required"],
      email: ["form.email.invalid"],
      password: ["form.required"],
    });
    expect(errorsOf(signupSchema, { ...validSignup, name: "   " })).toEqual({
      name: ["form.required"],
    });
  });
});

describe("loginSchema", () => {
  it("normalises the email but does not apply the new-password rules", () => {
    expect(loginSchema.parse({ email: "A@B.JP", password: "short" })).toEqual({
      email: "a@b.jp",
      password: "short",
    });
    expect(
      errorsOf(loginSchema, { email: "a@b.jp", password: "a".repeat(PASSWORD_MAX + 1) }),
    ).toEqual({
      password: ["form.password.tooLong"],
    });
  });
});

describe("tokenSchema", () => {
  it("accepts only the shape generateToken produces", () => {
    expect(tokenSchema.safeParse("abcdefghijklmnopqrstuvwxyz234567").success).toBe(true);
    for (const token of [
      "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567",
      "abcdefghijklmnopqrstuvwxyz23456",
      "abcdefghijklmnopqrstuvwxyz234561",
    ]) {
      expect(errorsOf(tokenSchema, token)).toEqual({ "": ["auth.token.invalid"] });
    }
  });
});

describe("password confirmation", () => {
  const token = "abcdefghijklmnopqrstuvwxyz234567";

  it("reports a mismatch on confirmPassword", () => {
    expect(
      errorsOf(resetPasswordSchema, {
        token,
        password: "a".repeat(10),
        confirmPassword: "b".repeat(10),
      }),
    ).toEqual({ confirmPassword: ["form.password.mismatch"] });
    expect(
      errorsOf(changePasswordSchema, {
        currentPassword: "old",
        newPassword: "a".repeat(10),
        confirmPassword: "b".repeat(10),
      }),
    ).toEqual({ confirmPassword: ["form.password.mismatch"] });
  });

  it("applies the password rules to the new password", () => {
    expect(
      errorsOf(changePasswordSchema, {
        currentPassword: "old",
        newPassword: "short",
        confirmPassword: "short",
      }),
    ).toEqual({ newPassword: ["form.password.tooShort"] });
  });
});

describe("other account schemas", () => {
  it("normalises the new email on change", () => {
    expect(
      changeEmailSchema.parse({ newEmail: "New@Example.JP", currentPassword: "x" }).newEmail,
    ).toBe("new@example.jp");
  });

  it("lets staff create any role, defaulting to Japanese", () => {
    expect(
      createUserSchema.parse({ role: "ADMIN", name: "管理者", email: "ADMIN@example.jp" }),
    ).toEqual({
      role: "ADMIN",
      name: "管理者",
      email: "admin@example.jp",
      locale: "ja",
    });
  });
});
