/** Form schemas of saved searches, shared by the forms (client) and the /searches action. */
import { z } from "zod";
import { alertFrequencies, searchKinds } from "./kinds";

const id = z.string().trim().min(1).max(64);

export const savedSearchNameSchema = z
  .string("alerts.errors.name")
  .trim()
  .min(1, "alerts.errors.name")
  .max(80, "alerts.errors.name");

const frequency = z.enum(alertFrequencies, "alerts.errors.frequency");

export const createSavedSearchSchema = z.object({
  intent: z.literal("create"),
  kind: z.enum(searchKinds, "alerts.errors.kind"),
  /** the search's query string; checked against that kind's search schema by the server */
  query: z.string().max(2000, "alerts.errors.query").default(""),
  name: savedSearchNameSchema,
  frequency,
  /** where a request without JavaScript returns to */
  redirectTo: z.string().max(2048).optional(),
  /** set by the form once hydrated: answer with data instead of a redirect */
  mode: z.literal("fetch").optional(),
});

export const renameSavedSearchSchema = z.object({
  intent: z.literal("rename"),
  id,
  name: savedSearchNameSchema,
});

export const frequencySavedSearchSchema = z.object({
  intent: z.literal("frequency"),
  id,
  frequency,
});

export const deleteSavedSearchSchema = z.object({
  intent: z.literal("delete"),
  id,
});

export const savedSearchActionSchema = z.discriminatedUnion("intent", [
  createSavedSearchSchema,
  renameSavedSearchSchema,
  frequencySavedSearchSchema,
  deleteSavedSearchSchema,
]);
export type SavedSearchAction = z.infer<typeof savedSearchActionSchema>;

/** RFC 8058: the body a mail client posts to the List-Unsubscribe URL. */
export const oneClickUnsubscribeSchema = z.object({
  "List-Unsubscribe": z.literal("One-Click"),
});

/** The confirmation page's button, or the RFC 8058 body: either unsubscribes. */
export const unsubscribeSchema = z.object({
  "List-Unsubscribe": z.literal("One-Click").optional(),
  intent: z.literal("unsubscribe").optional(),
});
