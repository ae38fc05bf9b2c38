import { describe, expect, it } from "vitest";
import { challengeSearchSchema, professionalSearchSchema } from "~/modules/search/params";
import { buildOpenApiDocument } from "./openapi";
import { suggestQuerySchema } from "./parse";

const document = buildOpenApiDocument({
  serverUrl: "https://enishi.example.jp",
  sessionCookieName: "__Host-enishi_session",
});

type Parameter = { name: string; in: string; description: string; schema: { type?: string } };
const parameters = (path: keyof typeof document.paths) =>
  document.paths[path].get.parameters as Parameter[];

describe("the OpenAPI document", () => {
  it("has one described query parameter per key of each schema, in the schema's order", () => {
    const cases = [
      ["/api/v1/challenges", challengeSearchSchema],
      ["/api/v1/professionals", professionalSearchSchema],
      ["/api/v1/suggest", suggestQuerySchema],
    ] as const;
    for (const [path, schema] of cases) {
      const documented = parameters(path);
      expect(documented.map((parameter) => parameter.name)).toEqual(Object.keys(schema.shape));
      for (const parameter of documented) {
        expect(parameter.in).toBe("query");
        expect(parameter.description, `${path} ${parameter.name}`).toMatch(/\w/);
        expect(parameter.schema, `${path} ${parameter.name}`).toBeTruthy();
      }
    }
  });

  it("takes its limits, validation and enums from the schemas", () => {
    const byName = Object.fromEntries(parameters("/api/v1/challenges").map((p) => [p.name, p]));
    expect(byName.sort!.schema).toMatchObject({ enum: ["deadline", "newest", "relevance"] });
    expect(byName.page!.schema).toMatchObject({ type: "integer", minimum: 1, maximum: 500 });
    expect(byName.q!.schema).toMatchObject({ type: "string", maxLength: 200 });
    const hours = parameters("/api/v1/professionals").find((p) => p.name === "hoursMin")!;
    expect(hours.schema).toMatchObject({ type: "integer", minimum: 0, maximum: 80 });
  });

  it("names the session cookie it was given and the server", () => {
    expect(document.servers).toEqual([{ url: "https://enishi.example.jp" }]);
    expect(document.components.securitySchemes.sessionCookie.name).toBe("__Host-enishi_session");
    expect(JSON.parse(JSON.stringify(document))).toEqual(document);
  });
});
