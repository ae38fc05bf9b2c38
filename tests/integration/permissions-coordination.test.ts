import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import * as adminRegionsRoute from "~/routes/admin.regions";
import * as applicantsRoute from "~/routes/challenges.$challengeId.applicants";
import * as candidatesRoute from "~/routes/challenges.$challengeId.candidates";
import * as introduceRoute from "~/routes/challenges.$challengeId.introduce.$profileId";
import * as companiesRoute from "~/routes/companies._index";
import * as companyRoute from "~/routes/companies.$companyId._index";
import * as homeRoute from "~/routes/console._index";
import * as draftRoute from "~/routes/console.consultations.$consultationId.draft";
import * as consultationsRoute from "~/routes/console.consultations._index";
import * as newConsultationRoute from "~/routes/console.consultations.new";
import * as intakeRoute from "~/routes/console.intake";
import * as notesRoute from "~/routes/console.notes";
import * as schemeRoute from "~/routes/console.subsidies.$schemeId";
import * as subsidiesRoute from "~/routes/console.subsidies._index";
import * as matchRoute from "~/routes/matches.$matchId._index";
import * as matchesRoute from "~/routes/matches._index";
import * as proRoute from "~/routes/pros.$profileId._index";
import { resetDatabase } from "../support/database";
import { seedRegions, type RegionsMarket } from "../support/coordination";
import { createTestProfile } from "../support/professionals";
import { callRoute, statusLine, type RouteHandler, visitorMatrix } from "../support/routes";

/**
 * Every loader and action of the coordinator console, and the matching routes it scopes,
 * as each kind of visitor. Everything under test lies in Nagano (20): its coordinator
 * and the admin may act; Kochi's coordinator (39) gets 404 — they must not learn it exists.
 */
type Visitor =
  | "anonymous"
  | "professional"
  | "outsider"
  | "memberNagano"
  | "memberKochi"
  | "coordNagano"
  | "coordKochi"
  | "admin";
const visitors: Visitor[] = [
  "anonymous",
  "professional",
  "outsider",
  "memberNagano",
  "memberKochi",
  "coordNagano",
  "coordKochi",
  "admin",
];
let market: RegionsMarket;
let consultationId = "";
let schemeId = "";
let otherProfileId = "";

function cookieOf(visitor: Visitor) {
  switch (visitor) {
    case "anonymous":
      return undefined;
    case "professional":
      return market.pro.cookie;
    case "outsider":
      return market.outsider.cookie;
    case "memberNagano":
      return market.nagano.owner.cookie;
    case "memberKochi":
      return market.kochi.owner.cookie;
    case "coordNagano":
      return market.coordinatorNagano.cookie;
    case "coordKochi":
      return market.coordinatorKochi.cookie;
    case "admin":
      return market.admin.cookie;
  }
}

beforeAll(async () => {
  await resetDatabase();
  market = await seedRegions();
  const consultation = await db.consultation.create({
    data: {
      companyId: market.nagano.company.id,
      coordinatorId: market.coordinatorNagano.user.id,
      heldOn: new Date("2026-01-10T00:00:00+09:00"),
      topic: "販路開拓の相談",
      outcome: "CHALLENGE_DRAFTED",
    },
  });
  consultationId = consultation.id;
  const scheme = await db.subsidyScheme.create({
    data: {
      prefectureCode: "20",
      name: "長野県プロ人材交通費補助",
      description: "",
      coverage: "TRAVEL",
    },
  });
  schemeId = scheme.id;
  otherProfileId = (await createTestProfile({ visibility: "SIGNED_IN" })).profile.id;
});

const matrix = visitorMatrix(visitors, (visitor) => cookieOf(visitor));

const toLogin = "302 /login";
function expected(outcomes: Partial<Record<Visitor, string>>, otherwise: string) {
  return Object.fromEntries(
    visitors.map((visitor) => [
      visitor,
      outcomes[visitor] ?? (visitor === "anonymous" ? toLogin : otherwise),
    ]),
  );
}
/** Console pages: coordinators and admins; everyone else 403. */
const staff = (outcomes: Partial<Record<Visitor, string>> = {}) =>
  expected({ coordNagano: "200", coordKochi: "200", admin: "200", ...outcomes }, "403");

