import { useNavigation, useSubmit } from "@remix-run/react";
import { useCallback, useEffect, useRef, useState } from "react";
import { searchPaths, type SearchKind } from "./filters";
import { withoutEmptyValues, type Parsed } from "./parse";

const TYPING_MS = 350;

export type SearchForm<T> = {
  formId: string;
  /** what the controls show: what was just chosen, the search loading, or the loaded one */
  params: T;
  /** a search of this page is on its way */
  busy: boolean;
  /** submit now (a facet, the sort, Enter): a new history entry, so Back returns */
  now: () => void;
  /** submit after a pause in typing, replacing the history entry */
  typed: () => void;
};

/**
 * "Instant" search over a plain GET form. Without JavaScript none of this runs and the
 * form's submit buttons do the same. With it, every change submits the form's values
 * (blank fields and the default order left out, so the address stays short); the
 * controls show the new choice at once, before the results arrive.
 */
export function useSearchForm<T>(
  kind: SearchKind,
  loaded: T,
  parse: (search: URLSearchParams) => Parsed<T>,
): SearchForm<T> {
  const formId = `search-${kind}`;
  const pathname = searchPaths[kind];
  const submit = useSubmit();
  const navigation = useNavigation();
  const [chosen, setChosen] = useState<T | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => () => clearTimeout(timer.current), []);
  // The loader answered (or Back/Forward moved): what it loaded is what to show.
  useEffect(() => setChosen(null), [loaded]);

  const send = useCallback(
    (replace: boolean) => {
      const form = document.getElementById(formId);
      if (!(form instanceof HTMLFormElement)) return;
      const values = new URLSearchParams();
      for (const [key, value] of new FormData(form)) {
        if (typeof value === "string") values.append(key, value);
      }
      const query = withoutEmptyValues(values);
      setChosen(parse(query).params);
      submit(query, { method: "get", action: pathname, replace, preventScrollReset: true });
    },
    [formId, pathname, parse, submit],
  );

  const now = useCallback(() => {
    clearTimeout(timer.current);
    send(false);
  }, [send]);

  const typed = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => send(true), TYPING_MS);
  }, [send]);

  const pending = navigation.location?.pathname === pathname ? navigation.location : null;
  const params = chosen ?? (pending ? parse(new URLSearchParams(pending.search)).params : loaded);
  return { formId, params, busy: pending !== null, now, typed };
}
