import { MAX_BODY_BYTES } from "../../src/http/hardening/body-limits.ts";
import { LIMITS } from "../../src/schemas/limits.ts";
import type { Field, FieldKind, HostileRoute } from "./hostile-routes.ts";

/** One request of the corpus: exact bytes, so malformed ones stay malformed on the way. */
export interface HostileRequest {
  method: "get" | "post";
  /** Path and raw query string. */
  url: string;
  contentType?: string;
  body?: string | Buffer;
}

/** A kind of bad input, and the requests that bring it to one route (none: it does not apply there). */
export interface HostileInput {
  name: string;
  requests(route: HostileRoute): HostileRequest[];
}

/** Script and markup that must come back escaped wherever a page shows what was sent. */
export const HTML_PAYLOAD = `<script>alert(1)</script>"'><img src=x onerror=alert(2)>`;
/** A right-to-left override that would make "exe.txt" read "txt.exe" if shown raw. */
export const BIDI_PAYLOAD = "\u202Etxt.exe\u202C";
const LONG_WORD = "ب".repeat(100_000);
/** A request head past 16 kB is refused by Node itself (431, no page), so words in addresses stay well under it. */
const LONG_WORD_IN_URL = "w".repeat(2_500);

const FORM = "application/x-www-form-urlencoded";
const enc = encodeURIComponent;
type Pairs = Array<readonly [string, string]>;

const encodeForm = (pairs: Pairs) => pairs.map(([k, v]) => `${enc(k)}=${enc(v)}`).join("&");
const baseline = (route: HostileRoute): Pairs => route.fields.map((f) => [f.name, f.valid] as const);
const replaced = (route: HostileRoute, name: string, value: string): Pairs => baseline(route).map(([k, v]) => [k, k === name ? value : v] as const);
const everyField = (route: HostileRoute, value: string): Pairs => route.fields.map((f) => [f.name, value] as const);
const textFields = (route: HostileRoute) => route.fields.filter((f) => f.kind === "text");

const post = (route: HostileRoute, body: string | Buffer, contentType = FORM): HostileRequest => ({ method: "post", url: route.path, contentType, body });
const postForm = (route: HostileRoute, pairs: Pairs, raw = ""): HostileRequest => post(route, [encodeForm(pairs), raw].filter(Boolean).join("&"));
const get = (route: HostileRoute, query: string): HostileRequest => ({ method: route.method, url: `${route.path}${query ? `?${query}` : ""}` });

/** The route's path with each id in turn replaced by `raw` (already URL-encoded; a request per id). */
const withEachRawId = (route: HostileRoute, raw: string): HostileRequest[] =>
  route.ids.map((real) => ({
    method: route.method,
    url: route.path.replace(`/${real}`, `/${raw}`),
    ...(route.method === "post" ? { contentType: FORM, body: encodeForm(baseline(route)) } : {}),
  }));
const withEachId = (route: HostileRoute, id: string) => withEachRawId(route, enc(id));

/** Fields that must be filled by a POST form, or the query parameters of a GET page. */
const applies = (route: HostileRoute, forPost: () => HostileRequest[], forGet: () => HostileRequest[]) => (route.method === "post" ? forPost() : forGet());

/** A value one past `field`'s limit. */
function overLimit(field: Field): string {
  const max = field.max!;
  return field.kind === "url" ? `https://e.org/${"x".repeat(max + 1 - "https://e.org/".length)}` : "x".repeat(max + 1);
}

/** A value of the wrong type for a field of `kind` (an object for text: `name[key]=…`). */
const WRONG: Record<Exclude<FieldKind, "text">, string> = { choice: "not-a-choice", number: "one", url: "javascript:alert(1)", date: "2026-02-30" };

