import { z } from "zod";
import type { MessageKey } from "~/lib/i18n/translate";

// z.url() alone would accept "javascript:" and "data:" links.
const link = z.url({ protocol: /^https?$/ });

/**
 * Every email the product sends: its payload, its wording (message keys; `{var}`s are
 * filled from the payload) and whether its link carries a secret to redact once sent.
 */
export const emailTemplates = {
  "verify-email": {
    payload: z.object({ name: z.string(), url: link }),
    subject: "email.verify.subject",
    heading: "email.verify.heading",
    paragraphs: ["email.verify.body", "email.verify.expiry"],
    action: "email.verify.action",
    secretLink: true,
  },
  "account-exists": {
    payload: z.object({ name: z.string(), url: link }),
    subject: "email.accountExists.subject",
    heading: "email.accountExists.heading",
    paragraphs: ["email.accountExists.body", "email.ignoreIfNotYou"],
    action: "email.accountExists.action",
    secretLink: false,
  },
  "reset-password": {
    payload: z.object({ name: z.string(), url: link }),
    subject: "email.reset.subject",
    heading: "email.reset.heading",
    paragraphs: ["email.reset.body", "email.reset.expiry", "email.ignoreIfNotYou"],
    action: "email.reset.action",
    secretLink: true,
  },
  "change-email": {
    payload: z.object({ name: z.string(), url: link, newEmail: z.string() }),
    subject: "email.changeEmail.subject",
    heading: "email.changeEmail.heading",
    paragraphs: ["email.changeEmail.body", "email.verify.expiry"],
    action: "email.changeEmail.action",
    secretLink: true,
  },
  "email-changed": {
    payload: z.object({ name: z.string(), newEmail: z.string(), url: link }),
    subject: "email.emailChanged.subject",
    heading: "email.emailChanged.heading",
    paragraphs: ["email.emailChanged.body", "email.contactIfNotYou"],
    action: "email.signIn.action",
    secretLink: false,
  },
  "password-changed": {
    payload: z.object({ name: z.string(), url: link }),
    subject: "email.passwordChanged.subject",
    heading: "email.passwordChanged.heading",
    paragraphs: ["email.passwordChanged.body", "email.contactIfNotYou"],
    action: "email.signIn.action",
    secretLink: false,
  },
  invite: {
    payload: z.object({ name: z.string(), url: link, role: z.string() }),
    subject: "email.invite.subject",
    heading: "email.invite.heading",
    paragraphs: ["email.invite.body", "email.invite.expiry"],
    action: "email.invite.action",
    secretLink: true,
  },
  "company-invite": {
    payload: z.object({ companyName: z.string(), inviterName: z.string(), url: link }),
    subject: "companies.email.invite.subject",
    heading: "companies.email.invite.heading",
    paragraphs: [
      "companies.email.invite.body",
      "companies.email.invite.expiry",
      "email.ignoreIfNotYou",
    ],
    action: "companies.email.invite.action",
    secretLink: true,
  },
} satisfies Record<
  string,
  {
    payload: z.ZodType<Record<string, string>>;
    subject: MessageKey;
    heading: MessageKey;
    paragraphs: MessageKey[];
    action: MessageKey;
    secretLink: boolean;
  }
>;

export type EmailTemplateName = keyof typeof emailTemplates;
export type EmailPayload<T extends EmailTemplateName> = z.input<
  (typeof emailTemplates)[T]["payload"]
>;

export function isEmailTemplateName(name: string): name is EmailTemplateName {
  return Object.hasOwn(emailTemplates, name);
}