describe("console pages", () => {
  it("GET /console, /console/intake, /console/consultations, /console/subsidies", async () => {
    for (const [route, path] of [
      [homeRoute, "/console"],
      [intakeRoute, "/console/intake"],
      [consultationsRoute, "/console/consultations"],
      [newConsultationRoute, "/console/consultations/new"],
      [subsidiesRoute, "/console/subsidies"],
    ] as const) {
      expect(await matrix(route.loader, path), path).toEqual(staff());
    }
  });

  it("each coordinator's lists hold their region only", async () => {
    const queue = async (cookie: string) =>
      (await callRoute(intakeRoute.loader, { path: "/console/intake", cookie })).data as {
        queue: { pending: { id: string }[]; companies: { id: string }[] };
      };
    const nagano = await queue(market.coordinatorNagano.cookie);
    const kochi = await queue(market.coordinatorKochi.cookie);
    expect(nagano.queue.pending.map((row) => row.id)).toEqual([market.nagano.challenge.id]);
    expect(kochi.queue.pending.map((row) => row.id)).toEqual([market.kochi.challenge.id]);
    expect(kochi.queue.companies.map((row) => row.id)).toEqual([market.kochi.company.id]);
    const none = await queue(market.coordinatorNone.cookie);
    expect(none.queue.pending).toEqual([]);
    expect(none.queue.companies).toEqual([]);
    const consultations = async (cookie: string) =>
      (
        (await callRoute(consultationsRoute.loader, { path: "/console/consultations", cookie }))
          .data as { total: number }
      ).total;
    expect(await consultations(market.coordinatorNagano.cookie)).toBe(1);
    expect(await consultations(market.coordinatorKochi.cookie)).toBe(0);
    const schemes = async (cookie: string) =>
      (
        (await callRoute(subsidiesRoute.loader, { path: "/console/subsidies", cookie })).data as {
          schemes: unknown[];
        }
      ).schemes.length;
    expect(await schemes(market.coordinatorNagano.cookie)).toBe(1);
    expect(await schemes(market.coordinatorKochi.cookie)).toBe(0);
    expect(await schemes(market.admin.cookie)).toBe(1);
    const directory = async (cookie: string) =>
      (
        (await callRoute(companiesRoute.loader, { path: "/companies?prefecture=20", cookie }))
          .data as { directory: { total: number } }
      ).directory.total;
    expect(await directory(market.coordinatorNagano.cookie)).toBe(1);
    expect(await directory(market.coordinatorKochi.cookie)).toBe(0);
    expect(await directory(market.admin.cookie)).toBe(1);
    const matches = async (cookie: string) =>
      (
        (await callRoute(matchesRoute.loader, { path: "/matches", cookie })).data as {
          total: number;
        }
      ).total;
    expect(await matches(market.coordinatorNagano.cookie)).toBe(1);
    expect(await matches(market.coordinatorKochi.cookie)).toBe(0);
    expect(await matches(market.coordinatorNone.cookie)).toBe(0);
  });

  it("GET /console/consultations/:id/draft of a Nagano consultation", async () => {
    expect(
      await matrix(draftRoute.loader, `/console/consultations/${consultationId}/draft`, {
        params: { consultationId },
      }),
    ).toEqual(staff({ coordKochi: "404" }));
  });

  it("GET /console/subsidies/:id of a Nagano scheme", async () => {
    expect(
      await matrix(schemeRoute.loader, `/console/subsidies/${schemeId}`, {
        params: { schemeId },
      }),
    ).toEqual(staff({ coordKochi: "404" }));
  });

  it("GET /admin/regions: admins only", async () => {
    expect(await matrix(adminRegionsRoute.loader, "/admin/regions")).toEqual(
      expected({ admin: "200" }, "403"),
    );
  });

  it("GET /console/notes is not a page", async () => {
    expect(await matrix(notesRoute.loader, "/console/notes")).toEqual(
      staff({ coordNagano: "404", coordKochi: "404", admin: "404" }),
    );
  });
});

