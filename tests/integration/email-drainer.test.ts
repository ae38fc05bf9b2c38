import { delay, http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import {
  backoffMs,
  CLAIM_MS,
  drainEmailOutbox,
  MAX_ATTEMPTS,
} from "~/modules/notifications/email/drainer.server";
import { enqueueEmail } from "~/modules/notifications/email/outbox.server";
import {
  createResendTransport,
  devMailboxTransport,
  type EmailTransport,
} from "~/modules/notifications/email/transport.server";
import { resetDatabase } from "../support/database";

const RESEND_EMAILS = "https://api.resend.com/emails";
const API_KEY = "re_test_key";
const FROM = "Enishi <no-reply@enishi.example.jp>";
const secretUrl = "http://localhost:3000/verify-email?token=abcdefghijklmnopqrstuvwxyz234567";

type ResendRequest = {
  idempotencyKey: string | null;
  authorization: string | null;
  body: Record<string, unknown>;
};
let resendRequests: ResendRequest[] = [];

const server = setupServer();

beforeAll(() => {
  delete process.env.RESEND_BASE_URL;
  server.listen({ onUnhandledRequest: "error" });
});
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

beforeEach(async () => {
  await resetDatabase();
  resendRequests = [];
});

/** A fake Resend: records each request, then answers with `reply` (its real response shapes). */
function resendAnswers(...replies: Array<() => Response | Promise<Response>>) {
  let call = 0;
  server.use(
    http.post(RESEND_EMAILS, async ({ request }) => {
      resendRequests.push({
        idempotencyKey: request.headers.get("Idempotency-Key"),
        authorization: request.headers.get("Authorization"),
        body: (await request.json()) as Record<string, unknown>,
      });
      const reply = replies[Math.min(call, replies.length - 1)]!;
      call += 1;
      return reply();
    }),
  );
}

const accepted =
  (id = "4ef9a417-02e9-4d39-ad75-9611e0fcc33c") =>
  () =>
    HttpResponse.json({ id });
const resendError =
  (statusCode: number, name: string, message = name) =>
  () =>
    HttpResponse.json({ statusCode, name, message }, { status: statusCode });

async function queueVerifyEmail(key = "verify-email/token-1") {
  await enqueueEmail(db, {
    template: "verify-email",
    to: "hanako@example.jp",
    locale: "ja",
    payload: { name: "山田 花子", url: secretUrl },
    idempotencyKey: key,
  });
  return db.emailOutbox.findUniqueOrThrow({ where: { idempotencyKey: key } });
}

const outboxRow = (id: string) => db.emailOutbox.findUniqueOrThrow({ where: { id } });
const resend = () => createResendTransport(API_KEY, FROM);
const later = (ms: number) => new Date(Date.now() + ms);

describe("backoffMs", () => {
  it("starts at 5 s ± 20 % and doubles per attempt", () => {
    expect(backoffMs(1, () => 0)).toBe(4_000);
    expect(backoffMs(1, () => 0.5)).toBe(5_000);
    expect(backoffMs(1, () => 1)).toBe(6_000);
    expect(backoffMs(2, () => 0.5)).toBe(10_000);
    expect(backoffMs(5, () => 0.5)).toBe(80_000);
    expect(backoffMs(0, () => 0.5)).toBe(5_000);
  });

  it("never exceeds an hour plus jitter, and never drops below 4 s", () => {
    for (let attempts = 0; attempts <= 60; attempts += 1) {
      const delay = backoffMs(attempts);
      expect(delay).toBeGreaterThanOrEqual(4_000);
      expect(delay).toBeLessThanOrEqual(3_600_000 * 1.2);
    }
    expect(backoffMs(MAX_ATTEMPTS * 10, () => 0.5)).toBe(3_600_000);
  });
});

describe("drainEmailOutbox with the dev mailbox", () => {
  it("delivers a due email into the mailbox and marks it sent", async () => {
    const queued = await queueVerifyEmail();
    expect(await drainEmailOutbox(devMailboxTransport)).toBe(1);

    const row = await outboxRow(queued.id);
    expect(row).toMatchObject({ status: "SENT", attempts: 1, lockedUntil: null, lastError: null });
    expect(row.sentAt).toBeInstanceOf(Date);
    const message = await db.mailboxMessage.findUniqueOrThrow({ where: { outboxId: queued.id } });
    expect(message.to).toBe("hanako@example.jp");
    expect(message.subject).toContain("Enishi");
    expect(message.html).toContain(secretUrl);
    expect(message.text).toContain(secretUrl);
  });

  it("redacts the secret link from the outbox once sent", async () => {
    const queued = await queueVerifyEmail();
    await drainEmailOutbox(devMailboxTransport);
    const row = await outboxRow(queued.id);
    expect(row.payload).not.toContain("abcdefghijklmnopqrstuvwxyz234567");
    expect(JSON.parse(row.payload)).toEqual({
      name: "山田 花子",
      url: "https://redacted.invalid/",
    });
  });

  it("keeps links without a secret", async () => {
    await enqueueEmail(db, {
      template: "password-changed",
      to: "hanako@example.jp",
      locale: "en",
      payload: { name: "Hanako", url: "http://localhost:3000/login" },
      idempotencyKey: "password-changed/1",
    });
    await drainEmailOutbox(devMailboxTransport);
    const row = await db.emailOutbox.findFirstOrThrow();
    expect(row.status).toBe("SENT");
    expect(JSON.parse(row.payload).url).toBe("http://localhost:3000/login");
  });

  it("sends each email once however often it runs", async () => {
    await queueVerifyEmail();
    await drainEmailOutbox(devMailboxTransport);
    expect(await drainEmailOutbox(devMailboxTransport)).toBe(0);
    expect(await db.mailboxMessage.count()).toBe(1);
  });

  it("leaves rows that are not due yet", async () => {
    const queued = await queueVerifyEmail();
    await db.emailOutbox.update({
      where: { id: queued.id },
      data: { nextAttemptAt: later(60_000) },
    });
    expect(await drainEmailOutbox(devMailboxTransport)).toBe(0);
    expect(await drainEmailOutbox(devMailboxTransport, later(61_000))).toBe(1);
  });

  it.each([
    ["an unknown template", { template: "no-such-template" }],
    ["an unknown locale", { locale: "fr" }],
    ["a payload that is not JSON", { payload: "{not json" }],
    ["a payload that does not fit the template", { payload: JSON.stringify({ name: "x" }) }],
  ])("gives up at once on %s", async (_, change) => {
    const queued = await queueVerifyEmail();
    await db.emailOutbox.update({ where: { id: queued.id }, data: change });
    expect(await drainEmailOutbox(devMailboxTransport)).toBe(0);
    const row = await outboxRow(queued.id);
    expect(row).toMatchObject({ status: "FAILED", attempts: 1, lockedUntil: null });
    expect(row.lastError).toBeTruthy();
    expect(await db.mailboxMessage.count()).toBe(0);
  });

  it("retries when the transport throws", async () => {
    const queued = await queueVerifyEmail();
    const broken: EmailTransport = {
      name: "broken",
      send: () => Promise.reject(new Error("database is locked")),
    };
    const now = new Date();
    await drainEmailOutbox(broken, now);
    const row = await outboxRow(queued.id);
    expect(row).toMatchObject({ status: "PENDING", attempts: 1, lockedUntil: null });
    expect(row.lastError).toContain("database is locked");
    expect(row.nextAttemptAt.getTime()).toBeGreaterThan(now.getTime());
  });

  it(`fails a row for good after ${MAX_ATTEMPTS} attempts`, async () => {
    const queued = await queueVerifyEmail();
    await db.emailOutbox.update({ where: { id: queued.id }, data: { attempts: MAX_ATTEMPTS - 1 } });
    const broken: EmailTransport = {
      name: "broken",
      send: async () => ({ ok: false, retryable: true, error: "503 unavailable" }),
    };
    await drainEmailOutbox(broken);
    expect(await outboxRow(queued.id)).toMatchObject({ status: "FAILED", attempts: MAX_ATTEMPTS });
  });

  it("sends the oldest due rows first", async () => {
    await queueVerifyEmail("verify-email/first");
    await queueVerifyEmail("verify-email/second");
    const order: string[] = [];
    const recording: EmailTransport = {
      name: "recording",
      send: async (email) => {
        order.push(email.idempotencyKey);
        return { ok: true, providerMessageId: null };
      },
    };
    expect(await drainEmailOutbox(recording)).toBe(2);
    expect(order).toEqual(["verify-email/first", "verify-email/second"]);
  });
});

describe("drainEmailOutbox with Resend", () => {
  it("posts the rendered email with the outbox key as Idempotency-Key", async () => {
    resendAnswers(accepted("re-msg-1"));
    const queued = await queueVerifyEmail();
    expect(await drainEmailOutbox(resend())).toBe(1);

    expect(resendRequests).toHaveLength(1);
    const [request] = resendRequests;
    expect(request!.idempotencyKey).toBe(queued.idempotencyKey);
    expect(request!.authorization).toBe(`Bearer ${API_KEY}`);
    expect(request!.body).toMatchObject({ from: FROM, to: "hanako@example.jp" });
    expect(request!.body.subject).toEqual(expect.stringContaining("Enishi"));
    expect(request!.body.html).toEqual(expect.stringContaining(secretUrl));
    expect(request!.body.text).toEqual(expect.stringContaining(secretUrl));
    expect(await outboxRow(queued.id)).toMatchObject({
      status: "SENT",
      providerMessageId: "re-msg-1",
      attempts: 1,
    });
  });

  it.each([
    ["429 rate limit", resendError(429, "rate_limit_exceeded", "Too many requests")],
    ["500 server error", resendError(500, "internal_server_error", "Something went wrong")],
    ["503 with an HTML body", () => new HttpResponse("<html>Bad gateway</html>", { status: 503 })],
    [
      "409 while the first attempt is still running",
      resendError(409, "concurrent_idempotent_requests"),
    ],
  ])("retries later after a %s, then sends with the same key", async (_, failure) => {
    resendAnswers(failure, accepted("re-msg-2"));
    const queued = await queueVerifyEmail();
    const now = new Date();
    expect(await drainEmailOutbox(resend(), now)).toBe(0);

    const failed = await outboxRow(queued.id);
    expect(failed).toMatchObject({ status: "PENDING", attempts: 1, lockedUntil: null });
    expect(failed.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(now.getTime() + 4_000);
    expect(failed.payload).toContain(secretUrl);
    // Not before its time.
    expect(await drainEmailOutbox(resend(), now)).toBe(0);
    expect(resendRequests).toHaveLength(1);

    expect(await drainEmailOutbox(resend(), failed.nextAttemptAt)).toBe(1);
    expect(await outboxRow(queued.id)).toMatchObject({
      status: "SENT",
      attempts: 2,
      providerMessageId: "re-msg-2",
    });
    expect(resendRequests.map((request) => request.idempotencyKey)).toEqual([
      queued.idempotencyKey,
      queued.idempotencyKey,
    ]);
  });

  it.each([
    ["422 validation error", resendError(422, "validation_error", "Invalid `to` field.")],
    ["403 unverified domain", resendError(403, "validation_error", "The domain is not verified.")],
    ["401 bad API key", resendError(401, "missing_api_key", "Missing API key")],
  ])("gives up at once after a %s", async (_, failure) => {
    resendAnswers(failure);
    const queued = await queueVerifyEmail();
    await drainEmailOutbox(resend());
    const row = await outboxRow(queued.id);
    expect(row).toMatchObject({ status: "FAILED", attempts: 1 });
    expect(row.lastError).toMatch(/^4\d\d /);
    expect(await drainEmailOutbox(resend(), later(24 * 3_600_000))).toBe(0);
    expect(resendRequests).toHaveLength(1);
  });

  it("loses nothing while the provider is unreachable", async () => {
    server.use(http.post(RESEND_EMAILS, () => HttpResponse.error()));
    const queued = await Promise.all([queueVerifyEmail("k/1"), queueVerifyEmail("k/2")]);
    let now = new Date();
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      expect(await drainEmailOutbox(resend(), now)).toBe(0);
      now = later(24 * 3_600_000 * attempt);
    }
    for (const { id } of queued)
      expect(await outboxRow(id)).toMatchObject({ status: "PENDING", attempts: 3 });

    server.resetHandlers();
    resendAnswers(accepted());
    expect(await drainEmailOutbox(resend(), now)).toBe(2);
    expect(resendRequests.map((request) => request.idempotencyKey).sort()).toEqual(["k/1", "k/2"]);
  });

  it("gives up on a hung connection in time and retries later", async () => {
    server.use(http.post(RESEND_EMAILS, () => delay("infinite")));
    const queued = await queueVerifyEmail();
    await drainEmailOutbox(createResendTransport(API_KEY, FROM, { timeoutMs: 100 }));
    expect(await outboxRow(queued.id)).toMatchObject({
      status: "PENDING",
      attempts: 1,
      lockedUntil: null,
    });
  });

  describe("after a drainer dies mid-send", () => {
    /** Starts a drain whose send never finishes, as if the process died there; waits for the claim. */
    async function dieAfterClaim(send: EmailTransport["send"] = () => new Promise(() => {})) {
      void drainEmailOutbox({ name: "dying", send });
      for (let i = 0; i < 200; i += 1) {
        const row = await db.emailOutbox.findFirstOrThrow();
        if (row.lockedUntil) return row;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      throw new Error("the row was never claimed");
    }

    it("leaves the claimed row alone until the claim expires, then sends it exactly once", async () => {
      resendAnswers(accepted("re-msg-3"));
      const queued = await queueVerifyEmail();
      const claimed = await dieAfterClaim();
      expect(claimed).toMatchObject({ status: "PENDING", attempts: 1 });
      expect(claimed.lockedUntil!.getTime()).toBeGreaterThanOrEqual(Date.now() + CLAIM_MS - 5_000);

      expect(await drainEmailOutbox(resend())).toBe(0);
      expect(await drainEmailOutbox(resend(), later(CLAIM_MS - 5_000))).toBe(0);
      expect(resendRequests).toHaveLength(0);

      const afterClaim = new Date(claimed.lockedUntil!.getTime() + 1);
      expect(await drainEmailOutbox(resend(), afterClaim)).toBe(1);
      expect(await drainEmailOutbox(resend(), later(24 * 3_600_000))).toBe(0);

      expect(resendRequests).toHaveLength(1);
      expect(resendRequests[0]!.idempotencyKey).toBe(queued.idempotencyKey);
      expect(await outboxRow(queued.id)).toMatchObject({
        status: "SENT",
        attempts: 2,
        providerMessageId: "re-msg-3",
      });
    });

    it("resends with the same key when it died after the provider accepted, so Resend can deduplicate", async () => {
      // Resend answers a repeated key with the first result instead of sending again.
      const delivered = new Map<string, string>();
      server.use(
        http.post(RESEND_EMAILS, ({ request }) => {
          const key = request.headers.get("Idempotency-Key")!;
          resendRequests.push({ idempotencyKey: key, authorization: null, body: {} });
          if (!delivered.has(key)) delivered.set(key, `re-msg-${delivered.size + 1}`);
          return HttpResponse.json({ id: delivered.get(key) });
        }),
      );
      const queued = await queueVerifyEmail();
      const transport = resend();
      const claimed = await dieAfterClaim(async (email) => {
        await transport.send(email);
        return new Promise(() => {});
      });
      await expect.poll(() => resendRequests.length).toBe(1);

      expect(await drainEmailOutbox(resend(), new Date(claimed.lockedUntil!.getTime() + 1))).toBe(
        1,
      );
      expect(resendRequests.map((request) => request.idempotencyKey)).toEqual([
        queued.idempotencyKey,
        queued.idempotencyKey,
      ]);
      expect(delivered.size).toBe(1);
      expect(await outboxRow(queued.id)).toMatchObject({
        status: "SENT",
        providerMessageId: "re-msg-1",
      });
    });

    it("lets only one of two drainers claim a row", async () => {
      resendAnswers(accepted());
      await queueVerifyEmail();
      const sent = await Promise.all([drainEmailOutbox(resend()), drainEmailOutbox(resend())]);
      expect(sent.sort()).toEqual([0, 1]);
      expect(resendRequests).toHaveLength(1);
    });
  });
});
