/**
 * Demo matches: a few named ones that tell the story of the demo logins, and a
 * deterministic spread of generated ones across every source and stage, so the
 * lists, applicant rankings and timelines have something to show. Rows are written
 * directly (no notifications or mail: the demo has no real recipients).
 */
import type { MatchSource, MatchStage } from "~/generated/prisma/enums";
import type { DemoAccountKey, DemoChallengeKey } from "../demo-accounts";
import { createRandom, demoId, shiftDays } from "./random";
import type { ChallengeSpec, ProfileSpec } from "./types";

export type MatchSpec = {
  key: string;
  challengeKey: string;
  profileKey: string;
  source: MatchSource;
  stage: MatchStage;
  /** days before the anchor the match started */
  startedDaysAgo: number;
  message: string;
  /** a demo account that introduced the pair (INTRODUCTION only) */
  introducer?: DemoAccountKey;
  endReason?: string;
  /** the thread's messages, alternating from whoever started the match */
  conversation?: string[];
  reviews?: Array<{
    side: "company" | "professional";
    rating: number;
    comment: string;
    wouldWorkAgain?: boolean;
  }>;
};

/**
 * The named story. Left free on purpose, for the browser tests that start matches of
 * their own: 佐藤 with the Azumino productivity challenge, 田中 with Shinshu's DX one.
 */
export const namedMatches: MatchSpec[] = [
  {
    key: "sato-shinshu-dx",
    conversation: [
      "はじめまして。応募を受けていただきありがとうございます。来週の平日夜でしたらオンラインでお話しできます。",
      "ありがとうございます。木曜19時からはいかがでしょうか。現在の生産管理の流れを資料にまとめてお送りします。",
      "木曜19時で大丈夫です。資料、楽しみにしています。",
    ],
    challengeKey: "shinshuDx" satisfies DemoChallengeKey,
    profileKey: "proSato",
    source: "APPLICATION",
    stage: "TALKING",
    startedDaysAgo: 9,
    message:
      "長野県出身で、東京の IT 企業で製造業向けの DX を推進しています。生産管理の刷新と IoT の導入に関わってきた経験を、地元の会社で活かしたいと考えて応募しました。",
  },
  {
    key: "suzuki-azumino-inbound",
    conversation: [
      "コーディネーターの方からご紹介いただきました。予約導線の現状を見せていただけますか。",
      "ようこそ。管理画面のアカウントを用意しました。詳細は契約書と一緒にお送りします。",
    ],
    challengeKey: "azuminoInbound" satisfies DemoChallengeKey,
    profileKey: "proSuzuki",
    source: "INTRODUCTION",
    stage: "CONTRACTED",
    startedDaysAgo: 40,
    introducer: "coordinatorNagano",
    message: "海外向け EC と SNS 広告の実績が、予約導線の見直しにぴったりだと考えご紹介します。",
  },
  {
    key: "tanaka-tosa-ec",
    challengeKey: "tosaEc" satisfies DemoChallengeKey,
    profileKey: "proTanaka",
    source: "SCOUT",
    stage: "INTERESTED",
    startedDaysAgo: 2,
    message:
      "高知へのUターンをお考えと拝見しました。工場の生産計画と EC の受注をつなぐ仕組みづくりにお力を貸してください。",
  },
  {
    key: "carter-tosa-export",
    conversation: [
      "Thank you for the talk yesterday. I have drafted a three-month plan for the EU launch.",
      "ありがとうございます。社内で確認し、今週中にお返事します。",
    ],
    challengeKey: "tosaExport" satisfies DemoChallengeKey,
    profileKey: "proCarter",
    source: "CASUAL_TALK",
    stage: "PROPOSAL",
    startedDaysAgo: 21,
    message: "I have helped Japanese food makers enter EU retail. Happy to talk it through first.",
  },
  {
    key: "suzuki-tosa-new-product",
    conversation: [
      "テスト販売の結果をまとめました。ゆず皮パウダーの再購入率が一番高かったです。",
      "ありがとうございました。本格販売に向けて社内で進めます。",
    ],
    challengeKey: "tosaNewProduct" satisfies DemoChallengeKey,
    profileKey: "proSuzuki",
    source: "APPLICATION",
    stage: "COMPLETED",
    startedDaysAgo: 150,
    message: "ゆず皮の新商品のネット販売テストをお手伝いできます。",
    reviews: [
      {
        side: "company",
        rating: 5,
        comment: "テスト販売の設計から振り返りまで、丁寧に伴走していただきました。",
        wouldWorkAgain: true,
      },
      {
        side: "professional",
        rating: 5,
        comment: "現場の皆さんの判断が早く、3か月で多くを試せました。",
      },
    ],
  },
];

