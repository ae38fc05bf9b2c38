import { randomBytes } from "node:crypto";
import { createCookie, redirect } from "@remix-run/node";
import { z } from "zod";
import { getEnv, usesSecureCookies } from "./env.server";

export const toastSchema = z.object({
  kind: z.enum(["success", "error", "info"]).default("success"),
  /** a message key, translated when shown */
  message: z.string().max(200),
});
export type Toast = z.infer<typeof toastSchema>;

// A local install without SESSION_SECRET signs with a per-process key: a toast only
// lives for one redirect, so losing it on restart costs nothing.
const globalForToast = globalThis as unknown as { enishiToastSecret?: string };
const secret = (getEnv().SESSION_SECRET ??
  (globalForToast.enishiToastSecret ??= randomBytes(32).toString("hex"))) as string;

const toastCookie = createCookie("enishi_toast", {
  path: "/",
  sameSite: "lax",
  httpOnly: true,
  secure: usesSecureCookies(),
  secrets: [secret],
  maxAge: 60,
});

export async function redirectWithToast(url: string, toast: Toast, init: ResponseInit = {}) {
  const headers = new Headers(init.headers);
  headers.append("Set-Cookie", await toastCookie.serialize(toastSchema.parse(toast)));
  return redirect(url, { ...init, headers });
}

/** Reads the pending toast (if any) and returns the header that clears it. */
export async function readToast(request: Request) {
  const raw: unknown = await toastCookie.parse(request.headers.get("Cookie"));
  const parsed = toastSchema.safeParse(raw);
  if (!raw) return { toast: null, clearCookie: null };
  return {
    toast: parsed.success ? parsed.data : null,
    clearCookie: await toastCookie.serialize("", { maxAge: 0 }),
  };
}
