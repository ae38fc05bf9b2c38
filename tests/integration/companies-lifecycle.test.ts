import { beforeEach, describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { createCompany, listCompanyDirectory } from "~/modules/companies/companies.server";
import { parseDirectoryQuery } from "~/modules/companies/schemas";
import { resetDatabase } from "../support/database";
import { companyFields, multipart, post, tinyPng } from "../support/companies";
import { callRoute, sessionCookie } from "../support/routes";
import { createTestCompany } from "../support/market";
import { createTestUser } from "../support/users";

beforeEach(resetDatabase);

const input = {
  name: "信州精密工業株式会社",
  prefectureCode: "20" as const,
  municipality: "諏訪市",
  industryCode: "E" as const,
  employeesBand: "E50_99" as const,
  foundedYear: 1962,
  website: "https://shinshu.example.jp",
  description: "精密部品",
};

describe("creating a company", () => {
  it("makes the creator its OWNER and records it", async () => {
    const user = await createTestUser({ role: "COMPANY_MEMBER" });
    const { id } = await createCompany(user, input, { ipAddress: "203.0.113.9" });
    const company = await db.company.findUniqueOrThrow({
      where: { id },
      include: { memberships: true },
    });
    expect(company).toMatchObject({ name: input.name, prefectureCode: "20", foundedYear: 1962 });
    expect(company.memberships).toEqual([
      expect.objectContaining({ userId: user.id, role: "OWNER" }),
    ]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "company.created" } });
    expect(audit).toMatchObject({ actorId: user.id, targetId: id, ipAddress: "203.0.113.9" });
  });

  it("is refused to anyone but a company-member account", async () => {
    for (const role of ["PROFESSIONAL", "COORDINATOR", "ADMIN"] as const) {
      const user = await createTestUser({ role });
      await expect(createCompany(user, input)).rejects.toThrow();
    }
    expect(await db.company.count()).toBe(0);
  });

  it("through the form: redirects to the new page; invalid input comes back with errors", async () => {
    const user = await createTestUser({ role: "COMPANY_MEMBER" });
    const cookie = await sessionCookie(user.id);
    const { action } = await import("~/routes/company.new");
    const bad = await callRoute(action, {
      path: "/company/new",
      cookie,
      init: post({ ...companyFields, prefectureCode: "99", website: "javascript:alert(1)" }),
    });
    expect(bad.status).toBe(200);
    const reply = (
      bad.data as {
        result: { error: Record<string, string[]>; initialValue: Record<string, string> };
      }
    ).result;
    expect(reply.error.prefectureCode).toEqual(["reference.errors.prefecture"]);
    expect(reply.error.website).toEqual(["reference.errors.url"]);
    // What was typed is kept.
    expect(reply.initialValue.name).toBe(companyFields.name);

    const good = await callRoute(action, {
      path: "/company/new",
      cookie,
      init: post(companyFields),
    });
    const company = await db.company.findFirstOrThrow({ select: { id: true } });
    expect(good.status).toBe(302);
    expect(good.location).toBe(`/companies/${company.id}`);
  });
});

describe("editing a company", () => {
  it("updates the details and uploads, replaces and removes the logo", async () => {
    const { company, ownerId } = await createTestCompany();
    const cookie = await sessionCookie(ownerId);
    const { action } = await import("~/routes/companies.$companyId.edit");
    const path = `/companies/${company.id}/edit`;
    const params = { companyId: company.id };

    const first = await callRoute(action, {
      path,
      params,
      cookie,
      init: multipart({ ...companyFields, name: "新しい社名" }, { field: "logo", bytes: tinyPng }),
    });
    expect(first.status).toBe(302);
    expect(first.location).toBe(`/companies/${company.id}`);
    const afterFirst = await db.company.findUniqueOrThrow({ where: { id: company.id } });
    expect(afterFirst.name).toBe("新しい社名");
    expect(afterFirst.logoId).not.toBeNull();

    // The logo is served publicly with the stored type.
    const { loader: logoLoader } = await import("~/routes/companies.$companyId.logo");
    const served = await callRoute(logoLoader, { path: `${path}/../logo`, params });
    expect(served.status).toBe(200);
    expect(served.response?.headers.get("Content-Type")).toBe("image/png");

    // A new picture replaces the old one, which is deleted.
    await callRoute(action, {
      path,
      params,
      cookie,
      init: multipart(companyFields, { field: "logo", bytes: tinyPng }),
    });
    const afterSecond = await db.company.findUniqueOrThrow({ where: { id: company.id } });
    expect(afterSecond.logoId).not.toBe(afterFirst.logoId);
    expect(await db.image.count()).toBe(1);

    // Saving without a file keeps it; ticking "remove" drops it.
    await callRoute(action, { path, params, cookie, init: multipart(companyFields) });
    expect((await db.company.findUniqueOrThrow({ where: { id: company.id } })).logoId).toBe(
      afterSecond.logoId,
    );
    await callRoute(action, {
      path,
      params,
      cookie,
      init: multipart({ ...companyFields, removeLogo: "on" }),
    });
    expect((await db.company.findUniqueOrThrow({ where: { id: company.id } })).logoId).toBeNull();
    expect(await db.image.count()).toBe(0);
    expect(served.status).toBe(200);
    expect((await callRoute(logoLoader, { path, params })).status).toBe(404);

    const audits = await db.auditLog.findMany({ where: { action: "company.updated" } });
    expect(audits).toHaveLength(4);
  });

  it("refuses a non-image logo and changes nothing", async () => {
    const { company, ownerId } = await createTestCompany();
    const { action } = await import("~/routes/companies.$companyId.edit");
    const result = await callRoute(action, {
      path: `/companies/${company.id}/edit`,
      params: { companyId: company.id },
      cookie: await sessionCookie(ownerId),
      init: multipart(
        { ...companyFields, name: "変更されない" },
        { field: "logo", bytes: new TextEncoder().encode("<svg/>"), type: "image/svg+xml" },
      ),
    });
    expect(result.status).toBe(400);
    expect(result.data).toMatchObject({ logoError: "companies.image.unsupportedType" });
    expect((await db.company.findUniqueOrThrow({ where: { id: company.id } })).name).not.toBe(
      "変更されない",
    );
  });

  it("any member may edit, not only the owner", async () => {
    const { company } = await createTestCompany();
    const member = await createTestUser({ role: "COMPANY_MEMBER" });
    await db.membership.create({ data: { companyId: company.id, userId: member.id } });
    const { action } = await import("~/routes/companies.$companyId.edit");
    const result = await callRoute(action, {
      path: `/companies/${company.id}/edit`,
      params: { companyId: company.id },
      cookie: await sessionCookie(member.id),
      init: multipart({ ...companyFields, name: "メンバーが編集" }),
    });
    expect(result.status).toBe(302);
    expect((await db.company.findUniqueOrThrow({ where: { id: company.id } })).name).toBe(
      "メンバーが編集",
    );
  });
});

