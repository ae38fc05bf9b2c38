import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { errorLine, errorsAsCsv, errorsAsText, parseErrors } from "~/modules/imports/jobs.server";
import { markInterrupted, startImport, waitForImport } from "~/modules/imports/run.server";
import { resetDatabase } from "../support/database";
import {
  challengeCells,
  challengeHeader,
  companyCells,
  companyHeader,
  csvBytes,
  preview,
  professionalCells,
  professionalHeader,
  runToEnd,
} from "../support/imports";
import { createTestCompany, createTestSkills } from "../support/market";
import { createTestUser } from "../support/users";

const fixtures = resolve(import.meta.dirname, "../fixtures/imports");

let coordinator: { id: string; role: "COORDINATOR" };

beforeEach(async () => {
  await resetDatabase();
  const user = await createTestUser({ role: "COORDINATOR" });
  coordinator = { id: user.id, role: "COORDINATOR" };
  await createTestSkills([
    { ja: "Python", en: "Python" },
    { ja: "SQL", en: "SQL" },
  ]);
});

async function job(jobId: string) {
  const row = await db.importJob.findUniqueOrThrow({ where: { id: jobId } });
  return { ...row, errors: parseErrors(row.errors) };
}

function lines(errors: ReturnType<typeof parseErrors>) {
  return errors.map((error) => errorLine("en", error));
}

