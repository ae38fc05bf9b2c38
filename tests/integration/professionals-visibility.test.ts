import { beforeEach, describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { profileVisibilities } from "~/modules/professionals/visibility";
import {
  listProfilesForViewer,
  profileForViewer,
  viewerOf,
} from "~/modules/professionals/views.server";
import { reindexAll } from "~/modules/search/reindex.server";
import { resetDatabase } from "../support/database";
import { createTestCompany, createTestSkills } from "../support/market";
import { createTestProfile, signedInUser } from "../support/professionals";
import { callRoute, sessionCookie } from "../support/routes";
import { createTestUser } from "../support/users";

/** What others see of a profile, asserted on the data the loaders return. */

beforeEach(async () => {
  await resetDatabase();
});

async function companyMember(name: string) {
  const user = await createTestUser({ role: "COMPANY_MEMBER" });
  const { company } = await createTestCompany({ name, ownerId: user.id });
  return { user, company, cookie: await sessionCookie(user.id) };
}

/** /pros searches the index: rows written straight to the database are indexed first. */
async function listIds(cookie: string, query = "") {
  await reindexAll();
  const { loader } = await import("~/routes/pros._index");
  const result = await callRoute(loader, { path: `/pros${query}`, cookie });
  expect(result.status).toBe(200);
  return (result.data as { items: Array<{ id: string }> }).items.map((row) => row.id);
}

async function detail(cookie: string | undefined, profileId: string) {
  const { loader } = await import("~/routes/pros.$profileId._index");
  return callRoute(loader, { path: `/pros/${profileId}`, cookie, params: { profileId } });
}

describe("the list and the detail page agree", () => {
  it("for every viewer, the list holds exactly the profiles whose page they can open", async () => {
    const employer = await companyMember("勤務先株式会社");
    const other = await companyMember("別会社株式会社");
    const profiles: string[] = [];
    const hidden = new Set<string>();
    for (const visibility of profileVisibilities) {
      for (const blocked of [false, true]) {
        const { profile } = await createTestProfile({
          visibility,
          blockedCompanyIds: blocked ? [employer.company.id] : [],
        });
        profiles.push(profile.id);
        if (visibility === "HIDDEN") hidden.add(profile.id);
      }
    }
    const viewers = [
      employer.cookie,
      other.cookie,
      (await signedInUser("COORDINATOR")).cookie,
      (await signedInUser("ADMIN")).cookie,
    ];
    for (const cookie of viewers) {
      const listed = new Set(await listIds(cookie));
      for (const profileId of profiles) {
        const opened = (await detail(cookie, profileId)).status === 200;
        // Search never holds a HIDDEN profile, even for an admin who may open it.
        const findable = opened && !hidden.has(profileId);
        expect([profileId, listed.has(profileId)]).toEqual([profileId, findable]);
      }
    }
    // And the numbers are what the rules say: 3 visible × 2 (blocked or not) for an
    // unrelated company, 3 for the blocked employer, all but the 2 hidden for an admin.
    expect(await listIds(other.cookie)).toHaveLength(6);
    expect(await listIds(employer.cookie)).toHaveLength(3);
    expect(await listIds(viewers[3]!)).toHaveLength(6);
  });

  it("the module functions agree too (the same rules for later search documents)", async () => {
    const employer = await companyMember("勤務先株式会社");
    const { profile } = await createTestProfile({
      visibility: "PUBLIC",
      blockedCompanyIds: [employer.company.id],
    });
    const viewer = await viewerOf(employer.user);
    expect(viewer?.companyIds).toEqual([employer.company.id]);
    expect(await profileForViewer(viewer, profile.id, "ja")).toBeNull();
    const list = await listProfilesForViewer(viewer, {}, "ja");
    expect(list.rows).toEqual([]);
    expect(list.total).toBe(0);
  });
});

describe("a blocked company", () => {
  it("gets 404 on the page and the photo, and no row in the list, even for a PUBLIC profile", async () => {
    const employer = await companyMember("信州精密工業株式会社");
    const { profile } = await createTestProfile({
      visibility: "PUBLIC",
      blockedCompanyIds: [employer.company.id],
      withPhoto: true,
    });
    expect((await detail(employer.cookie, profile.id)).status).toBe(404);
    const { loader: photo } = await import("~/routes/pros.$profileId.photo");
    const params = { profileId: profile.id };
    expect(
      (
        await callRoute(photo, {
          path: `/pros/${profile.id}/photo`,
          cookie: employer.cookie,
          params,
        })
      ).status,
    ).toBe(404);
    expect(await listIds(employer.cookie)).toEqual([]);
    // A member of several companies is blocked by any one of them.
    const second = await createTestCompany({ name: "別会社", ownerId: employer.user.id });
    expect(second.company.id).toBeTruthy();
    expect((await detail(employer.cookie, profile.id)).status).toBe(404);
    // Everyone else, signed in or not, still sees the public profile.
    expect((await detail(undefined, profile.id)).status).toBe(200);
    const other = await companyMember("土佐ゆず食品株式会社");
    expect(await listIds(other.cookie)).toEqual([profile.id]);
  });
});

describe("the anonymous view", () => {
  const secrets = {
    name: "匿名 希望子",
    employer: "株式会社ひみつ商事",
    link: "https://secret.example.jp/me",
    bio: "長野県出身。東京で製造業向けの DX を推進しています。",
    organisation: "ひみつ製作所",
    careerDescription: "社内の基幹システムを刷新",
    issuer: "ひみつ社内認定",
    municipality: "ひみつ村",
    tieNote: "祖母の家",
  };

  async function anonymousProfile() {
    await createTestSkills([
      { ja: "マーケティング", en: "Marketing" },
      { ja: "Python", en: "Python" },
    ]);
    const skills = await db.skill.findMany({ orderBy: { nameEn: "asc" } });
    const { profile, user } = await createTestProfile({
      name: secrets.name,
      visibility: "ANONYMOUS",
      currentEmployer: secrets.employer,
      currentIndustryCode: "G",
      links: [{ label: "Blog", url: secrets.link }],
      withPhoto: true,
    });
    await db.professionalProfile.update({
      where: { id: profile.id },
      data: {
        engagementTypes: "SIDE_JOB",
        certificates: JSON.stringify([
          { name: "中小企業診断士", issuer: secrets.issuer, year: 2019 },
        ]),
        skills: {
          create: [
            { skillId: skills[0]!.id, years: 12, level: "EXPERT" },
            { skillId: skills[1]!.id, years: 3, level: "ADVANCED" },
          ],
        },
        careers: {
          create: {
            organisation: secrets.organisation,
            title: "マーケティング部長",
            industryCode: "G",
            startYear: 2012,
            description: secrets.careerDescription,
          },
        },
        regions: { create: { prefectureCode: "39" } },
        ties: {
          create: {
            prefectureCode: "20",
            kind: "BIRTHPLACE",
            municipality: secrets.municipality,
            note: secrets.tieNote,
          },
        },
      },
    });
    return { profile, user };
  }

  function expectNoSecrets(data: unknown) {
    const text = JSON.stringify(data);
    for (const secret of Object.values(secrets)) expect(text).not.toContain(secret);
  }

  it("the page's data has the summary and the safe fields, none of the identifying ones", async () => {
    const { profile } = await anonymousProfile();
    const viewer = await companyMember("土佐ゆず食品株式会社");
    const result = await detail(viewer.cookie, profile.id);
    expect(result.status).toBe(200);
    const shown = (result.data as { profile: Record<string, unknown> }).profile;
    expect(shown).toMatchObject({
      view: "anonymous",
      summary: "IT企業勤務・マーケティング12年",
      headline: "製造業のDX推進",
      skills: [
        { name: "マーケティング", years: 12, level: "EXPERT" },
        { name: "Python", years: 3, level: "ADVANCED" },
      ],
      careers: [{ title: "マーケティング部長", industryCode: "G", startYear: 2012, endYear: null }],
      regions: ["39"],
      ties: [{ prefectureCode: "20", kind: "BIRTHPLACE" }],
      certificates: [{ name: "中小企業診断士", year: 2019 }],
      engagementTypes: ["SIDE_JOB"],
    });
    for (const key of [
      "name",
      "bio",
      "currentEmployer",
      "links",
      "hasPhoto",
      "photoId",
      "userId",
    ]) {
      expect(shown).not.toHaveProperty(key);
    }
    expectNoSecrets(result.data);
  });

  it("the list row has the summary instead of a name; the photo is not served", async () => {
    const { profile } = await anonymousProfile();
    const viewer = await companyMember("土佐ゆず食品株式会社");
    await reindexAll();
    const { loader } = await import("~/routes/pros._index");
    const list = await callRoute(loader, { path: "/pros", cookie: viewer.cookie });
    const rows = (list.data as { items: Array<Record<string, unknown>> }).items;
    expect(rows).toEqual([
      expect.objectContaining({
        id: profile.id,
        view: "anonymous",
        name: null,
        summary: "IT企業勤務・マーケティング12年",
      }),
    ]);
    expectNoSecrets(list.data);
    const { loader: photo } = await import("~/routes/pros.$profileId.photo");
    const params = { profileId: profile.id };
    expect(
      (await callRoute(photo, { path: `/pros/${profile.id}/photo`, cookie: viewer.cookie, params }))
        .status,
    ).toBe(404);
  });

  it("the summary follows the viewer's language", async () => {
    const { profile } = await anonymousProfile();
    const coordinator = await createTestUser({ role: "COORDINATOR", locale: "en" });
    const result = await detail(await sessionCookie(coordinator.id), profile.id);
    expect((result.data as { profile: { summary: string } }).profile.summary).toBe(
      "Works at an IT company · Marketing, 12 years",
    );
  });

  it("the owner's preview is the same anonymous data", async () => {
    const { user } = await anonymousProfile();
    const { loader } = await import("~/routes/profile.preview");
    const result = await callRoute(loader, {
      path: "/profile/preview",
      cookie: await sessionCookie(user.id),
    });
    expect(result.data).toMatchObject({
      visibility: "ANONYMOUS",
      profile: { view: "anonymous", summary: "IT企業勤務・マーケティング12年" },
    });
    expectNoSecrets(result.data);
  });

  it("full viewers (the owner, an admin) see everything, and the photo", async () => {
    const { profile, user } = await anonymousProfile();
    const admin = (await signedInUser("ADMIN")).cookie;
    for (const cookie of [admin, await sessionCookie(user.id)]) {
      const result = await detail(cookie, profile.id);
      expect((result.data as { profile: Record<string, unknown> }).profile).toMatchObject({
        view: "full",
        name: secrets.name,
        currentEmployer: secrets.employer,
        links: [{ label: "Blog", url: secrets.link }],
        hasPhoto: true,
      });
    }
    const { loader: photo } = await import("~/routes/pros.$profileId.photo");
    const served = await callRoute(photo, {
      path: `/pros/${profile.id}/photo`,
      cookie: admin,
      params: { profileId: profile.id },
    });
    expect(served.status).toBe(200);
    expect(served.response!.headers.get("Content-Type")).toBe("image/png");
    expect(served.response!.headers.get("X-Content-Type-Options")).toBe("nosniff");
  });
});

describe("/pros filters and pages", () => {
  it("filters by prefecture (interest or tie), skill and engagement type", async () => {
    await createTestSkills([{ ja: "Python", en: "Python", aliases: ["パイソン"] }]);
    const python = await db.skill.findFirstOrThrow();
    const viewer = (await signedInUser("COORDINATOR")).cookie;
    const interested = await createTestProfile();
    await db.profileRegion.create({
      data: { profileId: interested.profile.id, prefectureCode: "20" },
    });
    const tied = await createTestProfile();
    await db.hometownTie.create({
      data: { profileId: tied.profile.id, prefectureCode: "20", kind: "FAMILY" },
    });
    await db.professionalProfile.update({
      where: { id: tied.profile.id },
      data: {
        engagementTypes: "SIDE_JOB,CONTRACT",
        skills: { create: { skillId: python.id, years: 2, level: "BASIC" } },
      },
    });
    const elsewhere = await createTestProfile();

    expect(new Set(await listIds(viewer, "?prefecture=20"))).toEqual(
      new Set([interested.profile.id, tied.profile.id]),
    );
    expect(await listIds(viewer, "?skill=パイソン")).toEqual([tied.profile.id]);
    expect(await listIds(viewer, "?engagement=CONTRACT")).toEqual([tied.profile.id]);
    expect(await listIds(viewer, "?engagement=PRO_BONO")).toEqual([]);
    expect((await listIds(viewer, "?prefecture=bogus&engagement=bogus")).length).toBe(3);
    expect(elsewhere.profile.id).toBeTruthy();

    const { loader } = await import("~/routes/pros._index");
    // The old skill filter is a keyword now: nothing matches COBOL.
    const unknown = await callRoute(loader, { path: "/pros?skill=COBOL", cookie: viewer });
    expect(unknown.data).toMatchObject({ items: [], total: 0 });
  });

  it("pages of 20, newest first", async () => {
    const viewer = (await signedInUser("COORDINATOR")).cookie;
    for (let index = 0; index < 22; index += 1) await createTestProfile();
    await reindexAll();
    const { loader } = await import("~/routes/pros._index");
    const first = await callRoute(loader, { path: "/pros", cookie: viewer });
    expect(first.data).toMatchObject({ total: 22, page: 1, pageCount: 2 });
    expect((first.data as { items: unknown[] }).items).toHaveLength(20);
    const second = await callRoute(loader, { path: "/pros?page=2", cookie: viewer });
    expect((second.data as { items: unknown[] }).items).toHaveLength(2);
    const all = [
      ...(first.data as { items: Array<{ id: string }> }).items,
      ...(second.data as { items: Array<{ id: string }> }).items,
    ];
    expect(new Set(all.map((row) => row.id)).size).toBe(22);
  });
});
