import type request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Store } from "../../src/store/store.ts";
import type { HostileClient } from "./hostile-client.ts";
import { HOSTILE_INPUTS, type HostileRequest } from "./hostile-inputs.ts";
import { HOSTILE_ROUTES, hostileWorkspace, type HostileRoute } from "./hostile-routes.ts";
import { shownOutsideFormFields, unescapedMarkup } from "./rendered-text.ts";
import { storeContents } from "../helpers/workspace.ts";

/** No answer within this is a hang. */
const DEADLINE_MS = 10_000;

/** Every route × every input that applies to it, with its requests. */
const CASES = HOSTILE_ROUTES.map((route) => ({
  route,
  inputs: HOSTILE_INPUTS.map((input) => ({ name: input.name, requests: input.requests(route) })).filter((c) => c.requests.length > 0),
}));
const CASE_COUNT = CASES.reduce((n, c) => n + c.inputs.length, 0);
const REQUEST_COUNT = CASES.reduce((n, c) => n + c.inputs.reduce((m, i) => m + i.requests.length, 0), 0);

function send(client: HostileClient, r: HostileRequest): request.Test {
  let test = client.agent[r.method](r.url).set("Accept-Language", "en").set("x-csrf-token", client.csrf).timeout({ deadline: DEADLINE_MS });
  if (r.contentType !== undefined) test = test.set("Content-Type", r.contentType);
  // Exactly these bytes: supertest would otherwise re-encode a form or a Buffer.
  if (r.body !== undefined) test = test.serialize((b: unknown) => b as string).send(r.body);
  return test;
}

/** The message the answer shows: an error page's, a form's error summary or alert, or the API's JSON. */
function messageOf(res: request.Response): string {
  if (res.type === "application/json") return String(res.body?.error?.message ?? "");
  const page = /<p class="error-message">([^<]+)<\/p>/.exec(res.text)?.[1];
  // A summary line links its field's name: "<a href="#field">Field</a>: message".
  const summary = /<div class="error-summary"[^>]*>[\s\S]*?<li>([\s\S]*?)<\/li>/.exec(res.text)?.[1]?.replace(/<[^>]+>/g, "");
  const alert = /<p class="notice[^"]*" role="alert">([^<]+)<\/p>/.exec(res.text)?.[1];
  return (page ?? summary ?? alert ?? "").trim();
}

/** Stack frames and source paths: never in an answer. */
const INTERNALS = [/\.ts:\d+/, /\bat \S+ \(/, /node_modules/, /\/(work|home|tmp)\//];

describe.each(CASES)("$route.route", ({ route, inputs }) => {
  let store: Store;
  let client: HostileClient;
  let before: Awaited<ReturnType<typeof storeContents>>;

  beforeAll(async () => {
    ({ store, client } = await hostileWorkspace(route));
    before = structuredClone(await storeContents(store));
  });

  it(`answers the valid request the inputs start from with ${route.validStatus}`, async () => {
    const { client: freshClient } = await hostileWorkspace(route);
    const body = route.fields.map((f) => `${encodeURIComponent(f.name)}=${encodeURIComponent(f.valid)}`).join("&");
    const valid: HostileRequest =
      route.method === "post"
        ? { method: "post", url: route.path, contentType: "application/x-www-form-urlencoded", body }
        : { method: "get", url: validUrl(route) };
    const res = await send(freshClient, valid);
    expect(res.status, String(res.text ?? "").slice(0, 500)).toBe(route.validStatus);
  });

  it.each(inputs)("refuses $name with a 4xx and a message, and leaves the store as it was", async ({ requests }) => {
    for (const r of requests) {
      const res = await send(client, r);
      if (process.env.HOSTILE_LOG)
        console.log(`${res.status}\t${route.route}\t${r.method} ${r.url.slice(0, 80)}\t${r.contentType ?? ""}\t${messageOf(res).slice(0, 70)}`);
      const what = `${r.method.toUpperCase()} ${r.url.slice(0, 120)} (${r.contentType ?? "no body"}) → ${res.status}`;
      expect(res.status, what).toBeGreaterThanOrEqual(400);
      expect(res.status, what).toBeLessThan(500);
      // Turned away by sign-in, CSRF or a rate limit, the input never reached the route.
      expect(
        [401, 403, 429].filter((s) => s !== route.ownRefusal),
        what,
      ).not.toContain(res.status);
      expect(messageOf(res), what).not.toBe("");
      for (const internal of INTERNALS) expect(String(res.text ?? ""), what).not.toMatch(internal);
      if (res.type === "text/html") {
        expect(unescapedMarkup(res.text), what).toEqual([]);
        expect(shownOutsideFormFields(res.text, "\u202E"), what).toBe(false);
      }
      expect(await storeContents(store), what).toEqual(before);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

function validUrl(route: HostileRoute): string {
  const query = route.fields.map((f) => `${encodeURIComponent(f.name)}=${encodeURIComponent(f.valid)}`).join("&");
  return query ? `${route.path}?${query}` : route.path;
}

afterAll(() => {
  console.log(
    `hostile inputs: ${CASE_COUNT} route × input cases (${HOSTILE_ROUTES.length} routes × ${HOSTILE_INPUTS.length} inputs, where they apply), ${REQUEST_COUNT} requests`,
  );
});
