import { useId, type ReactNode } from "react";
import { ErrorList } from "~/ui/field";

type Errors = string[] | undefined | null;

/**
 * A group of radios or checkboxes in a fieldset whose legend names it; the errors
 * are announced and tied to the group.
 */
export function ChoiceGroup({
  legend,
  hint,
  errors,
  name,
  type,
  options,
  selected,
  required,
}: {
  legend: ReactNode;
  hint?: ReactNode;
  errors?: Errors;
  name: string;
  type: "radio" | "checkbox";
  options: ReadonlyArray<{ value: string; label: ReactNode }>;
  selected: readonly string[];
  required?: boolean;
}) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <fieldset
      aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
      aria-invalid={errorId ? true : undefined}
    >
      <legend className="mb-1 font-semibold">{legend}</legend>
      {hint ? (
        <p id={hintId} className="mb-1 text-sm text-muted">
          {hint}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-x-6 gap-y-2">
        {options.map((option) => (
          <label key={option.value} className="flex items-center gap-2">
            <input
              type={type}
              name={name}
              value={option.value}
              defaultChecked={selected.includes(option.value)}
              required={type === "radio" ? required : undefined}
              className="size-5 accent-accent"
            />
            {option.label}
          </label>
        ))}
      </div>
      <ErrorList id={errorId} errors={errors} />
    </fieldset>
  );
}
