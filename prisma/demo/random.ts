/**
 * Determinism for the demo data: a seeded PRNG (mulberry32), ids derived from names,
 * and dates as day offsets from an anchor day instead of the clock.
 */
import { createHash } from "node:crypto";

export type Random = {
  /** in [0, 1) */
  next(): number;
  /** an integer in [min, max] */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** `count` distinct items, in a random order */
  sample<T>(items: readonly T[], count: number): T[];
  /** picks by weight: [[item, weight], …] */
  weighted<T>(entries: ReadonlyArray<readonly [T, number]>): T;
};

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error("pick from an empty list");
    return items[int(0, items.length - 1)] as T;
  };
  const sample = <T>(items: readonly T[], count: number): T[] => {
    const pool = [...items];
    const chosen: T[] = [];
    while (chosen.length < count && pool.length > 0) {
      chosen.push(pool.splice(int(0, pool.length - 1), 1)[0] as T);
    }
    return chosen;
  };
  const weighted = <T>(entries: ReadonlyArray<readonly [T, number]>): T => {
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = next() * total;
    for (const [item, weight] of entries) {
      roll -= weight;
      if (roll < 0) return item;
    }
    return entries[entries.length - 1]![0];
  };
  return { next, int, chance: (p) => next() < p, pick, sample, weighted };
}

/**
 * A stable id for a demo row ("company", 12) that looks like Prisma's cuid (a "c"
 * and 24 base-36 characters), so re-running the seed finds the rows it made.
 */
export function demoId(kind: string, key: string | number): string {
  const digest = createHash("sha256").update(`enishi-demo/${kind}/${key}`).digest();
  let text = "";
  for (const byte of digest.subarray(0, 24)) text += (byte % 36).toString(36);
  return `c${text}`;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The day every demo date is counted from: midnight in Japan of the day the seed
 * runs. So the content is identical on every run, and open challenges' deadlines
 * always lie ahead (see README, demo data).
 */
export function anchorDay(now: Date): Date {
  const jst = new Date(now.getTime() + 9 * 60 * 60 * 1000);
  const day = jst.toISOString().slice(0, 10);
  return new Date(`${day}T00:00:00+09:00`);
}

/** The anchor moved by whole days (negative: the past), plus minutes into that day. */
export function shiftDays(anchor: Date, days: number, minutes = 0): Date {
  return new Date(anchor.getTime() + days * DAY_MS + minutes * 60 * 1000);
}