/** A multipart body by hand, so broken ones can be sent. */
export function multipartBody(parts: Array<{ name: string; value: string | Buffer; filename?: string }>, boundary = "HostileBoundary"): Buffer {
  const chunks = parts.flatMap((p) => [
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"${p.filename ? `; filename="${p.filename}"\r\nContent-Type: text/plain` : ""}\r\n\r\n`,
    ),
    Buffer.isBuffer(p.value) ? p.value : Buffer.from(p.value),
    Buffer.from("\r\n"),
  ]);
  return Buffer.concat([...chunks, Buffer.from(`--${boundary}--\r\n`)]);
}
const MULTIPART = "multipart/form-data; boundary=HostileBoundary";
const multipartOf = (pairs: Pairs, file?: { value: string | Buffer; filename: string }) =>
  multipartBody([...pairs.map(([name, value]) => ({ name, value })), ...(file ? [{ name: "file", ...file }] : [])]);

/** A body of exactly `bytes` bytes: the valid form with its first text field (or a filler) padded. */
function bodyOfSize(route: HostileRoute, bytes: number): string {
  const pad = textFields(route)[0]?.name ?? "pad";
  const head = `${encodeForm(baseline(route).filter(([k]) => k !== pad))}${route.fields.length > 1 ? "&" : ""}${enc(pad)}=`;
  return head + "x".repeat(bytes - head.length);
}

/**
 * The corpus. Hostile text (markup, bidi overrides, long words, null bytes) goes into every field
 * at once, typed fields included, so each request is one the app must refuse; that the same text
 * is stored and shown escaped when it is valid is tested in accepted-hostile-text.test.ts.
 */
