import { beforeEach, describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { enqueueEmail, outboxSignal } from "~/modules/notifications/email/outbox.server";
import { resetDatabase } from "../support/database";

const verifyEmail = {
  template: "verify-email" as const,
  to: "hanako@example.jp",
  locale: "ja" as const,
  payload: { name: "山田 花子", url: "http://localhost:3000/verify-email?token=abc" },
  idempotencyKey: "verify-email/token-1",
};

beforeEach(resetDatabase);

describe("enqueueEmail", () => {
  it("queues a pending row that is due now", async () => {
    await enqueueEmail(db, verifyEmail);
    const row = await db.emailOutbox.findUniqueOrThrow({
      where: { idempotencyKey: verifyEmail.idempotencyKey },
    });
    expect(row).toMatchObject({
      template: "verify-email",
      to: verifyEmail.to,
      locale: "ja",
      status: "PENDING",
      attempts: 0,
    });
    expect(JSON.parse(row.payload)).toEqual(verifyEmail.payload);
    expect(row.nextAttemptAt.getTime()).toBeLessThanOrEqual(Date.now());
  });

  it("is idempotent by key: the same event queues one email, the first one", async () => {
    await enqueueEmail(db, verifyEmail);
    await enqueueEmail(db, { ...verifyEmail, payload: { ...verifyEmail.payload, name: "別人" } });
    const rows = await db.emailOutbox.findMany();
    expect(rows).toHaveLength(1);
    expect(JSON.parse(rows[0]!.payload).name).toBe("山田 花子");
  });

  it("does not leave a sent row pending again when the event repeats", async () => {
    await enqueueEmail(db, verifyEmail);
    await db.emailOutbox.update({
      where: { idempotencyKey: verifyEmail.idempotencyKey },
      data: { status: "SENT" },
    });
    await enqueueEmail(db, verifyEmail);
    expect((await db.emailOutbox.findFirstOrThrow()).status).toBe("SENT");
  });

  it("refuses a payload that does not fit the template", async () => {
    await expect(
      enqueueEmail(db, { ...verifyEmail, payload: { name: "x", url: "not a url" } }),
    ).rejects.toThrow();
    expect(await db.emailOutbox.count()).toBe(0);
  });

  it("disappears with the transaction that queued it", async () => {
    await expect(
      db.$transaction(async (tx) => {
        await enqueueEmail(tx, verifyEmail);
        throw new Error("the event failed");
      }),
    ).rejects.toThrow("the event failed");
    expect(await db.emailOutbox.count()).toBe(0);
  });

  it("wakes in-process drainers", async () => {
    let woken = 0;
    const unsubscribe = outboxSignal.subscribe(() => (woken += 1));
    try {
      await enqueueEmail(db, verifyEmail);
      await Promise.resolve();
      expect(woken).toBe(1);
    } finally {
      unsubscribe();
    }
  });
});
