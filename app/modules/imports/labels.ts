import type { MessageKey } from "~/lib/i18n/translate";
import type { ImportKind } from "./columns";

export type ImportStatus = "PREVIEWED" | "RUNNING" | "DONE" | "FAILED";

export const kindLabelKeys: Record<ImportKind, MessageKey> = {
  COMPANIES: "imports.kind.COMPANIES",
  CHALLENGES: "imports.kind.CHALLENGES",
  PROFESSIONALS: "imports.kind.PROFESSIONALS",
};

export const statusLabelKeys: Record<ImportStatus, MessageKey> = {
  PREVIEWED: "imports.status.PREVIEWED",
  RUNNING: "imports.status.RUNNING",
  DONE: "imports.status.DONE",
  FAILED: "imports.status.FAILED",
};
