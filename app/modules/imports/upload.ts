import { z } from "zod";
import { importKinds } from "./columns";

/** Staff who may import: coordinators and admins. */
export const importRoles = ["COORDINATOR", "ADMIN"] as const;

/** The upload form, shared by the browser (Conform) and the action. */
export const uploadSchema = z.object({
  kind: z.enum(importKinds, { error: "imports.upload.kindRequired" }),
  file: z
    .instanceof(File, { error: "imports.upload.fileRequired" })
    .refine((file) => file.size > 0, { error: "imports.upload.fileRequired" }),
});

/** The job page's two choices. */
export const runSchema = z.object({ intent: z.enum(["valid", "all"]) });
