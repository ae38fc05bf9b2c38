import { useId, type InputHTMLAttributes, type ReactNode } from "react";
import { ErrorList } from "~/ui/field";

type Errors = string[] | undefined | null;

export type ChoiceOption = {
  label: ReactNode;
  hint?: ReactNode;
  inputProps: InputHTMLAttributes<HTMLInputElement> & { key?: string | null };
};

/** Checkboxes or radios under one legend, with the group's errors after them. */
export function ChoiceGroup({
  legend,
  hint,
  errors,
  options,
  columns = false,
}: {
  legend: ReactNode;
  hint?: ReactNode;
  errors?: Errors;
  options: ChoiceOption[];
  columns?: boolean;
}) {
  const groupId = useId();
  const hintId = hint ? `${groupId}-hint` : undefined;
  const errorId = errors?.length ? `${groupId}-error` : undefined;
  return (
    <fieldset aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}>
      <legend className="mb-1 font-semibold">{legend}</legend>
      {hint ? (
        <p id={hintId} className="mb-2 text-sm text-muted">
          {hint}
        </p>
      ) : null}
      <div className={columns ? "grid gap-2 sm:grid-cols-2 lg:grid-cols-3" : "space-y-2"}>
        {options.map(({ label, hint: optionHint, inputProps: { key, ...input } }, index) => {
          const id = input.id ?? `${groupId}-${index}`;
          return (
            <div key={key ?? id} className="flex items-start gap-3">
              <input
                {...input}
                id={id}
                className="mt-1 size-5 shrink-0 accent-accent"
                aria-describedby={optionHint ? `${id}-hint` : undefined}
              />
              <div>
                <label htmlFor={id}>{label}</label>
                {optionHint ? (
                  <p id={`${id}-hint`} className="text-sm text-muted">
                    {optionHint}
                  </p>
                ) : null}
              </div>
            </div>
          );
        })}
      </div>
      <ErrorList id={errorId} errors={errors} />
    </fieldset>
  );
}

/** One row of a repeatable list (a skill, a job, a tie…): a fieldset with its remove button. */
export function RowFieldset({
  legend,
  removeButton,
  errors,
  children,
}: {
  legend: string;
  removeButton: ReactNode;
  errors?: Errors;
  children: ReactNode;
}) {
  return (
    <fieldset className="rounded-md border border-line bg-white p-4">
      <legend className="px-1 font-semibold">{legend}</legend>
      <div className="grid gap-4 md:grid-cols-2">{children}</div>
      <ErrorList errors={errors} />
      <div className="mt-3 text-right">{removeButton}</div>
    </fieldset>
  );
}

/**
 * Pressing Enter in a field submits with the form's first submit button. In forms with
 * "remove this row" buttons that would remove the first row, so such forms start with this
 * invisible plain submit (not in the tab order, hidden from assistive technology).
 */
export function DefaultSubmit() {
  return (
    <button type="submit" className="sr-only" tabIndex={-1} aria-hidden="true">
      ↵
    </button>
  );
}