const stagesWeighted = [
  ["INTERESTED", 5],
  ["TALKING", 5],
  ["PROPOSAL", 3],
  ["CONTRACTED", 3],
  ["WORKING", 3],
  ["COMPLETED", 3],
  ["DECLINED", 3],
  ["WITHDRAWN", 2],
] as const;
const sourcesWeighted = [
  ["APPLICATION", 5],
  ["CASUAL_TALK", 2],
  ["SCOUT", 3],
  ["INTRODUCTION", 2],
] as const;
const genericConversation = [
  "ご連絡ありがとうございます。まずはオンラインで30分ほどお話しできればと思います。",
  "承知しました。候補日を3つほどお送りします。",
  "資料を拝見しました。現場の方のお話も伺えますか。",
  "もちろんです。次回は工場長も同席します。",
];
const reservedPairs = new Set(["azuminoProductivity/proSato", "shinshuDx/proTanaka"]);

/** About 90 generated matches between visible generated profiles and published challenges. */
export function generateMatches(
  challenges: readonly ChallengeSpec[],
  profiles: readonly ProfileSpec[],
  seed: number,
): MatchSpec[] {
  const random = createRandom(seed);
  const published = challenges.filter((spec) => spec.status !== "DRAFT");
  const visible = profiles.filter((spec) => spec.visibility !== "HIDDEN" && !spec.account);
  const taken = new Set(namedMatches.map((spec) => `${spec.challengeKey}/${spec.profileKey}`));
  const specs: MatchSpec[] = [];
  for (let index = 0; specs.length < 90 && index < 400; index += 1) {
    const challenge = random.pick(published);
    const profile = random.pick(visible);
    const pair = `${challenge.key}/${profile.key}`;
    if (taken.has(pair) || reservedPairs.has(pair)) continue;
    if (profile.blocks.includes(challenge.companyKey)) continue;
    taken.add(pair);
    const stage: MatchStage =
      challenge.status === "OPEN"
        ? random.weighted(stagesWeighted)
        : random.pick(["COMPLETED", "DECLINED"] as const);
    const source = random.weighted(sourcesWeighted);
    specs.push({
      key: `generated-${index}`,
      challengeKey: challenge.key,
      profileKey: profile.key,
      source,
      stage,
      startedDaysAgo: random.int(1, 170),
      message:
        source === "CASUAL_TALK"
          ? ""
          : "ご一緒できればうれしいです。経験を活かせると考えています。",
      conversation: random.sample(genericConversation, random.int(0, 3)),
      introducer:
        source === "INTRODUCTION"
          ? random.pick(["coordinatorNagano", "coordinatorKochi"] as const)
          : undefined,
      endReason:
        stage === "DECLINED"
          ? random.pick(["SKILLS", "CONDITIONS", "TIMING", "FILLED"])
          : stage === "WITHDRAWN"
            ? random.pick(["CONDITIONS", "TIMING", "NOT_INTERESTED"])
            : undefined,
      reviews:
        stage === "COMPLETED" && random.chance(0.6)
          ? [
              {
                side: "company",
                rating: random.int(3, 5),
                comment: "期待以上の成果でした。",
                wouldWorkAgain: random.chance(0.7),
              },
              ...(random.chance(0.7)
                ? [
                    {
                      side: "professional" as const,
                      rating: random.int(3, 5),
                      comment: "学びの多い仕事でした。",
                    },
                  ]
                : []),
            ]
          : undefined,
    });
  }
  return specs;
}

