import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { createSession } from "~/modules/auth/session.server";
import { waitForImport } from "~/modules/imports/run.server";
import { createStandaloneContext } from "~/lib/context";
import { callRoute, type RouteHandler, statusLine } from "../support/routes";
import { resetDatabase } from "../support/database";
import { companyCells, companyHeader, csvBytes, preview } from "../support/imports";
import { createTestCompany } from "../support/market";
import { createTestUser } from "../support/users";

/**
 * Every loader and action of /import, called as each kind of visitor. Jobs belong to
 * their creator (and admins): another coordinator gets 404, as if they did not exist.
 */
type Visitor =
  | "anonymous"
  | "professional"
  | "memberA"
  | "memberB"
  | "coordinator"
  | "otherCoordinator"
  | "admin";
const visitors: Visitor[] = [
  "anonymous",
  "professional",
  "memberA",
  "memberB",
  "coordinator",
  "otherCoordinator",
  "admin",
];
const cookies = new Map<Visitor, string>();
let jobId = "";

beforeAll(async () => {
  await resetDatabase();
  const users = {
    professional: await createTestUser({ role: "PROFESSIONAL" }),
    memberA: await createTestUser({ role: "COMPANY_MEMBER" }),
    memberB: await createTestUser({ role: "COMPANY_MEMBER" }),
    coordinator: await createTestUser({ role: "COORDINATOR" }),
    otherCoordinator: await createTestUser({ role: "COORDINATOR" }),
    admin: await createTestUser({ role: "ADMIN" }),
  };
  await createTestCompany({ ownerId: users.memberA.id });
  await createTestCompany({ ownerId: users.memberB.id });
  for (const [visitor, user] of Object.entries(users)) {
    const { token } = await createSession(user.id);
    cookies.set(visitor as Visitor, `enishi_session=${token}`);
  }
  const job = await preview(
    { id: users.coordinator.id, role: "COORDINATOR" },
    "COMPANIES",
    csvBytes([companyHeader, companyCells(1), ["", "長野", "", "", ""]]),
  );
  jobId = job.id;
});

async function outcome(
  handler: RouteHandler,
  visitor: Visitor,
  path: string,
  params: Record<string, string> = {},
  init?: RequestInit,
) {
  return statusLine(
    await callRoute(handler, {
      path,
      params,
      cookie: cookies.get(visitor),
      init,
    }),
  );
}

async function matrix(run: (visitor: Visitor) => Promise<string>) {
  return Object.fromEntries(
    await Promise.all(visitors.map(async (visitor) => [visitor, await run(visitor)])),
  );
}

const staffOnly = {
  anonymous: "302 /login",
  professional: "403",
  memberA: "403",
  memberB: "403",
  coordinator: "200",
  otherCoordinator: "200",
  admin: "200",
};
const creatorAndAdmins = { ...staffOnly, otherCoordinator: "404" };

describe("loaders", () => {
  it("/import", async () => {
    const { loader } = await import("~/routes/import._index");
    expect(await matrix((visitor) => outcome(loader, visitor, "/import"))).toEqual(staffOnly);
  });

  it("/import/:jobId", async () => {
    const { loader } = await import("~/routes/import.$jobId");
    expect(
      await matrix((visitor) => outcome(loader, visitor, `/import/${jobId}`, { jobId })),
    ).toEqual(creatorAndAdmins);
    expect(await outcome(loader, "admin", "/import/missing", { jobId: "missing" })).toBe("404");
  });

  it("/import/:jobId/errors.csv and errors.txt", async () => {
    for (const route of [
      await import("~/routes/import.$jobId_.errors[.]csv"),
      await import("~/routes/import.$jobId_.errors[.]txt"),
    ]) {
      expect(
        await matrix((visitor) =>
          outcome(route.loader, visitor, `/import/${jobId}/errors`, { jobId }),
        ),
      ).toEqual(creatorAndAdmins);
    }
  });

  it("/import/template/:file", async () => {
    const { loader } = await import("~/routes/import.template.$file");
    const file = "companies.csv";
    expect(
      await matrix((visitor) => outcome(loader, visitor, `/import/template/${file}`, { file })),
    ).toEqual(staffOnly);
    for (const file of ["companies.xlsx", "users.csv", "..%2Fetc.csv"]) {
      expect(await outcome(loader, "coordinator", "/import/template/x", { file })).toBe("404");
    }
  });

  it("the job page returns only what the view needs", async () => {
    const { loader } = await import("~/routes/import.$jobId");
    const request = new Request(`http://localhost:3000/import/${jobId}`, {
      headers: { Cookie: cookies.get("coordinator")! },
    });
    const result = (await loader({
      request,
      context: createStandaloneContext(),
      params: { jobId },
    })) as Record<string, unknown>;
    expect(Object.keys(result).sort()).toEqual(["errorCount", "errors", "invalidRows", "job"]);
    expect(Object.keys(result.job as object)).not.toContain("rows");
    expect(Object.keys(result.job as object)).not.toContain("createdById");
  });
});

