/**
 * Every number pair scoring uses, in one place (app/modules/matching/score.ts reads
 * them; nothing else should). A part's `max` is its share of the 100 points; inside a
 * part, the factors below decide which fraction of that max a pair earns.
 */
export const scoreWeights = {
  /** Points of each part; they add up to 100 so a part's score reads as points. */
  parts: {
    /** required and nice-to-have skills, with level and years: the core of a match */
    skills: 35,
    /** words of the challenge found in the profile's headline, career titles, certificates */
    text: 10,
    /** the professional wants to work for the prefecture, or has a hometown tie to it */
    region: 15,
    /** accepted work styles and on-site visits a month */
    workStyle: 10,
    /** hours a week and the date they can start */
    availability: 10,
    /** expected pay against the challenge's budget */
    compensation: 10,
    /** side job, contract, full-time with relocation, pro bono */
    engagement: 10,
  },

  /**
   * A hard mismatch (engagement types exclusive, pay far apart, on-site work for someone
   * who accepts only remote) caps the total here: such a pair never ranks above a clean
   * one with the same other parts, but its score and the reason stay visible.
   */
  mismatchCap: 40,

  skills: {
    /** a required skill counts twice a nice-to-have one */
    required: 2,
    /** a nice-to-have skill */
    niceToHave: 1,
    /** share of a skill's credit earned just by having it (any level, 0 years) */
    base: 0.5,
    /** share added by the level, scaled by `levels` (EXPERT adds all of it) */
    level: 0.3,
    /** share added by years of practice, reaching all of it at `fullYears` */
    years: 0.2,
    /** years after which more experience adds nothing */
    fullYears: 5,
    /** how far along each level is, 0–1 */
    levels: { BASIC: 0, INTERMEDIATE: 1 / 3, ADVANCED: 2 / 3, EXPERT: 1 },
    /** a challenge listing no skills: everyone earns this share (the part says nothing) */
    noSkillsShare: 0.5,
  },

  text: {
    /** share of the challenge's distinctive words found in the profile that earns the full part */
    fullCoverage: 0.15,
    /** an empty challenge text: everyone earns this share */
    emptyShare: 0.5,
    /** the fewest matched words that make a "related terms" reason */
    reasonMinTerms: 2,
  },

  region: {
    /** the professional wants to work for the challenge's prefecture */
    wantsPrefecture: 0.6,
    /** …or for another prefecture of the same region block (地方) */
    wantsBlock: 0.25,
    /** a hometown tie to the challenge's prefecture, by kind */
    ties: { BIRTHPLACE: 0.6, PAST_RESIDENCE: 0.5, FAMILY: 0.5, OTHER: 0.4 },
    /** a tie to another prefecture of the same block earns this much of its kind's share */
    tieBlockFactor: 0.4,
    /**
     * A REMOTE challenge: everyone starts with this share and ties or wishes fill the
     * rest, so place matters less but still counts as a bonus.
     */
    remoteFloor: 0.5,
  },

  workStyle: {
    /** the challenge's style is not among the accepted ones (but work is still possible) */
    otherStyle: 0.4,
    /** the professional left their styles empty: unknown */
    unknownStyle: 0.6,
    /** weight of the style within the part when the challenge asks for visits (rest: visits) */
    styleShareWithVisits: 0.6,
  },

  availability: {
    /** weight of hours within the part (the rest is the start date) */
    hoursShare: 0.6,
    /** hours a week not stated: this share of the hours credit */
    unknownHours: 0.6,
    /** below this ratio of the needed hours, no hours credit */
    hoursFloorRatio: 0.25,
    /** available-from not stated: this share of the start credit */
    unknownStart: 0.7,
    /** days late after which the start credit is gone */
    lateDaysToZero: 90,
    /** no start date, available only later: this share of the start credit */
    laterWithoutStartDate: 0.8,
  },

  compensation: {
    /** expectation above the budget by more than this factor is a hard mismatch */
    farApartRatio: 1.5,
    /** credit just above the budget, falling linearly to 0 at `farApartRatio` */
    justAbove: 0.7,
    /** the professional states no expectation */
    noExpectation: 0.8,
    /** the challenge pays but states no amount */
    unknownBudget: 0.6,
    /** an unpaid challenge and a professional who expects pay (bad, not a mismatch) */
    unpaidButExpects: 0.2,
  },

  engagement: {
    /** either side lists no engagement type: unknown */
    unknown: 0.5,
  },
} as const;

export type ScoreWeights = typeof scoreWeights;
