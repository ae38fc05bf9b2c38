/**
 * The thread page: the messages as a live log, the composer, and inline editing. Every
 * form is a plain POST first (works without JavaScript: post and reload); with it, the
 * composer sends through a fetcher with an optimistic message, and new messages, edits,
 * deletions and read receipts arrive through the message stream without a reload.
 */
import { getFormProps, getTextareaProps, useForm, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import { Form, Link, useActionData, useFetcher, useNavigate } from "@remix-run/react";
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from "react";
import { formatDateTime } from "~/lib/i18n/locales";
import { useLocale, useT } from "~/lib/i18n/react";
import type { MessageKey } from "~/lib/i18n/translate";
import { FormErrors, TextareaField } from "~/ui/field";
import { linkify } from "~/ui/linkify";
import { PageHeader } from "~/ui/page";
import { StatusButton } from "~/ui/status-button";
import {
  arrived,
  canEdit,
  editMessageSchema,
  formatBytes,
  MESSAGE_MAX,
  mergeMessages,
  postMessageSchema,
  readCount,
  THREAD_PAGE_SIZE,
  type ThreadMessage,
  type ThreadSide,
} from "./messages";
import { useSyncUnread, useThreadEvents } from "./use-message-stream";
import type { ThreadViewData } from "./views.server";

export type ThreadPageData = {
  view: ThreadViewData;
  me: { id: string; side: ThreadSide };
  editing: string | null;
  unreadTotal: number;
  now: string;
};

type ActionResult = { result: SubmissionResult<string[]>; ok: boolean };

const sideKeys: Record<ThreadSide, MessageKey> = {
  professional: "messaging.side.professional",
  company: "messaging.side.company",
  coordinator: "messaging.side.coordinator",
};

function useHydrated() {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}

function counterpartOf(data: ThreadPageData) {
  const { match } = data.view;
  if (data.me.side === "professional") return match.companyName;
  if (data.me.side === "company") return match.professionalName;
  return `${match.professionalName} × ${match.companyName}`;
}

export function ThreadPage({ data }: { data: ThreadPageData }) {
  const t = useT();
  const { view, me } = data;
  const threadId = view.thread.id;
  const [live, setLive] = useState<ThreadMessage[]>([]);
  const [readers, setReaders] = useState(view.readers);
  useEffect(() => setReaders(view.readers), [view.readers]);
  useEffect(() => setLive([]), [threadId]);
  useSyncUnread(data.unreadTotal);

  // Read while looking: tell the server (its read event gives the sender the receipt).
  // A plain request, not a fetcher: nothing on the page needs reloading, and a failure
  // (offline) only means the next visit marks it instead.
  const unseen = useRef(false);
  const markRead = useCallback(() => {
    unseen.current = false;
    void fetch(`/messages/${threadId}.data`, {
      method: "POST",
      body: new URLSearchParams({ intent: "read", mode: "fetch" }),
    }).catch(() => {
      unseen.current = true;
    });
  }, [threadId]);
  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === "visible" && unseen.current) markRead();
    };
    document.addEventListener("visibilitychange", onVisible);
    return () => document.removeEventListener("visibilitychange", onVisible);
  }, [markRead]);

  useThreadEvents(threadId, (event) => {
    const message = event.message;
    if (message) {
      setLive((previous) => [...previous.filter((known) => known.id !== message.id), message]);
      if (event.kind === "message" && message.authorId) {
        const readAt = message.createdAt;
        setReaders((previous) =>
          previous.map((reader) =>
            reader.userId === message.authorId && (!reader.lastReadAt || reader.lastReadAt < readAt)
              ? { ...reader, lastReadAt: readAt }
              : reader,
          ),
        );
      }
      if (event.kind === "message" && message.authorId !== me.id) {
        if (document.visibilityState === "visible") markRead();
        else unseen.current = true;
      }
    }
    const reader = event.reader;
    if (event.kind === "read" && reader && reader.userId !== me.id) {
      setReaders((previous) => {
        const known = previous.some((row) => row.userId === reader.userId);
        const rows = known
          ? previous
          : [...previous, { userId: reader.userId, lastReadAt: null as string | null }];
        return rows.map((row) =>
          row.userId === reader.userId ? { ...row, lastReadAt: reader.readAt } : row,
        );
      });
    }
  });

  const postFetcher = useFetcher<ActionResult>({ key: `post:${threadId}` });
  const pendingSince = useRef(0);
  const pendingBody =
    postFetcher.state !== "idle" && postFetcher.formData?.get("intent") === "post"
      ? String(postFetcher.formData.get("body") ?? "").trim()
      : null;
  const merged = mergeMessages(view.messages, live);
  const showPending =
    pendingBody !== null &&
    !arrived(merged, { authorId: me.id, body: pendingBody, since: pendingSince.current });
  const messages = showPending
    ? [
        ...merged,
        {
          id: "pending",
          authorId: me.id,
          authorName: "",
          authorSide: me.side,
          body: pendingBody,
          deleted: false,
          createdAt: new Date(pendingSince.current || Date.now()).toISOString(),
          editedAt: null,
          attachments: [],
          pending: true,
        } satisfies ThreadMessage,
      ]
    : merged;

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageHeader
        title={t("messaging.thread.with", { name: counterpartOf(data) })}
        lead={
          <span className="flex flex-wrap gap-x-4 gap-y-1">
            <span>
              {t("messaging.thread.challenge")}:{" "}
              <Link to={`/challenges/${view.match.challengeId}`}>{view.match.challengeTitle}</Link>
            </span>
            <Link to={`/matches/${view.match.id}`}>{t("messaging.thread.match")}</Link>
            <Link to={`/messages/${threadId}/safety`}>{t("messaging.thread.safety")}</Link>
            <Link to="/messages">{t("messaging.thread.back")}</Link>
          </span>
        }
      />
      <section aria-labelledby="participants-heading" className="card space-y-2">
        <h2 id="participants-heading" className="font-semibold">
          {t("messaging.thread.participants")}
        </h2>
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {view.participants.map((participant) => (
            <li key={participant.userId}>
              {participant.userId === me.id ? t("messaging.message.you") : participant.name}{" "}
              <span className="text-muted">({t(sideKeys[participant.side])})</span>
            </li>
          ))}
        </ul>
        {view.thread.withCoordinator ? (
          <p className="text-sm text-muted">{t("messaging.thread.threeWay")}</p>
        ) : null}
        {view.muted ? <p className="text-sm text-muted">{t("messaging.thread.muted")}</p> : null}
      </section>
      <section aria-labelledby="log-heading" className="space-y-3">
        <h2 id="log-heading" className="sr-only">
          {t("messaging.thread.log")}
        </h2>
        {view.hasOlder ? (
          <p className="text-sm text-muted">
            {t("messaging.thread.older", { count: THREAD_PAGE_SIZE })}
          </p>
        ) : null}
        {messages.length === 0 ? <p className="text-muted">{t("messaging.thread.empty")}</p> : null}
        <div role="log" aria-live="polite" aria-labelledby="log-heading" data-testid="message-log">
          <ol className="space-y-3">
            {messages.map((message) => (
              <MessageItem
                key={message.id}
                message={message}
                data={data}
                readers={readers.map((reader) => reader.lastReadAt)}
              />
            ))}
          </ol>
        </div>
      </section>
      {view.canPost ? (
        <div id="composer">
          <Composer threadId={threadId} fetcher={postFetcher} pendingSince={pendingSince} />
        </div>
      ) : (
        <p role="status" className="card border-danger font-semibold text-danger">
          {t("messaging.compose.blocked")}
        </p>
      )}
    </div>
  );
}

