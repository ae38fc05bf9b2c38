import { z } from "zod";
import { locales } from "~/lib/i18n/locales";
import { roles, selfServiceRoles } from "./roles";

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;

// Messages are i18n keys: the form shows them in the reader's language.
export const emailSchema = z
  .string({ error: "form.required" })
  .trim()
  .max(254, { error: "form.email.invalid" })
  .pipe(z.email({ error: "form.email.invalid" }))
  .transform((email) => email.toLowerCase());

export const passwordSchema = z
  .string({ error: "form.required" })
  .min(PASSWORD_MIN, { error: "form.password.tooShort" })
  .max(PASSWORD_MAX, { error: "form.password.tooLong" });

export const nameSchema = z
  .string({ error: "form.required" })
  .trim()
  .min(1, { error: "form.required" })
  .max(100, { error: "form.name.tooLong" });

const redirectToSchema = z.string().max(2048).optional();

export const signupSchema = z.object({
  role: z.enum(selfServiceRoles, { error: "form.role.required" }),
  name: nameSchema,
  email: emailSchema,
  password: passwordSchema,
  agreeToTerms: z.literal("on", { error: "form.terms.required" }),
});

export const loginSchema = z.object({
  email: emailSchema,
  password: z
    .string({ error: "form.required" })
    .max(PASSWORD_MAX, { error: "form.password.tooLong" }),
  redirectTo: redirectToSchema,
});

export const forgotPasswordSchema = z.object({ email: emailSchema });

export const resendVerificationSchema = z.object({ email: emailSchema });

export const tokenSchema = z
  .string({ error: "auth.token.invalid" })
  .regex(/^[a-z2-7]{32}$/, { error: "auth.token.invalid" });

export const confirmTokenSchema = z.object({ token: tokenSchema });

export const resetPasswordSchema = z
  .object({
    token: tokenSchema,
    password: passwordSchema,
    confirmPassword: z.string({ error: "form.required" }),
  })
  .refine((value) => value.password === value.confirmPassword, {
    path: ["confirmPassword"],
    error: "form.password.mismatch",
  });

export const changePasswordSchema = z
  .object({
    currentPassword: z.string({ error: "form.required" }).max(PASSWORD_MAX),
    newPassword: passwordSchema,
    confirmPassword: z.string({ error: "form.required" }),
  })
  .refine((value) => value.newPassword === value.confirmPassword, {
    path: ["confirmPassword"],
    error: "form.password.mismatch",
  });

export const changeEmailSchema = z.object({
  newEmail: emailSchema,
  currentPassword: z.string({ error: "form.required" }).max(PASSWORD_MAX),
});

export const profileSchema = z.object({
  name: nameSchema,
  locale: z.enum(locales, { error: "form.locale.invalid" }),
});

export const localeSwitchSchema = z.object({
  locale: z.enum(locales, { error: "form.locale.invalid" }),
  redirectTo: redirectToSchema,
});

export const createUserSchema = z.object({
  role: z.enum(roles, { error: "form.role.required" }),
  name: nameSchema,
  email: emailSchema,
  locale: z.enum(locales).default("ja"),
});

export const verifyEmailActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("confirm"), token: tokenSchema }),
  z.object({ intent: z.literal("resend"), email: emailSchema }),
]);
