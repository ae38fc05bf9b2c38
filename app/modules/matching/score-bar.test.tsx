import { renderToStaticMarkup } from "react-dom/server";
import {
  createStaticHandler,
  createStaticRouter,
  StaticRouterProvider,
} from "react-router-dom/server";
import { describe, expect, it } from "vitest";
import { getTranslator } from "~/lib/i18n/translate";
import type { PairScore } from "./score";
import { pickShown, ScoreSummary, ScoreSummaryView, type ScoreLike } from "./score-bar";

const parts: PairScore["parts"] = {
  skills: { score: 30.5, max: 35 },
  text: { score: 5, max: 10 },
  region: { score: 15, max: 15 },
  workStyle: { score: 10, max: 10 },
  availability: { score: 8, max: 10 },
  compensation: { score: 10, max: 10 },
  engagement: { score: 4, max: 10 },
};

const score: ScoreLike = {
  total: 82,
  parts,
  reasons: [
    {
      key: "scoring.reason.skillsRequired",
      params: { matched: 3, total: 3 },
      tone: "good",
      part: "skills",
    },
    {
      key: "scoring.reason.skillsMatched",
      params: { namesJa: "Python\nSalesforce", namesEn: "Python\nSalesforce", count: 2 },
      tone: "good",
      part: "skills",
    },
    { key: "scoring.reason.visitsOk", params: { visits: 2 }, tone: "good", part: "workStyle" },
    {
      key: "scoring.reason.tieBirthplace",
      params: { prefecture: "20" },
      tone: "good",
      part: "region",
    },
    {
      key: "scoring.reason.hoursShort",
      params: { hours: 5, needed: 10 },
      tone: "bad",
      part: "availability",
    },
  ],
  mismatches: [],
};

const mismatch: MatchReasonLike = {
  key: "scoring.reason.payFarApart",
  params: { expectedYen: 400_000, expectedUnit: "month", offerYen: 200_000, offerUnit: "month" },
  tone: "mismatch",
  part: "compensation",
};
type MatchReasonLike = PairScore["reasons"][number];

function text(html: string): string {
  return html
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

describe("ScoreSummaryView", () => {
  it("shows the total as an accessible meter with a visible label", () => {
    const html = renderToStaticMarkup(
      <ScoreSummaryView score={score} t={getTranslator("ja")} locale="ja" />,
    );
    const meter = /<div role="meter"[^>]*>/.exec(html)?.[0] ?? "";
    expect(meter).toContain('aria-valuenow="82"');
    expect(meter).toContain('aria-valuemin="0"');
    expect(meter).toContain('aria-valuemax="100"');
    expect(meter).toContain('aria-valuetext="100点中82点"');
    const labelledBy = /aria-labelledby="([^"]+)"/.exec(meter)?.[1];
    expect(html).toContain(`id="${labelledBy}"`);
    expect(html).toMatch(new RegExp(`id="${labelledBy}"[^>]*>適合度 82<`));
    expect(html).toContain("w-[80%]");
    expect(html).not.toContain("style=");
  });

  it("renders the top reasons as text, the rest and the parts behind details", () => {
    const html = renderToStaticMarkup(
      <ScoreSummaryView score={score} t={getTranslator("ja")} locale="ja" maxReasons={3} />,
    );
    const [visible, details] = html.split("<details>");
    expect(text(visible!)).toContain("必須スキル3件中3件一致");
    expect(text(visible!)).toContain("Python と Salesforce が一致");
    // The third place goes to the first concern, so the good side is never all there is.
    expect(text(visible!)).toContain("稼働は週5時間まで（必要: 週10時間）");
    expect(text(visible!)).not.toContain("月2回の訪問が可能");
    expect(text(visible!)).not.toContain("長野県出身");
    expect(text(details!)).toContain("月2回の訪問が可能");
    expect(text(details!)).toContain("長野県出身");
    expect(text(details!)).not.toContain("稼働は週5時間まで");
    expect(text(details!)).toContain("スキル 30.5 / 35");
    expect(text(details!)).toContain("契約形態 4 / 10");
    // The tone is announced, not only shown by a mark.
    expect(text(visible!)).toContain("良い点: 必須スキル3件中3件一致");
    expect(text(visible!)).toContain("注意点: 稼働は週5時間まで");
  });

  it("always shows hard mismatches, first, in English too", () => {
    const html = renderToStaticMarkup(
      <ScoreSummaryView
        score={{
          ...score,
          total: 40,
          mismatches: [mismatch],
          reasons: [mismatch, ...score.reasons],
        }}
        t={getTranslator("en")}
        locale="en"
        maxReasons={1}
      />,
    );
    const [visible] = html.split("<details>");
    expect(text(visible!)).toContain("Match 40");
    expect(text(visible!)).toContain(
      "Mismatch: Pay expectations far apart (expects ¥400,000/month; up to ¥200,000/month)",
    );
    expect(text(visible!)).toContain("Strength: Required skills: 3 of 3");
    expect(text(visible!)).not.toContain("Python and Salesforce match");
    expect(visible!.indexOf("Pay expectations")).toBeLessThan(visible!.indexOf("Required skills"));
    expect(html).toContain('data-tone="mismatch"');
    // The mismatch is not repeated among the other reasons.
    expect(html.match(/Pay expectations far apart/g)).toHaveLength(1);
  });

  it("says so when there is nothing to explain", () => {
    const html = renderToStaticMarkup(
      <ScoreSummaryView
        score={{ total: 0, parts, reasons: [], mismatches: [] }}
        t={getTranslator("ja")}
        locale="ja"
      />,
    );
    expect(text(html)).toContain("理由を示せる情報がまだありません");
    expect(html).toContain('aria-valuenow="0"');
  });
});

describe("pickShown", () => {
  it("keeps the order when a concern is already among the first", () => {
    const { shown, rest } = pickShown(score.reasons, 5);
    expect(shown).toEqual(score.reasons);
    expect(rest).toEqual([]);
  });

  it("shows nothing but mismatches with maxReasons 0, and one reason as is with 1", () => {
    expect(pickShown(score.reasons, 0).shown).toEqual([]);
    expect(pickShown(score.reasons, 1).shown).toEqual([score.reasons[0]]);
    expect(pickShown([mismatch, ...score.reasons], 2).shown).toEqual([
      score.reasons[0],
      score.reasons[4],
    ]);
  });
});

describe("ScoreSummary", () => {
  it("renders in the locale the root loader chose", async () => {
    const handler = createStaticHandler([
      {
        id: "root",
        path: "/",
        loader: () => ({ locale: "en" }),
        element: <ScoreSummary score={score} />,
      },
    ]);
    const context = await handler.query(new Request("http://localhost/"));
    if (context instanceof Response) throw new Error("unexpected response");
    const router = createStaticRouter(handler.dataRoutes, context);
    const html = renderToStaticMarkup(<StaticRouterProvider router={router} context={context} />);
    expect(text(html)).toContain("Match 82");
    expect(text(html)).toContain("Python and Salesforce match");
    expect(text(html)).toContain("Can visit twice a month");
    expect(text(html)).toContain("Concern: Available 5 hours a week (10 needed)");
  });
});
