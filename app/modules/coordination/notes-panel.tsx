import { Form } from "@remix-run/react";
import { formatDateTime } from "~/lib/i18n/locales";
import { useLocale, useT } from "~/lib/i18n/react";
import { TextareaField } from "~/ui/field";
import { StatusButton } from "~/ui/status-button";
import { NOTE_MAX, type NoteSubjectType } from "./notes";

type NoteView = {
  id: string;
  body: string;
  authorName: string | null;
  own: boolean;
  createdAt: Date | string;
  edited: boolean;
  mentions: string[];
};

export type NotesPanelData = {
  subjectType: NoteSubjectType;
  subjectId: string;
  notes: NoteView[];
};

/**
 * Coordinators' private notes on a company, a professional or a match. Every form posts
 * to /console/notes, which returns to this page. Shown only to staff who can see the
 * subject; the loader leaves it out for everyone else.
 */
export function NotesPanel({ panel }: { panel: NotesPanelData }) {
  const t = useT();
  const locale = useLocale();
  const headingId = `notes-heading-${panel.subjectId}`;
  return (
    <section aria-labelledby={headingId} className="card space-y-4">
      <h2 id={headingId} className="text-lg font-semibold">
        {t("coordination.notes.title")}
      </h2>
      <p className="text-sm text-muted">{t("coordination.notes.private")}</p>
      <Form method="post" action="/console/notes" className="space-y-3">
        <input type="hidden" name="subjectType" value={panel.subjectType} />
        <input type="hidden" name="subjectId" value={panel.subjectId} />
        <TextareaField
          label={t("coordination.notes.new")}
          hint={t("coordination.notes.hint", { max: NOTE_MAX })}
          textareaProps={{
            name: "body",
            rows: 3,
            maxLength: NOTE_MAX,
            required: true,
            id: `note-new-${panel.subjectId}`,
          }}
        />
        <StatusButton name="intent" value="create">
          {t("coordination.notes.add")}
        </StatusButton>
      </Form>
      {panel.notes.length === 0 ? (
        <p className="text-muted">{t("coordination.notes.empty")}</p>
      ) : (
        <ol className="space-y-3" aria-label={t("coordination.notes.title")}>
          {panel.notes.map((note) => (
            <li key={note.id} className="rounded-md border border-line p-3" data-testid="note">
              <p className="text-sm text-muted">
                {note.authorName ?? t("coordination.notes.formerAuthor")} ·{" "}
                {formatDateTime(locale, note.createdAt)}
                {note.edited ? ` · ${t("coordination.notes.edited")}` : null}
              </p>
              <p className="mt-1 whitespace-pre-wrap break-words">{note.body}</p>
              {note.mentions.length > 0 ? (
                <p className="mt-1 text-sm text-muted">
                  {t("coordination.notes.mentions", { names: note.mentions.join(", ") })}
                </p>
              ) : null}
              {note.own ? (
                <div className="mt-2 flex flex-wrap items-start gap-3">
                  <details>
                    <summary className="cursor-pointer">{t("coordination.notes.edit")}</summary>
                    <Form method="post" action="/console/notes" className="mt-2 space-y-2">
                      <input type="hidden" name="noteId" value={note.id} />
                      <TextareaField
                        label={t("coordination.notes.body")}
                        textareaProps={{
                          name: "body",
                          rows: 3,
                          maxLength: NOTE_MAX,
                          required: true,
                          defaultValue: note.body,
                          id: `note-body-${note.id}`,
                        }}
                      />
                      <StatusButton name="intent" value="update" variant="secondary">
                        {t("coordination.notes.save")}
                      </StatusButton>
                    </Form>
                  </details>
                  <Form method="post" action="/console/notes">
                    <input type="hidden" name="noteId" value={note.id} />
                    <StatusButton name="intent" value="delete" variant="danger">
                      {t("coordination.notes.delete")}
                    </StatusButton>
                  </Form>
                </div>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