function MessageItem({
  message,
  data,
  readers,
}: {
  message: ThreadMessage;
  data: ThreadPageData;
  readers: (string | null)[];
}) {
  const t = useT();
  const locale = useLocale();
  const { me, view } = data;
  const mine = message.authorId === me.id;
  const checkedAt = new Date(Math.max(Date.parse(data.now), Date.parse(message.createdAt)));
  const editable = !message.pending && canEdit(message, me.id, checkedAt);
  const editing = editable && data.editing === message.id;
  const read = mine && !message.pending ? readCount(message, readers) : 0;
  return (
    <li
      id={`message-${message.id}`}
      data-testid="message"
      aria-busy={message.pending || undefined}
      className={`card max-w-[85%] space-y-2 ${mine ? "ml-auto bg-accent-soft" : ""} ${message.pending ? "opacity-60" : ""}`}
    >
      <p className="text-sm">
        <span className="font-semibold">
          {mine ? t("messaging.message.you") : message.authorName}
        </span>
        {!mine && message.authorSide ? (
          <span className="text-muted"> ({t(sideKeys[message.authorSide])})</span>
        ) : null}
        <span className="text-muted">
          {" · "}
          <time dateTime={message.createdAt}>{formatDateTime(locale, message.createdAt)}</time>
          {message.editedAt && !message.deleted ? ` · ${t("messaging.message.edited")}` : null}
          {message.pending ? ` · ${t("messaging.message.sending")}` : null}
        </span>
      </p>
      {message.deleted ? (
        <p className="italic text-muted">{t("messaging.message.deleted")}</p>
      ) : editing ? (
        <EditForm message={message} threadId={view.thread.id} />
      ) : (
        <p className="whitespace-pre-wrap break-words" data-testid="message-body">
          {linkify(message.body)}
        </p>
      )}
      {message.attachments.length > 0 ? (
        <div>
          <p className="sr-only">{t("messaging.message.attachments")}</p>
          <ul className="space-y-1 text-sm">
            {message.attachments.map((attachment) => (
              <li key={attachment.id}>
                <a href={`/messages/${view.thread.id}/attachments/${attachment.id}`}>
                  {t("messaging.message.attachment", {
                    name: attachment.fileName,
                    size: formatBytes(attachment.byteSize),
                  })}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {!message.pending && !message.deleted && !editing ? (
        <MessageActions
          message={message}
          threadId={view.thread.id}
          mine={mine}
          editable={editable}
        />
      ) : null}
      {read > 0 ? (
        <p className="text-right text-xs text-muted" data-testid="read-receipt">
          {readers.length === 1
            ? t("messaging.message.read")
            : t("messaging.message.readCount", { count: read })}
        </p>
      ) : null}
    </li>
  );
}

function MessageActions({
  message,
  threadId,
  mine,
  editable,
}: {
  message: ThreadMessage;
  threadId: string;
  mine: boolean;
  editable: boolean;
}) {
  const t = useT();
  if (!mine) {
    return (
      <p className="text-right text-sm">
        <Link to={`/messages/${threadId}/safety?message=${message.id}`}>
          {t("messaging.message.report")}
        </Link>
      </p>
    );
  }
  return (
    <div className="flex flex-wrap justify-end gap-3 text-sm">
      {editable ? (
        <Link to={`?edit=${message.id}#message-${message.id}`} preventScrollReset>
          {t("messaging.message.edit")}
        </Link>
      ) : null}
      <Form
        method="post"
        action={`/messages/${threadId}`}
        onSubmit={(event) => {
          if (!window.confirm(t("messaging.message.deleteConfirm"))) event.preventDefault();
        }}
      >
        <input type="hidden" name="intent" value="delete" />
        <input type="hidden" name="messageId" value={message.id} />
        <button type="submit" className="text-danger underline">
          {t("messaging.message.delete")}
        </button>
      </Form>
    </div>
  );
}

function EditForm({ message, threadId }: { message: ThreadMessage; threadId: string }) {
  const t = useT();
  const navigate = useNavigate();
  const actionData = useActionData<ActionResult>();
  const [form, fields] = useForm({
    id: `edit-${message.id}`,
    lastResult: actionData?.result,
    defaultValue: { intent: "edit", messageId: message.id, body: message.body },
    constraint: getZodConstraint(editMessageSchema),
    onValidate: ({ formData }) => parseWithZod(formData, { schema: editMessageSchema }),
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
  });
  const cancel = `/messages/${threadId}`;
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === "Escape") navigate(cancel, { preventScrollReset: true });
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      event.currentTarget.form?.requestSubmit();
    }
  };
  return (
    <Form
      method="post"
      action={`/messages/${threadId}`}
      className="space-y-2"
      {...getFormProps(form)}
    >
      <input type="hidden" name="intent" value="edit" />
      <input type="hidden" name="messageId" value={message.id} />
      <FormErrors errors={form.errors} />
      <TextareaField
        label={t("messaging.message.editLabel")}
        errors={fields.body.errors}
        textareaProps={{
          ...getTextareaProps(fields.body),
          rows: 4,
          autoFocus: true,
          onKeyDown,
        }}
      />
      <div className="flex gap-2">
        <StatusButton>{t("messaging.message.save")}</StatusButton>
        <Link to={cancel} className="btn-secondary" preventScrollReset>
          {t("messaging.message.cancel")}
        </Link>
      </div>
    </Form>
  );
}

function Composer({
  threadId,
  fetcher,
  pendingSince,
}: {
  threadId: string;
  fetcher: ReturnType<typeof useFetcher<ActionResult>>;
  pendingSince: { current: number };
}) {
  const t = useT();
  const hydrated = useHydrated();
  const actionData = useActionData<ActionResult>();
  const lastBody = useRef("");
  const [form, fields] = useForm({
    id: `compose-${threadId}`,
    lastResult: fetcher.data?.result ?? (actionData?.ok === false ? actionData.result : undefined),
    constraint: getZodConstraint(postMessageSchema),
    onValidate: ({ formData }) => parseWithZod(formData, { schema: postMessageSchema }),
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
  });

  // Sent: empty the box at once (the message shows as pending) and stay in it.
  useEffect(() => {
    if (fetcher.state !== "submitting" || fetcher.formData?.get("intent") !== "post") return;
    lastBody.current = String(fetcher.formData.get("body") ?? "");
    pendingSince.current = Date.now();
    const element = document.getElementById(fields.body.id) as HTMLTextAreaElement | null;
    if (element) {
      element.form?.reset();
      element.value = "";
      element.focus();
    }
  }, [fetcher.state, fetcher.formData, pendingSince, fields.body.id]);
  // Refused: give the text back, nothing typed is lost.
  useEffect(() => {
    if (fetcher.state !== "idle" || !fetcher.data || fetcher.data.ok) return;
    const element = document.getElementById(fields.body.id) as HTMLTextAreaElement | null;
    if (element && !element.value) element.value = lastBody.current;
  }, [fetcher.state, fetcher.data, fields.body.id]);

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      event.currentTarget.form?.requestSubmit();
    }
  };
  const { key, ...bodyProps } = getTextareaProps(fields.body);
  return (
    <fetcher.Form
      method="post"
      action={`/messages/${threadId}`}
      encType="multipart/form-data"
      className="card space-y-3"
      {...getFormProps(form)}
    >
      <input type="hidden" name="intent" value="post" />
      {hydrated ? <input type="hidden" name="mode" value="fetch" /> : null}
      <FormErrors errors={form.errors} />
      <TextareaField
        label={t("messaging.compose.label")}
        hint={t("messaging.compose.hint", { max: MESSAGE_MAX.toLocaleString() })}
        errors={fields.body.errors}
        textareaProps={{ ...bodyProps, key, rows: 4, onKeyDown }}
      />
      <div>
        <label htmlFor={`attachments-${threadId}`} className="mb-1 block font-semibold">
          {t("messaging.compose.attachments")}
        </label>
        <p id={`attachments-${threadId}-hint`} className="mb-1 text-sm text-muted">
          {t("messaging.compose.attachmentsHint")}
        </p>
        <input
          id={`attachments-${threadId}`}
          type="file"
          name="attachments"
          multiple
          accept=".pdf,.png,.jpg,.jpeg,.gif,.webp,.doc,.docx,.xls,.xlsx,.ppt,.pptx"
          aria-describedby={`attachments-${threadId}-hint`}
          className="block text-sm"
        />
      </div>
      <StatusButton>{t("messaging.compose.submit")}</StatusButton>
    </fetcher.Form>
  );
}