const forward: MatchStage[] = [
  "INTERESTED",
  "TALKING",
  "PROPOSAL",
  "CONTRACTED",
  "WORKING",
  "COMPLETED",
];

export type MatchParties = {
  challengeId: string;
  profileId: string;
  professionalUserId: string;
  companyOwnerId: string | null;
  /** every member of the challenge's company, the owner included */
  companyMemberIds: string[];
  introducerId: string | null;
};

/**
 * The rows of one demo match: the match, a timeline that walks the stages to where it
 * is (a day or more apart), and its reviews. The stage path follows the state machine
 * in app/modules/matching/lifecycle.ts.
 */
export function matchRows(spec: MatchSpec, parties: MatchParties, anchor: Date) {
  const id = demoId("match", spec.key);
  const started = shiftDays(anchor, -spec.startedDaysAgo, 9 * 60);
  const ended = spec.stage === "DECLINED" || spec.stage === "WITHDRAWN";
  // Where the match got to before it ended; a pending one never got agreed.
  const reached = ended ? (spec.startedDaysAgo > 20 ? "TALKING" : "INTERESTED") : spec.stage;
  const agreed = reached !== "INTERESTED";
  const proAgreed = agreed || spec.source === "APPLICATION" || spec.source === "CASUAL_TALK";
  const companyAgreed = agreed || spec.source === "SCOUT";
  const initiator =
    spec.source === "SCOUT"
      ? parties.companyOwnerId
      : spec.source === "INTRODUCTION"
        ? parties.introducerId
        : parties.professionalUserId;
  const initiatorSide =
    spec.source === "SCOUT"
      ? "company"
      : spec.source === "INTRODUCTION"
        ? "coordinator"
        : "professional";
  const steps = forward.slice(1, forward.indexOf(reached) + 1);
  const span = Math.max(1, spec.startedDaysAgo - 1);
  let clock = 0;
  const at = () => {
    clock += 1;
    return new Date(
      started.getTime() +
        Math.min(span, clock * Math.max(1, Math.floor(span / (steps.length + 2)))) * 86_400_000,
    );
  };
  const events: Array<{
    id: string;
    matchId: string;
    kind: string;
    fromStage: MatchStage | null;
    toStage: MatchStage | null;
    actorSide: string;
    actorId: string | null;
    note: string | null;
    createdAt: Date;
  }> = [
    {
      id: demoId("match-event", `${spec.key}/created`),
      matchId: id,
      kind: "created",
      fromStage: null,
      toStage: "INTERESTED",
      actorSide: initiatorSide,
      actorId: initiator,
      note: spec.message || null,
      createdAt: started,
    },
  ];
  let acceptedAt: Date | null = null;
  steps.forEach((stage, index) => {
    const createdAt = at();
    if (index === 0) acceptedAt = createdAt;
    const accepting = index === 0;
    events.push({
      id: demoId("match-event", `${spec.key}/${stage}`),
      matchId: id,
      kind: accepting ? "accepted" : "stage",
      fromStage: accepting ? "INTERESTED" : steps[index - 1]!,
      toStage: stage,
      actorSide: accepting && spec.source === "SCOUT" ? "professional" : "company",
      actorId:
        accepting && spec.source === "SCOUT" ? parties.professionalUserId : parties.companyOwnerId,
      note: null,
      createdAt,
    });
  });
  let lastActivityAt = events[events.length - 1]!.createdAt;
  if (ended) {
    lastActivityAt = at();
    events.push({
      id: demoId("match-event", `${spec.key}/ended`),
      matchId: id,
      kind: "ended",
      fromStage: reached,
      toStage: spec.stage,
      actorSide: spec.stage === "DECLINED" ? "company" : "professional",
      actorId: spec.stage === "DECLINED" ? parties.companyOwnerId : parties.professionalUserId,
      note: null,
      createdAt: lastActivityAt,
    });
  }
  const stamp = (stage: MatchStage) =>
    events.find((event) => event.toStage === stage && event.kind !== "ended")?.createdAt ?? null;
  const completedAt = stamp("COMPLETED");
  const reviews = (spec.reviews ?? []).map((review, index) => ({
    id: demoId("match-review", `${spec.key}/${review.side}`),
    matchId: id,
    authorSide: review.side,
    authorId: review.side === "company" ? parties.companyOwnerId : parties.professionalUserId,
    rating: review.rating,
    comment: review.comment,
    wouldWorkAgain: review.side === "company" ? (review.wouldWorkAgain ?? false) : null,
    createdAt: new Date((completedAt ?? lastActivityAt).getTime() + (index + 1) * 3_600_000),
  }));
  for (const review of reviews) {
    events.push({
      id: demoId("match-event", `${spec.key}/review-${review.authorSide}`),
      matchId: id,
      kind: "reviewed",
      fromStage: null,
      toStage: null,
      actorSide: review.authorSide,
      actorId: review.authorId,
      note: null,
      createdAt: review.createdAt,
    });
  }
  const thread = threadRows(spec, parties, {
    matchId: id,
    open:
      proAgreed && (companyAgreed || (spec.source !== "SCOUT" && spec.source !== "INTRODUCTION")),
    from: started,
    until: lastActivityAt,
  });
  return {
    thread,
    match: {
      id,
      challengeId: parties.challengeId,
      profileId: parties.profileId,
      source: spec.source,
      stage: spec.stage,
      message: spec.message,
      availabilityConfirmed: spec.source === "APPLICATION",
      professionalAcceptedAt: proAgreed
        ? spec.source === "APPLICATION" || spec.source === "CASUAL_TALK"
          ? started
          : acceptedAt
        : null,
      companyAcceptedAt: companyAgreed ? (spec.source === "SCOUT" ? started : acceptedAt) : null,
      initiatedById: initiator,
      introducedById: spec.source === "INTRODUCTION" ? parties.introducerId : null,
      endReason: ended ? (spec.endReason ?? "OTHER") : null,
      contractedAt: stamp("CONTRACTED"),
      completedAt,
      lastActivityAt: reviews.length > 0 ? reviews[reviews.length - 1]!.createdAt : lastActivityAt,
      createdAt: started,
    },
    events,
    reviews,
  };
}

