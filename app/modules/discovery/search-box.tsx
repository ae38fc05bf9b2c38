import { useEffect, type ChangeEvent, type KeyboardEvent } from "react";
import { useT } from "~/lib/i18n/react";
import { ErrorList } from "~/ui/field";
import { useCombobox } from "~/ui/use-combobox";
import type { SearchKind } from "./filters";

export type Suggestion = { text: string; kind: string };

const LIMIT = 8;

/**
 * The keyword box. Without JavaScript: a labelled search input in a GET form. With it:
 * an ARIA combobox whose suggestions come from /api/v1/suggest (debounced; a newer
 * keystroke aborts the request on its way); ↑/↓ move through them, Enter or a click
 * puts one in the box and searches, Escape closes the list. `onType` is called on every
 * change (the page searches as you type); `onChoose` after a suggestion was put in.
 */
export function SearchBox({
  kind,
  defaultValue,
  errors,
  onType,
  onChoose,
}: {
  kind: SearchKind;
  defaultValue: string;
  errors?: string[];
  onType?: (input: HTMLInputElement) => void;
  onChoose?: (input: HTMLInputElement) => void;
}) {
  const t = useT();
  const id = `search-${kind}-q`;
  const hintId = `${id}-hint`;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const listId = `${id}-suggestions`;
  const combobox = useCombobox<Suggestion>({
    listId,
    load: async (term, signal) => {
      const search = new URLSearchParams({ index: kind, q: term, limit: String(LIMIT) });
      const response = await fetch(`/api/v1/suggest?${search}`, {
        signal,
        headers: { Accept: "application/json" },
      });
      if (!response.ok) throw new Error(`suggestions: ${response.status}`);
      return ((await response.json()) as { data: Suggestion[] }).data;
    },
    describe: (count) =>
      count > 0
        ? t("discovery.search.suggestionsFound", { count })
        : t("discovery.search.noSuggestions"),
  });
  const { enhanced, options, active, open, status, inputRef } = combobox;

  // Back/forward or a removed chip changes the keyword: show it, unless the person is typing.
  useEffect(() => {
    const input = inputRef.current;
    if (input && document.activeElement !== input && input.value !== defaultValue) {
      input.value = defaultValue;
    }
  }, [defaultValue, inputRef]);

  function choose(option: Suggestion) {
    const input = inputRef.current;
    if (!input) return;
    input.value = option.text;
    combobox.reset();
    input.focus();
    onChoose?.(input);
  }

  const comboboxProps = enhanced
    ? {
        ...combobox.ariaProps,
        onChange: (event: ChangeEvent<HTMLInputElement>) => {
          combobox.lookup(event.currentTarget.value);
          onType?.(event.currentTarget);
        },
        onKeyDown: (event: KeyboardEvent<HTMLInputElement>) =>
          combobox.handleKeyDown(event, choose),
        onBlur: combobox.close,
      }
    : {};

  return (
    <div className="min-w-0 flex-1">
      <label htmlFor={id} className="mb-1 block font-semibold">
        {t("discovery.search.label")}
      </label>
      <p id={hintId} className="mb-1 text-sm text-muted">
        {t("discovery.search.hint")}
      </p>
      <div className="relative">
        <input
          ref={inputRef}
          id={id}
          type="search"
          name="q"
          defaultValue={defaultValue}
          maxLength={200}
          enterKeyHint="search"
          className="input"
          aria-invalid={errorId ? true : undefined}
          aria-describedby={[hintId, errorId].filter(Boolean).join(" ")}
          {...comboboxProps}
        />
        {enhanced ? (
          <ul
            id={listId}
            role="listbox"
            aria-label={t("discovery.search.suggestions")}
            hidden={!open}
            className="absolute z-20 mt-1 max-h-72 w-full overflow-auto rounded-md border border-line bg-white py-1 shadow-lg"
          >
            {options.map((option, index) => (
              // The keyboard works on the input (aria-activedescendant), as the
              // combobox pattern asks; the options only take pointer clicks.
              // eslint-disable-next-line jsx-a11y/click-events-have-key-events
              <li
                key={`${option.kind}:${option.text}`}
                id={`${listId}-${index}`}
                role="option"
                aria-selected={index === active}
                className={`flex cursor-pointer items-baseline justify-between gap-3 px-3 py-2 ${
                  index === active ? "bg-paper font-semibold outline-2 outline-current" : ""
                }`}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(option)}
              >
                <span>{option.text}</span>
                {option.kind === "skill" || option.kind === "challenge" ? (
                  <span className="shrink-0 text-sm font-normal text-muted">
                    {t(`discovery.suggest.${option.kind}`)}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <p className="sr-only" role="status">
        {status}
      </p>
      <ErrorList id={errorId} errors={errors} />
    </div>
  );
}
