import type { DbClient } from "~/lib/db.server";
import type { Locale } from "~/lib/i18n/locales";
import { emailTemplates, type EmailPayload, type EmailTemplateName } from "./templates";

export type EnqueueEmail<T extends EmailTemplateName> = {
  template: T;
  to: string;
  locale: Locale;
  payload: EmailPayload<T>;
  /** "<event>/<entity-id>": the same key never sends twice */
  idempotencyKey: string;
};

/**
 * Queues an email. Call it with the transaction that records the event, so the mail
 * exists exactly when the event does; the drainer delivers it afterwards.
 */
export async function enqueueEmail<T extends EmailTemplateName>(
  client: DbClient,
  email: EnqueueEmail<T>,
) {
  const payload = emailTemplates[email.template].payload.parse(email.payload);
  await client.emailOutbox.upsert({
    where: { idempotencyKey: email.idempotencyKey },
    create: {
      idempotencyKey: email.idempotencyKey,
      template: email.template,
      to: email.to,
      locale: email.locale,
      payload: JSON.stringify(payload),
    },
    update: {},
  });
  outboxSignal.notify();
}

type Listener = () => void;

/** Lets an in-process drainer start at once instead of waiting for its next poll. */
export const outboxSignal = {
  listeners: new Set<Listener>(),
  notify() {
    for (const listener of this.listeners) queueMicrotask(listener);
  },
  subscribe(listener: Listener) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  },
};
