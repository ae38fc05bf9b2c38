import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from "react";
import { useTranslateError } from "~/lib/i18n/react";

type Errors = string[] | undefined | null;

/** Translated errors, announced to screen readers when they appear. */
export function ErrorList({ id, errors }: { id?: string; errors?: Errors }) {
  const translateError = useTranslateError();
  const shown = errors?.filter(Boolean) ?? [];
  if (shown.length === 0) return null;
  return (
    <ul id={id} className="mt-1 space-y-1 text-sm font-medium text-danger" aria-live="polite">
      {shown.map((error) => (
        <li key={error}>{translateError(error)}</li>
      ))}
    </ul>
  );
}

export type FieldProps = {
  label: ReactNode;
  hint?: ReactNode;
  errors?: Errors;
  inputProps: InputHTMLAttributes<HTMLInputElement> & { key?: string | null };
  className?: string;
};

/** A labelled input whose hint and errors are tied to it with aria-describedby. */
export function Field({ label, hint, errors, inputProps, className }: FieldProps) {
  const fallbackId = useId();
  const { key, ...rest } = inputProps;
  const id = rest.id ?? fallbackId;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className="mb-1 block font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="mb-1 text-sm text-muted">
          {hint}
        </p>
      ) : null}
      <input
        key={key ?? undefined}
        {...rest}
        id={id}
        className="input"
        aria-invalid={errorId ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
      />
      <ErrorList id={errorId} errors={errors} />
    </div>
  );
}

type SelectFieldProps = {
  label: ReactNode;
  errors?: Errors;
  selectProps: SelectHTMLAttributes<HTMLSelectElement> & { key?: string | null };
  children: ReactNode;
};

/** A labelled select, wired to its errors like `Field`. */
export function SelectField({ label, errors, selectProps, children }: SelectFieldProps) {
  const fallbackId = useId();
  const { key, ...rest } = selectProps;
  const id = rest.id ?? fallbackId;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <div>
      <label htmlFor={id} className="mb-1 block font-semibold">
        {label}
      </label>
      <select
        key={key ?? undefined}
        {...rest}
        id={id}
        className="input"
        aria-invalid={errorId ? true : undefined}
        aria-describedby={errorId}
      >
        {children}
      </select>
      <ErrorList id={errorId} errors={errors} />
    </div>
  );
}

type CheckboxFieldProps = {
  label: ReactNode;
  errors?: Errors;
  inputProps: InputHTMLAttributes<HTMLInputElement> & { key?: string | null };
};

export function CheckboxField({ label, errors, inputProps }: CheckboxFieldProps) {
  const fallbackId = useId();
  const { key, ...rest } = inputProps;
  const id = rest.id ?? fallbackId;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <div>
      <div className="flex items-start gap-3">
        <input
          key={key ?? undefined}
          {...rest}
          id={id}
          type="checkbox"
          className="mt-1 size-5 accent-accent"
          aria-invalid={errorId ? true : undefined}
          aria-describedby={errorId}
        />
        <label htmlFor={id}>{label}</label>
      </div>
      <ErrorList id={errorId} errors={errors} />
    </div>
  );
}

/** Errors about the whole form rather than one field. */
export function FormErrors({ id, errors }: { id?: string; errors?: Errors }) {
  const translateError = useTranslateError();
  const shown = errors?.filter(Boolean) ?? [];
  if (shown.length === 0) return null;
  return (
    <div
      id={id}
      role="alert"
      className="rounded-md border border-danger bg-red-50 p-3 text-sm font-medium text-danger"
    >
      {shown.map((error) => (
        <p key={error}>{translateError(error)}</p>
      ))}
    </div>
  );
}

/** A labelled textarea wired to its hint and errors like `Field`. */
export function TextareaField({
  label,
  hint,
  errors,
  textareaProps,
  children,
}: {
  label: ReactNode;
  hint?: ReactNode;
  errors?: Errors;
  textareaProps: TextareaHTMLAttributes<HTMLTextAreaElement> & { key?: string | null };
  /** extra controls under the box (e.g. "insert an example" buttons) */
  children?: ReactNode;
}) {
  const fallbackId = useId();
  const { key, ...rest } = textareaProps;
  const id = rest.id ?? fallbackId;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <div>
      <label htmlFor={id} className="mb-1 block font-semibold">
        {label}
      </label>
      {hint ? (
        <div id={hintId} className="mb-1 text-sm text-muted">
          {hint}
        </div>
      ) : null}
      <textarea
        key={key ?? undefined}
        rows={5}
        {...rest}
        id={id}
        className="input min-h-24"
        aria-invalid={errorId ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
      />
      <ErrorList id={errorId} errors={errors} />
      {children}
    </div>
  );
}