describe("console actions on Nagano's records", () => {
  it("POST /console/intake: review Nagano's challenge", async () => {
    const form = { intent: "review", challengeId: market.nagano.challenge.id };
    expect(await matrix(intakeRoute.action, "/console/intake", { form })).toEqual(
      staff({
        coordNagano: "302 /console/intake",
        coordKochi: "404",
        admin: "302 /console/intake",
      }),
    );
  });

  it("POST /console/intake: send back or take in Nagano's records", async () => {
    const back = {
      intent: "return",
      challengeId: market.nagano.challenge.id,
      comment: "成果の定義をもう少し具体的に",
    };
    const takeIn = { intent: "takeIn", companyId: market.nagano.company.id };
    const outcome = staff({
      coordNagano: "302 /console/intake",
      coordKochi: "404",
      admin: "302 /console/intake",
    });
    expect(await matrix(intakeRoute.action, "/console/intake", { form: back })).toEqual(outcome);
    expect(await matrix(intakeRoute.action, "/console/intake", { form: takeIn })).toEqual(outcome);
  });

  it("POST /console/consultations/new for a Nagano company", async () => {
    const form = {
      companyId: market.nagano.company.id,
      heldOn: "2026-01-05",
      topic: "人材要件の整理",
      outcome: "FOLLOW_UP",
      note: "",
    };
    expect(
      await matrix(newConsultationRoute.action, "/console/consultations/new", { form }),
    ).toEqual(
      staff({
        coordNagano: "302 /console/consultations",
        coordKochi: "404",
        admin: "302 /console/consultations",
      }),
    );
  });

  it("POST /console/consultations/:id/draft with an invalid form: Kochi still 404", async () => {
    expect(
      await matrix(draftRoute.action, `/console/consultations/${consultationId}/draft`, {
        params: { consultationId },
        form: { title: "" },
      }),
    ).toEqual(staff({ coordKochi: "404" }));
  });

  it("POST /console/subsidies: a scheme for Nagano", async () => {
    const form = { prefectureCode: "20", name: "報酬補助", coverage: "FEE", active: "on" };
    const result = await matrix(subsidiesRoute.action, "/console/subsidies", { form });
    expect(result).toEqual(
      staff({
        coordNagano: "302 /console/subsidies",
        // Kochi's coordinator is told to pick one of their own prefectures.
        coordKochi: "200",
        admin: "302 /console/subsidies",
      }),
    );
    expect(await db.subsidyScheme.count({ where: { name: "報酬補助" } })).toBe(2);
  });

  it("POST /console/subsidies/:id: edit Nagano's scheme", async () => {
    const form = {
      prefectureCode: "20",
      name: "交通費補助（改）",
      coverage: "TRAVEL",
      active: "on",
    };
    expect(
      await matrix(schemeRoute.action, `/console/subsidies/${schemeId}`, {
        params: { schemeId },
        form,
      }),
    ).toEqual(
      staff({
        coordNagano: "302 /console/subsidies",
        coordKochi: "404",
        admin: "302 /console/subsidies",
      }),
    );
  });

  it("POST /console/notes on Nagano's company, match and a profile", async () => {
    const company = {
      intent: "create",
      subjectType: "company",
      subjectId: market.nagano.company.id,
      body: "メモ",
    };
    expect(await matrix(notesRoute.action, "/console/notes", { form: company })).toEqual(
      staff({
        coordNagano: `302 /companies/${market.nagano.company.id}`,
        coordKochi: "404",
        admin: `302 /companies/${market.nagano.company.id}`,
      }),
    );
    const match = {
      intent: "create",
      subjectType: "match",
      subjectId: market.matchId,
      body: "メモ",
    };
    expect(await matrix(notesRoute.action, "/console/notes", { form: match })).toEqual(
      staff({
        coordNagano: `302 /matches/${market.matchId}`,
        coordKochi: "404",
        admin: `302 /matches/${market.matchId}`,
      }),
    );
    // Professionals are not regional: any coordinator who may see the profile.
    const profileId = market.pro.profile.id;
    const profile = {
      intent: "create",
      subjectType: "profile",
      subjectId: profileId,
      body: "メモ",
    };
    expect(await matrix(notesRoute.action, "/console/notes", { form: profile })).toEqual(
      staff({
        coordNagano: `302 /pros/${profileId}`,
        coordKochi: `302 /pros/${profileId}`,
        admin: `302 /pros/${profileId}`,
      }),
    );
  });

  it("POST /console/notes: editing or deleting someone else's note", async () => {
    const note = await db.coordinatorNote.findFirstOrThrow({
      where: { subjectType: "company", authorId: market.coordinatorNagano.user.id },
    });
    const form = { intent: "update", noteId: note.id, body: "書き換え" };
    expect(await matrix(notesRoute.action, "/console/notes", { form })).toEqual(
      staff({
        coordNagano: `302 /companies/${market.nagano.company.id}`,
        coordKochi: "404",
        admin: "403",
      }),
    );
    const remove = { intent: "delete", noteId: note.id };
    const outcome = await callRoute(notesRoute.action, {
      path: "/console/notes",
      form: remove,
      cookie: market.coordinatorNagano2.cookie,
    });
    expect(statusLine(outcome)).toBe("403");
  });

  it("POST /admin/regions: admins only", async () => {
    const form = { userId: market.coordinatorNone.user.id, prefectures: ["20"] };
    expect(await matrix(adminRegionsRoute.action, "/admin/regions", { form })).toEqual(
      expected({ admin: "302 /admin/regions" }, "403"),
    );
  });
});