describe("the must-show: 1,000 rows with 3 bad ones", () => {
  // Data rows are spreadsheet rows 2…1001; the bad ones sit at known positions.
  function companiesFile() {
    const rows = Array.from({ length: 1000 }, (_, index) => companyCells(index + 1));
    rows[9]![1] = "アトランティス"; // spreadsheet row 11: unknown prefecture
    rows[499]![4] = "たくさん"; // row 501: unknown employees band
    rows[998]![0] = rows[0]![0]!; // row 1000: repeats row 2's name
    return csvBytes([companyHeader, ...rows]);
  }

  it("companies: the dry run reports exactly those 3; partial import writes 997, all-or-nothing 0", async () => {
    const started = Date.now();
    const first = await preview(coordinator, "COMPANIES", companiesFile(), "companies.csv");
    const previewed = await job(first.id);
    expect(previewed).toMatchObject({ status: "PREVIEWED", totalRows: 1000, validRows: 997 });
    expect(lines(previewed.errors)).toEqual([
      'row 11: prefecture: Unknown prefecture "アトランティス"',
      'row 501: employees_band: "たくさん" is not accepted (accepted: E1_9, E10_49, E50_99, E100_299, E300_999, E1000_PLUS)',
      "row 1000: name: Repeats an earlier row (row 2)",
    ]);
    expect(await db.company.count()).toBe(0); // a dry run writes nothing

    // All-or-nothing with errors: nothing is written, and the job says so.
    expect(await runToEnd(first.id, coordinator.id, "all")).toEqual({ ok: true });
    expect(await job(first.id)).toMatchObject({ status: "DONE", imported: 0, allOrNothing: true });
    expect(await db.company.count()).toBe(0);

    // The same file, importing the good rows.
    const second = await preview(coordinator, "COMPANIES", companiesFile(), "companies.csv");
    expect(await runToEnd(second.id, coordinator.id, "valid")).toEqual({ ok: true });
    expect(await job(second.id)).toMatchObject({
      status: "DONE",
      processed: 997,
      imported: 997,
      allOrNothing: false,
    });
    expect(await db.company.count()).toBe(997);
    expect(await db.company.count({ where: { prefectureCode: "20", industryCode: "E" } })).toBe(
      997,
    );
    expect(await db.company.findFirst({ where: { name: "株式会社テスト10" } })).toBeNull();
    expect(await db.company.count({ where: { name: "株式会社テスト1" } })).toBe(1);
    expect(Date.now() - started, "two dry runs and an import of 1,000 rows").toBeLessThan(15_000);

    const audit = await db.auditLog.findMany({
      where: { targetId: second.id },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((row) => row.action)).toEqual([
      "import.preview",
      "import.run",
      "import.finished",
    ]);
    expect(JSON.parse(audit[2]!.metadata)).toMatchObject({
      kind: "COMPANIES",
      mode: "valid",
      total: 1000,
      valid: 997,
      imported: 997,
    });
  });

  it("professionals: 3 bad rows reported; 997 accounts and profiles written, or none", async () => {
    await createTestUser({ email: "pro700@import.example.jp" }); // already registered
    const rows = Array.from({ length: 1000 }, (_, index) => professionalCells(index + 1));
    rows[0]![0] = "not-an-email"; // row 2
    rows[699]![0] = "pro700@import.example.jp"; // row 701 (exists)
    rows[899]![2] = "Python:5|COBOL:20"; // row 901 (unknown skill)
    const file = csvBytes([professionalHeader, ...rows]);

    const allOrNothing = await preview(coordinator, "PROFESSIONALS", file);
    expect(lines((await job(allOrNothing.id)).errors)).toEqual([
      "row 2: email: Enter a valid email address",
      "row 701: email: Already registered",
      "row 901: skills: Not in the skills list: COBOL",
    ]);
    await runToEnd(allOrNothing.id, coordinator.id, "all");
    expect(await db.professionalProfile.count()).toBe(0);

    const partial = await preview(coordinator, "PROFESSIONALS", file);
    await runToEnd(partial.id, coordinator.id, "valid");
    expect(await job(partial.id)).toMatchObject({ status: "DONE", imported: 997 });
    expect(await db.professionalProfile.count()).toBe(997);
    const imported = await db.user.findUniqueOrThrow({
      where: { email: "pro3@import.example.jp" },
      select: {
        role: true,
        passwordHash: true,
        emailVerifiedAt: true,
        profile: {
          select: {
            visibility: true,
            engagementTypes: true,
            workStyles: true,
            skills: { select: { years: true, level: true, skill: { select: { nameEn: true } } } },
            regions: { select: { prefectureCode: true } },
            ties: { select: { prefectureCode: true, kind: true } },
          },
        },
      },
    });
    expect(imported).toMatchObject({
      role: "PROFESSIONAL",
      passwordHash: null,
      emailVerifiedAt: null,
      profile: {
        visibility: "ANONYMOUS",
        engagementTypes: "SIDE_JOB",
        workStyles: "REMOTE,HYBRID",
        regions: [{ prefectureCode: "20" }, { prefectureCode: "39" }],
        ties: [{ prefectureCode: "20", kind: "BIRTHPLACE" }],
      },
    });
    expect(imported.profile!.skills).toHaveLength(2);
    // The existing account was not touched.
    expect(await db.user.count({ where: { email: "pro700@import.example.jp" } })).toBe(1);
  });

  it("challenges referencing companies: 3 bad rows; 997 written with their history, or none", async () => {
    const { company } = await createTestCompany({ name: "信州精密工業株式会社" });
    const rows = Array.from({ length: 1000 }, (_, index) =>
      challengeCells(company.name, index + 1, index % 2 ? "OPEN" : "DRAFT"),
    );
    rows[4]![0] = "存在しない株式会社"; // row 6
    rows[249]![6] = "Python|量子計算"; // row 251
    rows[999]![5] = "宇宙開発"; // row 1001
    const file = csvBytes([challengeHeader, ...rows]);

    const first = await preview(coordinator, "CHALLENGES", file);
    expect(lines((await job(first.id)).errors)).toEqual([
      "row 6: company_name: not found",
      "row 251: required_skills: Not in the skills list: 量子計算",
      'row 1001: category: "宇宙開発" is not accepted (accepted: SALES_CHANNELS, SALES_MARKETING, PRODUCTIVITY, DX_IT, NEW_BUSINESS, OVERSEAS, PEOPLE_ORGANISATION, FINANCE, SUCCESSION, BRANDING, OTHER)',
    ]);
    await runToEnd(first.id, coordinator.id, "all");
    expect(await db.challenge.count()).toBe(0);

    const second = await preview(coordinator, "CHALLENGES", file);
    await runToEnd(second.id, coordinator.id, "valid");
    expect(await db.challenge.count({ where: { companyId: company.id } })).toBe(997);
    expect(await db.challengeStatusChange.count({ where: { actorId: coordinator.id } })).toBe(997);
    const open = await db.challenge.findFirstOrThrow({
      where: { title: "課題 2" },
      select: {
        status: true,
        publishedAt: true,
        prefectureCode: true,
        municipality: true,
        engagementTypes: true,
        createdById: true,
        skills: { select: { required: true, skill: { select: { nameEn: true } } } },
        statusChanges: { select: { fromStatus: true, toStatus: true, actorId: true } },
      },
    });
    expect(open).toMatchObject({
      status: "OPEN",
      prefectureCode: "20",
      municipality: "松本市", // the company's, as the row left it empty
      engagementTypes: "SIDE_JOB",
      createdById: coordinator.id,
      statusChanges: [{ fromStatus: null, toStatus: "OPEN", actorId: coordinator.id }],
    });
    expect(open.publishedAt).not.toBeNull();
    expect(open.skills.map((link) => [link.skill.nameEn, link.required]).sort()).toEqual([
      ["Python", true],
      ["SQL", false],
    ]);
  });
});

describe("files as people save them", () => {
  it("imports a Shift_JIS CSV from Excel with Japanese headers and text intact", async () => {
    const bytes = readFileSync(resolve(fixtures, "companies-shift_jis.csv"));
    const { id } = await preview(coordinator, "COMPANIES", bytes, "会社一覧.csv");
    expect(await job(id)).toMatchObject({ totalRows: 2, validRows: 2, errors: [] });
    await runToEnd(id, coordinator.id, "all");
    const companies = await db.company.findMany({
      orderBy: { name: "asc" },
      select: {
        name: true,
        prefectureCode: true,
        municipality: true,
        employeesBand: true,
        foundedYear: true,
        description: true,
      },
    });
    expect(companies).toEqual([
      {
        name: "土佐ゆずラボ㈱",
        prefectureCode: "39",
        municipality: "香美市",
        employeesBand: "E1_9",
        foundedYear: null,
        description: "ゆず加工品の開発",
      },
      {
        name: "株式会社髙橋醸造①",
        prefectureCode: "20",
        municipality: "諏訪市",
        employeesBand: "E10_49",
        foundedYear: 1952,
        description: "味噌と醤油の醸造元。\n「信州味噌」を全国へ。",
      },
    ]);
    expect((await job(id)).fileName).toBe("会社一覧.csv");
  });

  it("imports JSON, numbering rows by position in the array", async () => {
    const owner = await createTestUser({ role: "COMPANY_MEMBER", email: "owner@json.example.jp" });
    const bytes = new TextEncoder().encode(
      JSON.stringify([
        {
          name: "JSON商事",
          prefecture: "13",
          municipality: "千代田区",
          industry: "I",
          employees_band: "E100_299",
          founded_year: 2001,
          owner_email: "OWNER@json.example.jp",
        },
        { name: "", prefecture: "東京", municipality: "港区", industry: "G", employees_band: 5 },
        {
          name: "JSON物産",
          prefecture: 47,
          municipality: "那覇市",
          industry: "卸売業、小売業",
          employees_band: "1-9",
          owner_email: "nobody@json.example.jp",
        },
      ]),
    );
    const { id } = await preview(coordinator, "COMPANIES", bytes, "companies.json");
    expect(lines((await job(id)).errors)).toEqual([
      "row 2: name: Required",
      "row 3: owner_email: No user has this email address",
    ]);
    await runToEnd(id, coordinator.id, "valid");
    const company = await db.company.findFirstOrThrow({
      where: { name: "JSON商事" },
      select: { foundedYear: true, memberships: { select: { userId: true, role: true } } },
    });
    expect(company).toEqual({
      foundedYear: 2001,
      memberships: [{ userId: owner.id, role: "OWNER" }],
    });
    expect(await db.company.count()).toBe(1);
  });

  it("reports header problems once, on row 1, and writes nothing", async () => {
    const { id } = await preview(
      coordinator,
      "COMPANIES",
      csvBytes([
        ["name", "prefecture", "colour"],
        ["A", "長野", "red"],
      ]),
    );
    expect(lines((await job(id)).errors)).toEqual([
      "row 1: colour: Unknown column",
      "row 1: municipality: Required column missing",
      "row 1: industry: Required column missing",
      "row 1: employees_band: Required column missing",
    ]);
    expect(await job(id)).toMatchObject({ totalRows: 0, validRows: 0 });
    expect(await runToEnd(id, coordinator.id, "valid")).toEqual({ ok: true });
    expect(await job(id)).toMatchObject({ status: "DONE", imported: 0 });
  });
});

describe("running a job", () => {
  it("runs once: a DONE job is refused", async () => {
    const { id } = await preview(
      coordinator,
      "COMPANIES",
      csvBytes([companyHeader, companyCells(1)]),
    );
    expect(await runToEnd(id, coordinator.id, "valid")).toEqual({ ok: true });
    expect(await runToEnd(id, coordinator.id, "valid")).toEqual({
      ok: false,
      reason: "notRunnable",
    });
    expect(await runToEnd(id, coordinator.id, "all")).toEqual({ ok: false, reason: "notRunnable" });
    expect(await db.company.count()).toBe(1);
    // Once under way, the job keeps no copy of the rows (personal data, and bulk).
    expect((await job(id)).rows).toBe("[]");
  });

  it("skips rows that changed after the preview, or fails all-or-nothing without writing", async () => {
    const file = csvBytes([companyHeader, companyCells(1), companyCells(2), companyCells(3)]);
    const partial = await preview(coordinator, "COMPANIES", file);
    const whole = await preview(coordinator, "COMPANIES", file);
    await createTestCompany({ name: "株式会社テスト2" }); // taken since the preview

    await runToEnd(whole.id, coordinator.id, "all");
    expect(await job(whole.id)).toMatchObject({
      status: "FAILED",
      failure: "imports.failure.changed",
      imported: 0,
    });
    expect(await db.company.count()).toBe(1);

    await runToEnd(partial.id, coordinator.id, "valid");
    const done = await job(partial.id);
    expect(done).toMatchObject({ status: "DONE", imported: 2 });
    expect(lines(done.errors)).toEqual(["row 3: name: Already registered"]);
    expect(await db.company.count()).toBe(3);
  });

  it("shows progress: processed grows batch by batch", async () => {
    const rows = Array.from({ length: 250 }, (_, index) => companyCells(index + 1));
    const { id } = await preview(coordinator, "COMPANIES", csvBytes([companyHeader, ...rows]));
    await startImport(id, coordinator.id, "valid");
    expect((await job(id)).status).toBe("RUNNING");
    const seen = new Set<number>();
    while ((await job(id)).status === "RUNNING") {
      seen.add((await job(id)).processed);
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    await waitForImport(id);
    expect(await job(id)).toMatchObject({ status: "DONE", processed: 250, imported: 250 });
    expect([...seen].every((value) => [0, 100, 200, 250].includes(value))).toBe(true);
  });

  it("a job left RUNNING by a stopped process is marked FAILED when looked at", async () => {
    const { id } = await preview(
      coordinator,
      "COMPANIES",
      csvBytes([companyHeader, companyCells(1)]),
    );
    await db.importJob.update({ where: { id }, data: { status: "RUNNING" } });
    expect(await markInterrupted(id)).toBe(true);
    expect(await job(id)).toMatchObject({
      status: "FAILED",
      failure: "imports.failure.interrupted",
    });
  });
});

describe("error downloads", () => {
  it("write `row N: field: message` lines and a CSV in the reader's language", () => {
    const errors = [
      { row: 0, field: "", message: "imports.errors.invalidJson" },
      { row: 12, field: "email", message: "imports.errors.exists" },
      { row: 13, field: "name", message: "=cmd|' /C calc'!A0" },
    ];
    expect(errorsAsText("en", errors)).toBe(
      "file: Not valid JSON\r\nrow 12: email: Already registered\r\nrow 13: name: =cmd|' /C calc'!A0\r\n",
    );
    expect(errorsAsText("ja", errors.slice(1, 2))).toBe(
      "12行目: email: すでに登録されています\r\n",
    );
    expect(errorsAsCsv("en", errors)).toBe(
      "\ufeffrow,field,message\r\n0,,Not valid JSON\r\n12,email,Already registered\r\n13,name,'=cmd|' /C calc'!A0\r\n",
    );
  });
});
