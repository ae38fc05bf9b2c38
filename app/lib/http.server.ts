import { data } from "@remix-run/node";

export function notFound(): never {
  throw data("Not Found", { status: 404 });
}

export function forbidden(): never {
  throw data("Forbidden", { status: 403 });
}
