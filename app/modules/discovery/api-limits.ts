/** The JSON API's limits and problem types, shared by the endpoints and the OpenAPI document. */

/** Requests per window, per client address and (signed-in endpoints) per user. */
export const apiRateLimits = {
  windowSeconds: 60,
  challengesPerIp: 120,
  professionalsPerIp: 120,
  professionalsPerUser: 60,
  suggestPerIp: 600,
} as const;

export const PROBLEM_TYPE_BASE = "https://enishi.example/problems";