export const HOSTILE_INPUTS: readonly HostileInput[] = [
  {
    name: "an empty form",
    requests: (route) => (route.method === "post" && !route.emptyIsValid ? [post(route, "")] : []),
  },
  {
    name: "values just over each limit, and a body just over the route's limit",
    requests: (route) =>
      applies(
        route,
        () => [
          ...route.fields.filter((f) => f.max !== undefined).map((f) => postForm(route, replaced(route, f.name, overLimit(f)))),
          post(route, bodyOfSize(route, route.bodyBytes! + 1)),
          ...(route.multipart
            ? [post(route, multipartOf(replaced(route, "text", ""), { value: "x".repeat(LIMITS.articleBytes + 1), filename: "a.txt" }), MULTIPART)]
            : []),
        ],
        () => [
          ...route.fields.filter((f) => f.max !== undefined).map((f) => get(route, encodeForm([[f.name, overLimit(f)]]))),
          { ...get(route, ""), contentType: FORM, body: "x".repeat(MAX_BODY_BYTES + 1) },
        ],
      ),
  },
  {
    name: "values of the wrong type",
    requests: (route) =>
      applies(
        route,
        () =>
          route.fields.map((f) =>
            f.kind === "text"
              ? postForm(
                  route,
                  baseline(route).filter(([k]) => k !== f.name),
                  `${f.name}[key]=${enc(f.valid)}`,
                )
              : postForm(route, replaced(route, f.name, WRONG[f.kind])),
          ),
        () => route.fields.filter((f) => f.kind !== "text").map((f) => get(route, encodeForm([[f.name, WRONG[f.kind as Exclude<FieldKind, "text">]]]))),
      ),
  },
  {
    name: "arrays for single values",
    requests: (route) =>
      applies(
        route,
        () =>
          route.fields.map((f) =>
            postForm(
              route,
              baseline(route).filter(([k]) => k !== f.name),
              `${f.name}[]=${enc(f.valid)}&${f.name}[]=${enc(f.valid)}`,
            ),
          ),
        () =>
          route.fields.map((f) =>
            get(
              route,
              encodeForm([
                [f.name, f.valid],
                [f.name, f.valid],
              ]),
            ),
          ),
      ),
  },
  {
    name: "fields the form does not have",
    requests: (route) =>
      applies(
        route,
        () => [
          postForm(route, [...baseline(route), ["role", "admin"]]),
          ...(route.fields.some((f) => f.name.startsWith("evidence[")) ? [postForm(route, [...baseline(route), ["evidence[0][injected]", "1"]])] : []),
        ],
        () => [],
      ),
  },
  {
    name: "invalid UTF-8",
    requests: (route) => {
      const field = textFields(route)[0]?.name ?? "x";
      const rest = encodeForm(baseline(route).filter(([k]) => k !== field));
      return applies(
        route,
        () => [
          post(route, Buffer.concat([Buffer.from(`${rest}${rest ? "&" : ""}${field}=`), Buffer.from([0xff, 0xfe, 0xc0, 0xaf])])),
          postForm(
            route,
            baseline(route).filter(([k]) => k !== field),
            `${field}=%C0%AF`,
          ),
          ...(route.multipart
            ? [post(route, multipartOf(replaced(route, "text", ""), { value: Buffer.from([0xff, 0xfe, 0x00, 0xd8]), filename: "a.txt" }), MULTIPART)]
            : []),
        ],
        () => [get(route, "q=%FF%FE"), ...withEachRawId(route, "%FF%FE")],
      );
    },
  },
  {
    name: "null bytes",
    requests: (route) =>
      applies(
        route,
        () => [postForm(route, route.fields.length ? route.fields.map((f) => [f.name, `${f.valid}\0`] as const) : [["x", "\0"]])],
        () => [get(route, "q=a%00b"), ...withEachId(route, "id\0")],
      ),
  },
  ...[
    ["script and markup", HTML_PAYLOAD, HTML_PAYLOAD],
    ["a right-to-left override (U+202E)", BIDI_PAYLOAD, BIDI_PAYLOAD],
    ["extremely long words", LONG_WORD, LONG_WORD_IN_URL],
  ].map(
    ([name, payload, inUrl]): HostileInput => ({
      name: name!,
      requests: (route) =>
        applies(
          route,
          () => [
            // Into every field at once, so a field that refuses it refuses the request; a form whose
            // only fields take any text (a password) gets it in its address only.
            ...(route.fields.every((f) => f.free) && route.fields.length
              ? []
              : [postForm(route, route.fields.length ? everyField(route, payload!) : [["payload", payload!]])]),
            ...withEachId(route, inUrl!),
          ],
          () => [...(route.fields.length ? [get(route, encodeForm(everyField(route, inUrl!)))] : []), ...withEachId(route, inUrl!)],
        ),
    }),
  ),
  {
    name: "10,000 sources on one claim",
    requests: (route) => {
      if (!route.fields.some((f) => f.name === "evidence[0][url]")) return [];
      const sources = (n: number) => Array.from({ length: n }, (_, i) => `evidence[${i}][url]=https://e.org/${i}&evidence[${i}][title]=s${i}`).join("&");
      const rest = baseline(route).filter(([k]) => !k.startsWith("evidence["));
      return [postForm(route, rest, sources(10_000)), postForm(route, rest, sources(400))];
    },
  },
  {
    name: "__proto__, constructor and prototype keys",
    requests: (route) =>
      applies(
        route,
        () => [
          postForm(route, baseline(route), "__proto__[polluted]=1"),
          postForm(route, baseline(route), "constructor[prototype][polluted]=1"),
          ...(route.multipart ? [post(route, multipartOf([...baseline(route), ["__proto__[polluted]", "1"]]), MULTIPART)] : []),
        ],
        () => [get(route, "__proto__[polluted]=1"), get(route, "constructor[prototype][polluted]=1")],
      ),
  },
  {
    name: "a body of the wrong content type",
    requests: (route) =>
      applies(
        route,
        () => [
          post(route, JSON.stringify(Object.fromEntries(baseline(route))), "application/json"),
          post(route, "{not json", "application/json"),
          route.multipart ? post(route, encodeForm(baseline(route)), "text/plain") : post(route, multipartOf(baseline(route)), MULTIPART),
        ],
        () => [{ ...get(route, ""), contentType: "application/json", body: "{}" }],
      ),
  },
  {
    name: "broken form encoding",
    requests: (route) =>
      applies(
        route,
        () => [
          postForm(route, baseline(route), "x=100%zz"),
          post(route, `${encodeForm(baseline(route))}&x=%E0%A4`),
          ...(route.multipart ? [post(route, multipartOf(baseline(route)).subarray(0, 60), MULTIPART), post(route, "--x\r\n\r\n", "multipart/form-data")] : []),
        ],
        () => [get(route, "q=100%zz"), get(route, "q=%E0%A4")],
      ),
  },
];
