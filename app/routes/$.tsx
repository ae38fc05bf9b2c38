import { data, type LoaderFunctionArgs } from "@remix-run/node";
import { allowAnyone } from "~/modules/auth/guards.server";
import { GeneralErrorBoundary } from "~/ui/error-boundary";

// Unknown paths render the shared, localised 404 page inside the layout.
export function loader(_: LoaderFunctionArgs) {
  allowAnyone();
  throw data("Not Found", { status: 404 });
}

export function action() {
  throw data("Not Found", { status: 404 });
}

export default function NotFound() {
  return <GeneralErrorBoundary />;
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
