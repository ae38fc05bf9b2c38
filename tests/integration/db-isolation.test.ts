import { beforeEach, describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { resetDatabase } from "../support/database";

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function userData(email: string) {
  return { email, name: "Isolation", role: "PROFESSIONAL" as const };
}

// One SQLite connection serves every request: work from other requests must never run
// inside someone else's open transaction.
describe("transactions and concurrent requests", () => {
  beforeEach(resetDatabase);

  it("a rolled-back transaction does not take a concurrent request's write with it", async () => {
    const failing = db.$transaction(async (tx) => {
      await tx.user.create({ data: userData("inside@example.jp") });
      await pause(50);
      throw new Error("abort");
    });
    await pause(10);
    await db.user.create({ data: userData("outside@example.jp") });
    await expect(failing).rejects.toThrow("abort");
    const emails = (await db.user.findMany({ select: { email: true } })).map((u) => u.email);
    expect(emails).toEqual(["outside@example.jp"]);
  });

  it("a concurrent read never sees rows of a transaction that then rolls back", async () => {
    const failing = db.$transaction(async (tx) => {
      await tx.user.create({ data: userData("doomed@example.jp") });
      await pause(50);
      throw new Error("abort");
    });
    await pause(10);
    const seenDuringTransaction = await db.user.count();
    await expect(failing).rejects.toThrow("abort");
    expect(seenDuringTransaction).toBe(0);
  });
});
