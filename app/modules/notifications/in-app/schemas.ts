/** The /notifications page's forms, shared by the page (client) and its action. */
import { z } from "zod";

const id = z.string().trim().min(1).max(64);
/** where to come back to after "mark as read" (the page the list was on) */
const redirectTo = z.string().max(2048).optional();

export const notificationActionSchema = z.discriminatedUnion("intent", [
  /** open a notification: mark it read and go to its page */
  z.object({ intent: z.literal("open"), id }),
  z.object({ intent: z.literal("read"), id, redirectTo }),
  z.object({ intent: z.literal("readAll"), redirectTo }),
]);
export type NotificationAction = z.infer<typeof notificationActionSchema>;
