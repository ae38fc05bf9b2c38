import { z } from "zod";
import { prefectureCodes } from "~/modules/reference/prefectures";

/** A test for "is this prefecture one of theirs"; null (an admin) covers every prefecture. */
export function inPrefectures(prefectures: string[] | null): (code: string) => boolean {
  if (prefectures === null) return () => true;
  const set = new Set(prefectures);
  return (code) => set.has(code);
}

/**
 * A Prisma `where` fragment on a prefecture code column: undefined (no filter) for admins,
 * `{ in: [...] }` for coordinators (an empty list matches nothing).
 */
export function prefectureFilter(prefectures: string[] | null): { in: string[] } | undefined {
  return prefectures === null ? undefined : { in: prefectures };
}

/** The admin's assignment form: one coordinator, the prefectures ticked for them. */
export const regionAssignmentSchema = z.object({
  userId: z.string().trim().min(1).max(100),
  prefectures: z
    .array(z.enum(prefectureCodes, { error: "reference.errors.prefecture" }))
    .max(prefectureCodes.length)
    .default([])
    .transform((codes) => [...new Set(codes)].sort()),
});
export type RegionAssignment = z.output<typeof regionAssignmentSchema>;
