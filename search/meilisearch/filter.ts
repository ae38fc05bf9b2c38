import { type Filter, type FilterValue, SearchConfigurationError } from "../engine";

/**
 * Serialises the filter AST to Meilisearch's filter syntax. Strings are always double
 * quoted with `\` and `"` escaped, so a value can never change the expression.
 */
export function toMeilisearchFilter(filter: Filter): string {
  switch (filter.op) {
    case "and":
    case "or": {
      if (filter.filters.length === 0) {
        throw new SearchConfigurationError(`an empty ${filter.op} filter has no meaning`);
      }
      const joiner = filter.op === "and" ? " AND " : " OR ";
      return filter.filters.map((part) => `(${toMeilisearchFilter(part)})`).join(joiner);
    }
    case "not":
      return `NOT (${toMeilisearchFilter(filter.filter)})`;
    case "eq":
      return `${attribute(filter.field)} = ${literal(filter.value)}`;
    case "in":
      return `${attribute(filter.field)} IN [${filter.values.map(literal).join(", ")}]`;
    case "range": {
      const bounds: string[] = [];
      if (filter.gte !== undefined)
        bounds.push(`${attribute(filter.field)} >= ${number(filter.gte)}`);
      if (filter.lte !== undefined)
        bounds.push(`${attribute(filter.field)} <= ${number(filter.lte)}`);
      if (bounds.length === 0) return `${attribute(filter.field)} EXISTS`;
      return bounds.join(" AND ");
    }
  }
}

const ATTRIBUTE = /^[A-Za-z_][A-Za-z0-9_]*$/;

function attribute(field: string): string {
  if (!ATTRIBUTE.test(field)) throw new SearchConfigurationError(`bad attribute name ${field}`);
  return field;
}

function literal(value: FilterValue): string {
  if (typeof value === "number") return number(value);
  if (typeof value === "boolean") return value ? "true" : "false";
  return `"${value.replace(/[\\"]/g, (char) => `\\${char}`)}"`;
}

function number(value: number): string {
  if (!Number.isFinite(value)) throw new SearchConfigurationError(`bad number ${value}`);
  return String(value);
}