describe("matching routes scoped to the region", () => {
  it("GET /matches/:id of a Nagano match", async () => {
    const matchId = market.matchId;
    expect(await matrix(matchRoute.loader, `/matches/${matchId}`, { params: { matchId } })).toEqual(
      expected(
        { professional: "200", memberNagano: "200", coordNagano: "200", admin: "200" },
        "404",
      ),
    );
  });

  it("POST /matches/:id (a stage move and a subsidy record)", async () => {
    const matchId = market.matchId;
    const subsidy = { intent: "subsidy", subsidySchemeId: schemeId };
    expect(
      await matrix(matchRoute.action, `/matches/${matchId}`, {
        params: { matchId },
        form: subsidy,
      }),
    ).toEqual(
      expected(
        {
          professional: "403",
          memberNagano: `302 /matches/${matchId}`,
          coordNagano: `302 /matches/${matchId}`,
          admin: `302 /matches/${matchId}`,
        },
        "404",
      ),
    );
  });

  it("GET /challenges/:id/applicants and /candidates of Nagano's challenge", async () => {
    const challengeId = market.nagano.challenge.id;
    for (const route of [applicantsRoute, candidatesRoute]) {
      expect(
        await matrix(route.loader, `/challenges/${challengeId}/x`, { params: { challengeId } }),
      ).toEqual(
        expected(
          {
            memberNagano: "200",
            coordNagano: "200",
            coordKochi: "404",
            admin: "200",
          },
          "403",
        ),
      );
    }
  });

  it("GET and POST an introduction to Nagano's challenge", async () => {
    const params = { challengeId: market.nagano.challenge.id, profileId: otherProfileId };
    const path = `/challenges/${params.challengeId}/introduce/${params.profileId}`;
    expect(await matrix(introduceRoute.loader, path, { params })).toEqual(
      expected({ coordNagano: "200", coordKochi: "404", admin: "200" }, "403"),
    );
    expect(await matrix(introduceRoute.action, path, { params, form: { message: "" } })).toEqual(
      expected({ coordNagano: "200", coordKochi: "404", admin: "200" }, "403"),
    );
  });
});

describe("notes never reach companies or professionals", () => {
  it("subject pages give notes to staff of the region only", async () => {
    const matchId = market.matchId;
    const notesOf = async (
      route: { loader: RouteHandler },
      path: string,
      params: Record<string, string>,
      cookie: string | undefined,
    ) => {
      const outcome = await callRoute(route.loader, { path, params, cookie });
      return (outcome.data as { notes: { notes: unknown[] } | null }).notes;
    };
    const companyId = market.nagano.company.id;
    const profileId = market.pro.profile.id;
    for (const cookie of [market.nagano.owner.cookie, market.pro.cookie, undefined]) {
      expect(
        await notesOf(companyRoute, `/companies/${companyId}`, { companyId }, cookie),
      ).toBeNull();
    }
    expect(
      await notesOf(
        companyRoute,
        `/companies/${companyId}`,
        { companyId },
        market.coordinatorKochi.cookie,
      ),
    ).toBeNull();
    expect(
      (
        await notesOf(
          companyRoute,
          `/companies/${companyId}`,
          { companyId },
          market.coordinatorNagano.cookie,
        )
      )?.notes.length,
    ).toBeGreaterThan(0);
    for (const cookie of [market.nagano.owner.cookie, market.pro.cookie]) {
      expect(await notesOf(matchRoute, `/matches/${matchId}`, { matchId }, cookie)).toBeNull();
    }
    expect(
      (
        await notesOf(
          matchRoute,
          `/matches/${matchId}`,
          { matchId },
          market.coordinatorNagano.cookie,
        )
      )?.notes.length,
    ).toBeGreaterThan(0);
    for (const cookie of [market.nagano.owner.cookie, market.pro.cookie]) {
      expect(await notesOf(proRoute, `/pros/${profileId}`, { profileId }, cookie)).toBeNull();
    }
    expect(
      (await notesOf(proRoute, `/pros/${profileId}`, { profileId }, market.coordinatorKochi.cookie))
        ?.notes.length,
    ).toBeGreaterThan(0);
  });
});
