import { Resend } from "resend";
import { db } from "~/lib/db.server";
import { getEnv, mailTransport } from "~/lib/env.server";
import type { RenderedEmail } from "./render.server";

export type OutgoingEmail = RenderedEmail & {
  to: string;
  outboxId: string;
  idempotencyKey: string;
};

export type SendResult =
  { ok: true; providerMessageId: string | null } | { ok: false; retryable: boolean; error: string };

export interface EmailTransport {
  readonly name: string;
  send(email: OutgoingEmail): Promise<SendResult>;
}

/**
 * A hung connection must not hold the drainer; kept well under the drainer's claim so a
 * row is never sent by two drainers at once.
 */
export const RESEND_TIMEOUT_MS = 20_000;

/** Sends through Resend; the idempotency key makes a retried send a no-op at the provider. */
export function createResendTransport(
  apiKey: string,
  from: string,
  { timeoutMs = RESEND_TIMEOUT_MS }: { timeoutMs?: number } = {},
): EmailTransport {
  const resend = new Resend(apiKey);
  return {
    name: "resend",
    async send(email) {
      try {
        const { data, error } = await resend.emails.send(
          {
            from,
            to: email.to,
            subject: email.subject,
            html: email.html,
            text: email.text,
            ...(email.headers ? { headers: email.headers } : {}),
          },
          { idempotencyKey: email.idempotencyKey, signal: AbortSignal.timeout(timeoutMs) },
        );
        if (error) {
          const status = error.statusCode ?? 0;
          // Only rate limits, server errors, network failures and a still-running first
          // attempt with the same key (409 concurrent_idempotent_requests) are worth another try.
          const retryable =
            status === 0 ||
            status === 429 ||
            status >= 500 ||
            error.name === "concurrent_idempotent_requests";
          return { ok: false, retryable, error: `${status} ${error.name}: ${error.message}` };
        }
        return { ok: true, providerMessageId: data?.id ?? null };
      } catch (error) {
        return { ok: false, retryable: true, error: String(error) };
      }
    },
  };
}

/** Keeps mail in the database for /dev/mailbox instead of sending it. */
export const devMailboxTransport: EmailTransport = {
  name: "dev-mailbox",
  async send(email) {
    await db.mailboxMessage.upsert({
      where: { outboxId: email.outboxId },
      create: {
        outboxId: email.outboxId,
        to: email.to,
        subject: email.subject,
        html: email.html,
        text: email.text,
      },
      update: {},
    });
    return { ok: true, providerMessageId: null };
  },
};

export function createConfiguredTransport(): EmailTransport {
  const env = getEnv();
  return mailTransport(env) === "resend" && env.RESEND_API_KEY
    ? createResendTransport(env.RESEND_API_KEY, env.MAIL_FROM)
    : devMailboxTransport;
}