/**
 * The match's thread when the match allows contact (an application or talk request at
 * once, a scout once accepted, an introduction once both accepted; introductions
 * include the coordinator), with the spec's conversation spread over the match's
 * life, everyone having read everything.
 */
function threadRows(
  spec: MatchSpec,
  parties: MatchParties,
  { matchId, open, from, until }: { matchId: string; open: boolean; from: Date; until: Date },
) {
  if (!open) return null;
  const id = demoId("thread", spec.key);
  const withCoordinator = spec.source === "INTRODUCTION" && parties.introducerId !== null;
  const professionalFirst = spec.source === "APPLICATION" || spec.source === "CASUAL_TALK";
  const companyAuthor = parties.companyOwnerId;
  const lines = spec.conversation ?? [];
  const step = Math.max(
    60_000,
    Math.floor((until.getTime() - from.getTime()) / (lines.length + 1)),
  );
  const messages = lines.map((body, index) => ({
    id: demoId("message", `${spec.key}/${index}`),
    threadId: id,
    authorId: (index % 2 === 0) === professionalFirst ? parties.professionalUserId : companyAuthor,
    body,
    createdAt: new Date(from.getTime() + (index + 1) * step),
  }));
  const lastMessageAt = messages.at(-1)?.createdAt ?? null;
  const readAt = lastMessageAt ?? from;
  const participants = [
    { userId: parties.professionalUserId, side: "professional" },
    ...parties.companyMemberIds.map((userId) => ({ userId, side: "company" })),
    ...(withCoordinator ? [{ userId: parties.introducerId!, side: "coordinator" }] : []),
  ].map((participant) => ({ ...participant, threadId: id, lastReadAt: readAt, joinedAt: from }));
  return {
    thread: { id, matchId, withCoordinator, lastMessageAt, createdAt: from },
    participants,
    messages,
    events: messages.map((message) => ({
      threadId: id,
      kind: "message",
      messageId: message.id,
      actorId: message.authorId,
      createdAt: message.createdAt,
    })),
  };
}
