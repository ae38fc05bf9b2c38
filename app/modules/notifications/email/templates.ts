import { z } from "zod";
import type { MessageKey } from "~/lib/i18n/translate";

// z.url() alone would accept "javascript:" and "data:" links.
const link = z.url({ protocol: /^https?$/ });

/** A list of links in a mail (a digest's matches), at most ten. */
const emailListItems = z
  .array(z.object({ title: z.string(), url: link, detail: z.string().optional() }))
  .max(10);
export type EmailListItem = z.infer<typeof emailListItems>[number];

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
  "saved-search-digest": {
    payload: z.object({
      name: z.string(),
      count: z.string(),
      frequency: z.string(),
      /** all results of the saved search */
      url: link,
      items: emailListItems,
      /** "ほか3件" when there were more than the list shows, else "" */
      itemsMore: z.string(),
      /** the confirmation page, linked in the mail's footer */
      unsubscribeUrl: link,
      /** the RFC 8058 one-click target, in the List-Unsubscribe header */
      listUnsubscribeUrl: link,
    }),
    subject: "alerts.email.subject",
    heading: "alerts.email.heading",
    paragraphs: ["alerts.email.intro"],
    action: "alerts.email.seeAll",
    secretLink: false,
    unsubscribe: { note: "alerts.email.footer", link: "alerts.email.unsubscribe" },
  },
  /** an in-app notification's email twin (app/modules/notifications/in-app/notify.server.ts) */
  notification: {
    payload: z.object({
      /** a NotificationKind, kept for the record */
      kind: z.string(),
      /** the notification's sentence, already in the recipient's language */
      message: z.string(),
      /** the page the notification leads to */
      url: link,
      /** /settings/notifications, named in the footer */
      settingsUrl: link,
    }),
    subject: "notifications.email.subject",
    heading: "notifications.email.heading",
    paragraphs: ["notifications.email.body", "notifications.email.settings"],
    action: "notifications.email.action",
    secretLink: false,
  },
  /** unread messages in a thread (app/modules/messaging/unread-mail.server.ts) */
  "thread-unread": {
    payload: z.object({
      challengeTitle: z.string(),
      /** who wrote the unread messages, as the recipient may see them */
      senders: z.string(),
      count: z.string(),
      /** the latest unread message, as plain text, at most 140 characters */
      excerpt: z.string(),
      /** the thread itself */
      url: link,
    }),
    subject: "safety.email.unread.subject",
    heading: "safety.email.unread.heading",
    paragraphs: [
      "safety.email.unread.body",
      "safety.email.unread.excerpt",
      "safety.email.unread.mute",
    ],
    action: "safety.email.unread.action",
    secretLink: false,
  },
} satisfies Record<
  string,
  {
    /** string fields fill the messages' {vars}; `items` is a list of links */
    payload: z.ZodType<Record<string, string | EmailListItem[]>>;
    subject: MessageKey;
    heading: MessageKey;
    paragraphs: MessageKey[];
    action: MessageKey;
    secretLink: boolean;
    /**
     * Mail people subscribed to: a footer link to `payload.unsubscribeUrl`, and RFC 8058
     * List-Unsubscribe / List-Unsubscribe-Post headers pointing at
     * `payload.listUnsubscribeUrl` (or the footer link).
     */
    unsubscribe?: { note: MessageKey; link: MessageKey };
  }
>;

export type EmailTemplateName = keyof typeof emailTemplates;
export type EmailPayload<T extends EmailTemplateName> = z.input<
  (typeof emailTemplates)[T]["payload"]
>;

export function isEmailTemplateName(name: string): name is EmailTemplateName {
  return Object.hasOwn(emailTemplates, name);
}