describe("actions refuse visitors before reading their input", () => {
  const empty = () => ({ method: "POST", body: new URLSearchParams() });

  it("POST /import (not multipart: 400 for staff)", async () => {
    const { action } = await import("~/routes/import._index");
    expect(await matrix((visitor) => outcome(action, visitor, "/import", {}, empty()))).toEqual({
      ...staffOnly,
      coordinator: "400",
      otherCoordinator: "400",
      admin: "400",
    });
  });

  it("POST /import/:jobId (another coordinator's job: 404, and it stays unrun)", async () => {
    const { action } = await import("~/routes/import.$jobId");
    const run = () => ({ method: "POST", body: new URLSearchParams({ intent: "valid" }) });
    for (const visitor of [
      "anonymous",
      "professional",
      "memberA",
      "memberB",
      "otherCoordinator",
    ] as const) {
      expect([
        visitor,
        await outcome(action, visitor, `/import/${jobId}`, { jobId }, run()),
      ]).toEqual([visitor, creatorAndAdmins[visitor]]);
    }
    expect(await db.importJob.findUniqueOrThrow({ where: { id: jobId } })).toMatchObject({
      status: "PREVIEWED",
    });
    // Staff with a bad choice: 400, nothing runs.
    expect(await outcome(action, "admin", `/import/${jobId}`, { jobId }, empty())).toBe("400");
    expect(await outcome(action, "coordinator", `/import/${jobId}`, { jobId }, empty())).toBe(
      "400",
    );
    expect(await db.company.count({ where: { name: "株式会社テスト1" } })).toBe(0);
  });
});

describe("the upload action", () => {
  it("previews a multipart upload and redirects to the job; the job runs once", async () => {
    const { action: upload } = await import("~/routes/import._index");
    const { action: run } = await import("~/routes/import.$jobId");
    const form = new FormData();
    form.set("kind", "COMPANIES");
    form.set("file", new File([csvBytes([companyHeader, companyCells(77)])], "one.csv"));
    const result = await outcome(
      upload,
      "coordinator",
      "/import",
      {},
      { method: "POST", body: form },
    );
    expect(result).toMatch(/^302 \/import\/c[a-z0-9]+$/);
    const id = result.split("/").pop()!;
    const body = () => ({ method: "POST", body: new URLSearchParams({ intent: "valid" }) });
    expect(await outcome(run, "coordinator", `/import/${id}`, { jobId: id }, body())).toBe(
      `302 /import/${id}`,
    );
    await waitForImport(id);
    expect(await db.company.count({ where: { name: "株式会社テスト77" } })).toBe(1);
    expect(await outcome(run, "coordinator", `/import/${id}`, { jobId: id }, body())).toBe("409");
    expect(await db.company.count({ where: { name: "株式会社テスト77" } })).toBe(1);
  });

  it("refuses a file over 10 MB while it streams in (413)", async () => {
    const { action } = await import("~/routes/import._index");
    const form = new FormData();
    form.set("kind", "COMPANIES");
    form.set("file", new File([new Uint8Array(10 * 1024 * 1024 + 1).fill(65)], "big.csv"));
    expect(
      await outcome(action, "coordinator", "/import", {}, { method: "POST", body: form }),
    ).toBe("413");
  });

  it("asks for the kind and the file when they are missing", async () => {
    const { action } = await import("~/routes/import._index");
    const form = new FormData();
    form.set("file", new File([], ""));
    const request = new Request("http://localhost:3000/import", {
      method: "POST",
      body: form,
      headers: { Cookie: cookies.get("admin")! },
    });
    const result = (await action({ request, context: createStandaloneContext(), params: {} })) as {
      result: { error: Record<string, string[]> };
    };
    expect(result.result.error).toEqual({
      kind: ["imports.upload.kindRequired"],
      file: ["imports.upload.fileRequired"],
    });
  });
});