describe("the public company page", () => {
  it("shows the company and only its OPEN challenges, without members' data", async () => {
    const { company, ownerId } = await createTestCompany({ name: "公開テスト株式会社" });
    for (const [title, status] of [
      ["募集中の課題", "OPEN"],
      ["下書きの課題", "DRAFT"],
    ] as const) {
      await db.challenge.create({
        data: {
          companyId: company.id,
          createdById: ownerId,
          title,
          summary: "概要",
          background: "現状",
          successCriteria: "成果",
          hoursPerWeek: 8,
          durationMonths: 6,
          compensationType: "MONTHLY",
          municipality: "松本市",
          category: "SALES_CHANNELS",
          prefectureCode: "20",
          workStyle: "REMOTE",
          engagementTypes: "SIDE_JOB",
          status,
          publishedAt: status === "OPEN" ? new Date() : null,
        },
      });
    }
    const { loader } = await import("~/routes/companies.$companyId._index");
    const result = await callRoute(loader, {
      path: `/companies/${company.id}`,
      params: { companyId: company.id },
    });
    expect(result.status).toBe(200);
    const data = result.data as {
      company: Record<string, unknown>;
      isMember: boolean;
      challenges: { items: Array<{ title: string }>; total: number };
    };
    expect(data.company.name).toBe("公開テスト株式会社");
    expect(data.isMember).toBe(false);
    expect(data.challenges.items.map((item) => item.title)).toEqual(["募集中の課題"]);
    expect(JSON.stringify(data)).not.toMatch(/@company\.example\.jp|passwordHash|memberships/);

    const missing = await callRoute(loader, {
      path: "/companies/nope",
      params: { companyId: "nope" },
    });
    expect(missing.status).toBe(404);
  });
});

describe("the directory", () => {
  it("filters by name, prefecture and industry, and pages by 20", async () => {
    await createTestCompany({ name: "信州りんご農園", prefectureCode: "20" });
    await createTestCompany({ name: "土佐の鰹商店", prefectureCode: "39" });
    for (let index = 0; index < 21; index += 1) {
      await createTestCompany({ name: `長野テスト${String(index).padStart(2, "0")}` });
    }
    const list = (search: string) =>
      listCompanyDirectory(parseDirectoryQuery(new URLSearchParams(search)));

    expect((await list("q=土佐")).items.map((item) => item.name)).toEqual(["土佐の鰹商店"]);
    expect((await list("prefecture=39")).total).toBe(1);
    expect((await list("industry=A")).total).toBe(0);
    const firstPage = await list("prefecture=20");
    expect(firstPage).toMatchObject({ total: 22, page: 1, pageCount: 2 });
    expect(firstPage.items).toHaveLength(20);
    // A page past the end shows the last page.
    expect((await list("prefecture=20&page=9")).page).toBe(2);
    expect(firstPage.items[0]).toMatchObject({ memberCount: 1, openChallengeCount: 0 });
  });
});

describe("/company", () => {
  it("lists the member's companies with their role", async () => {
    const user = await createTestUser({ role: "COMPANY_MEMBER" });
    const { company } = await createTestCompany({ ownerId: user.id, name: "自分の会社" });
    await createTestCompany({ name: "他人の会社" });
    const { loader } = await import("~/routes/company._index");
    const result = await callRoute(loader, {
      path: "/company",
      cookie: await sessionCookie(user.id),
    });
    expect(result.data).toEqual({
      companies: [expect.objectContaining({ id: company.id, name: "自分の会社", role: "OWNER" })],
    });
  });
});
