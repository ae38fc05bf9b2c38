import type { SubmissionResult } from "@conform-to/react";

/** What POST /searches answers to the save form's fetcher (mode=fetch). */
export type SaveSearchResponse = { result: SubmissionResult<string[]>; saved: boolean };
