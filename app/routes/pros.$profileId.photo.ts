import type { LoaderFunctionArgs } from "@remix-run/node";
import { imageResponse } from "~/modules/images/images.server";
import { currentViewer } from "~/modules/professionals/guards.server";
import { photoForViewer } from "~/modules/professionals/views.server";

/** A profile's photo: only to viewers who see the profile in full (404 otherwise). */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { viewer } = await currentViewer(request, context);
  const photo = await photoForViewer(viewer, params.profileId ?? "");
  if (!photo) {
    return new Response("Not Found", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  return imageResponse(photo);
}
