import { beforeEach, describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { challengeSearchSchema } from "~/modules/search/params";
import { searchChallenges } from "~/modules/search/query.server";
import { reindexStatus, startBackgroundReindex } from "~/modules/search/reindex.server";
import { createTestChallenge } from "../support/challenges";
import { resetDatabase } from "../support/database";
import { createTestCompany } from "../support/market";
import { signedInUser } from "../support/professionals";
import { callRoute } from "../support/routes";
import { indexEverything } from "../support/search";

/** /admin/synonyms: admins' groups, checked, audited, and in effect after the reindex. */

let cookie = "";
let adminId = "";

beforeEach(async () => {
  await resetDatabase();
  const { user, cookie: adminCookie } = await signedInUser("ADMIN");
  cookie = `${adminCookie}; enishi_lang=ja`;
  adminId = user.id;
  const { company } = await createTestCompany();
  await createTestChallenge(company.id, { title: "リゾートワークの受け入れ体制づくり" });
  await createTestChallenge(company.id, { title: "二地域居住の相談窓口" });
  await indexEverything();
});

const found = async (q: string) =>
  (await searchChallenges(challengeSearchSchema.parse({ q }), { locale: "ja" })).items.map(
    (item) => item.title,
  );

/** Waits for the background reindex a change started. */
async function reindexed() {
  await startBackgroundReindex();
  expect(reindexStatus().state).toBe("done");
}

type Reply = { result: { status?: string; error?: Record<string, string[]> } };

describe("synonym groups", () => {
  it("an added group takes effect in search once the index is rebuilt", async () => {
    const index = await import("~/routes/admin.synonyms._index");
    expect(await found("ワーケーション")).toEqual([]);
    const outcome = await callRoute(index.action, {
      path: "/admin/synonyms",
      cookie,
      form: { terms: "ワーケーション\nリゾートワーク\n\nワーケーション" },
    });
    expect(outcome).toMatchObject({ status: 302, location: "/admin/synonyms" });
    const [group] = await db.synonymGroup.findMany();
    expect(JSON.parse(group!.terms)).toEqual(["ワーケーション", "リゾートワーク"]);
    expect(
      await db.auditLog.findFirst({
        where: { action: "admin.synonyms_created", targetId: group!.id, actorId: adminId },
      }),
    ).not.toBeNull();
    await reindexed();
    expect(await found("ワーケーション")).toEqual(["リゾートワークの受け入れ体制づくり"]);

    const loaded = await callRoute(index.loader, { path: "/admin/synonyms", cookie });
    expect(loaded.data).toMatchObject({
      groups: [{ id: group!.id, terms: ["ワーケーション", "リゾートワーク"] }],
      status: { state: "done" },
      percent: 100,
    });
    expect((loaded.data as { builtIn: string[][] }).builtIn.length).toBeGreaterThanOrEqual(150);
  });

  it("refuses a term that is already in a group, naming the group, and keeps what was typed", async () => {
    const index = await import("~/routes/admin.synonyms._index");
    const outcome = await callRoute(index.action, {
      path: "/admin/synonyms",
      cookie,
      form: { terms: "ｾｰﾙｽ\n販売員" },
    });
    expect(outcome.status).toBe(200);
    const reply = outcome.data as Reply;
    expect(reply.result.error?.terms?.[0]).toMatch(
      /^「ｾｰﾙｽ」は組み込みのグループ（営業・.*セールス.*）に入っています$/,
    );
    expect(await db.synonymGroup.count()).toBe(0);

    const tooFew = await callRoute(index.action, {
      path: "/admin/synonyms",
      cookie,
      form: { terms: "販売員" },
    });
    expect((tooFew.data as Reply).result.error).toEqual({
      terms: ["search.synonyms.errors.terms.tooFew"],
    });
  });

  it("edits and deletes a group, audited, and search follows", async () => {
    const group = await db.synonymGroup.create({
      data: { terms: JSON.stringify(["ワーケーション", "リゾートワーク"]) },
    });
    const edit = await import("~/routes/admin.synonyms.$groupId");
    const params = { groupId: group.id };
    const path = `/admin/synonyms/${group.id}`;

    const clash = await db.synonymGroup.create({
      data: { terms: JSON.stringify(["関係人口", "ファン人口"]) },
    });
    const refused = await callRoute(edit.action, {
      path,
      params,
      cookie,
      form: { terms: "ワーケーション\n関係人口" },
    });
    expect((refused.data as Reply).result.error?.terms).toEqual([
      "「関係人口」は既に別のグループ（関係人口・ファン人口）に入っています",
    ]);
    await db.synonymGroup.delete({ where: { id: clash.id } });

    const saved = await callRoute(edit.action, {
      path,
      params,
      cookie,
      form: { terms: "ワーケーション\nリゾートワーク\n二地域居住" },
    });
    expect(saved).toMatchObject({ status: 302, location: "/admin/synonyms" });
    expect(
      await db.auditLog.count({ where: { action: "admin.synonyms_updated", targetId: group.id } }),
    ).toBe(1);
    await reindexed();
    expect((await found("ワーケーション")).sort()).toEqual(
      ["リゾートワークの受け入れ体制づくり", "二地域居住の相談窓口"].sort(),
    );

    const deleted = await callRoute(edit.action, {
      path,
      params,
      cookie,
      form: { intent: "delete" },
    });
    expect(deleted).toMatchObject({ status: 302, location: "/admin/synonyms" });
    expect(await db.synonymGroup.count()).toBe(0);
    expect(
      await db.auditLog.count({ where: { action: "admin.synonyms_deleted", targetId: group.id } }),
    ).toBe(1);
    await reindexed();
    expect(await found("ワーケーション")).toEqual([]);

    const gone = await callRoute(edit.loader, { path, params, cookie });
    expect(gone.status).toBe(404);
  });
});
