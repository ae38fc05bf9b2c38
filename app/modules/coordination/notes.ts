/**
 * Coordinators' private notes, pure: the form's schema and @mention matching.
 */
import { z } from "zod";

export const noteSubjectTypes = ["company", "profile", "match"] as const;
export type NoteSubjectType = (typeof noteSubjectTypes)[number];

export const NOTE_MAX = 2000;

const body = z
  .string({ error: "reference.errors.required" })
  .trim()
  .min(1, { error: "reference.errors.required" })
  .max(NOTE_MAX, { error: "reference.errors.tooLong" });
const id = z.string().trim().min(1).max(100);

/** One form posts to /console/notes: write a note, change or delete one's own. */
export const noteActionSchema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("create"),
    subjectType: z.enum(noteSubjectTypes),
    subjectId: id,
    body,
  }),
  z.object({ intent: z.literal("update"), noteId: id, body }),
  z.object({ intent: z.literal("delete"), noteId: id }),
]);
export type NoteAction = z.output<typeof noteActionSchema>;

/** The form used on subject pages (create only): the same fields, one schema. */
export const noteCreateSchema = noteActionSchema.options[0];

export type MentionCandidate = { id: string; name: string; email: string };

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * The people a note mentions: "@" followed by a candidate's name (spaces optional) or
 * the local part of their email, not followed by more of a word. Each once.
 */
export function mentionedIn(text: string, candidates: readonly MentionCandidate[]): string[] {
  const normalized = text.normalize("NFKC");
  if (!normalized.includes("@")) return [];
  const found = new Set<string>();
  for (const candidate of candidates) {
    const name = candidate.name.normalize("NFKC").trim();
    const local = candidate.email.split("@")[0] ?? "";
    const forms = [name, name.replace(/\s+/g, ""), local].filter((form) => form.length > 0);
    const pattern = new RegExp(
      `(^|[^\\w.])@(?:${forms.map(escape).join("|")})(?![\\w.-]*[\\w])`,
      "iu",
    );
    if (pattern.test(normalized)) found.add(candidate.id);
  }
  return [...found];
}
