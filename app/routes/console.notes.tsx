import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { notFound } from "~/lib/http.server";
import { requestMeta } from "~/lib/request-meta.server";
import { redirectWithToast } from "~/lib/toast.server";
import { requireRole } from "~/modules/auth/guards.server";
import { noteActionSchema } from "~/modules/coordination/notes";
import {
  createNote,
  deleteNote,
  requireNoteSubject,
  requireOwnNote,
  updateNote,
} from "~/modules/coordination/notes.server";

// A resource route: the notes panels on company, profile and match pages post here.
export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireRole(request, context, ["COORDINATOR", "ADMIN"]);
  notFound();
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireRole(request, context, ["COORDINATOR", "ADMIN"]);
  const submission = parseWithZod(await request.formData(), { schema: noteActionSchema });
  if (submission.status !== "success") {
    const referer = new URL(request.headers.get("Referer") ?? "/console", request.url);
    const back = referer.origin === new URL(request.url).origin ? referer.pathname : "/console";
    return redirectWithToast(back, { kind: "error", message: "coordination.notes.invalid" });
  }
  const value = submission.value;
  const actor = { ...user, ipAddress: requestMeta(request, context).ipAddress };
  if (value.intent === "create") {
    const subject = await requireNoteSubject(user, value.subjectType, value.subjectId);
    await createNote(actor, subject, value.body);
    return redirectWithToast(subject.href, {
      kind: "success",
      message: "coordination.notes.added",
    });
  }
  const { subject } = await requireOwnNote(user, value.noteId);
  if (value.intent === "update") {
    await updateNote(actor, value.noteId, subject, value.body);
    return redirectWithToast(subject.href, {
      kind: "success",
      message: "coordination.notes.saved",
    });
  }
  await deleteNote(actor, value.noteId);
  return redirectWithToast(subject.href, {
    kind: "success",
    message: "coordination.notes.deleted",
  });
}
