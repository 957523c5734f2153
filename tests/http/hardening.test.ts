import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type request from "supertest";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/http/create-app.ts";
import { BODY_LIMITS, formatBytes, MAX_BODY_BYTES } from "../../src/http/hardening/body-limits.ts";
import { LIMITS } from "../../src/schemas/limits.ts";
import type { Store } from "../../src/store/store.ts";
import { hostileClient } from "../hostile/hostile-client.ts";
import { signedInAgent } from "../helpers/session-client.ts";
import { workspace, storeContents } from "../helpers/workspace.ts";

const REVIEW = "/articles/ar1/claims/c1/review";
const FORM = "application/x-www-form-urlencoded";

type Send = (agent: request.Agent) => request.Test;

/**
 * Signs in to the workspace's app (an admin, with a CSRF token), then sends `send` with the token
 * and English pages; no answer in 10 s fails. `before` is the store once signed in.
 */
async function signedInWorkspace() {
  const { app, store } = await workspace();
  const client = await hostileClient(app);
  const before = structuredClone(await storeContents(store));
  const answer = (send: Send): Promise<request.Response> =>
    send(client.agent).set("Accept-Language", "en").set("x-csrf-token", client.csrf).timeout({ deadline: 10_000 });
  return { app, store, before, answer };
}

/** A POST with exactly these bytes (supertest would otherwise re-encode a Buffer sent as a form). */
const post =
  (path: string, type: string, body: string | Buffer): Send =>
  (agent) =>
    agent
      .post(path)
      .set("Content-Type", type)
      .serialize((b: unknown) => b as string)
      .send(body);

/** The message an error page or error JSON shows. */
function messageOf(res: request.Response): string {
  if (res.type === "application/json") return String(res.body?.error?.message ?? "");
  return /<p class="error-message">([^<]*)<\/p>/.exec(res.text)?.[1] ?? "";
}

/** A multipart body by hand, for the malformed ones supertest will not build. */
function multipart(parts: Array<{ name: string; value: string; filename?: string }>, boundary = "XyZ"): string {
  const body = parts.map((p) => {
    const disposition = `form-data; name="${p.name}"${p.filename ? `; filename="${p.filename}"` : ""}`;
    return `--${boundary}\r\nContent-Disposition: ${disposition}\r\n${p.filename ? "Content-Type: text/plain\r\n" : ""}\r\n${p.value}\r\n`;
  });
  return `${body.join("")}--${boundary}--\r\n`;
}
const MULTIPART = "multipart/form-data; boundary=XyZ";

describe("security headers", () => {
  const PAGES = [
    ["an HTML page", "/articles"],
    ["an SVG chart", "/articles/ar1/chart.svg"],
    ["a stylesheet", "/assets/css/app.css"],
    ["the JSON API", "/api/articles"],
    ["a 404 page", "/no/such/page"],
  ] as const;

  it.each(PAGES)("%s (%s) carries a CSP that allows no inline script or style, and helmet's other headers", async (_name, url) => {
    const { answer } = await signedInWorkspace();
    const res = await answer((agent) => agent.get(url));
    const csp = res.headers["content-security-policy"] as string;
    expect(
      csp
        .split(";")
        .map((d) => d.trim())
        .sort(),
    ).toEqual([
      "base-uri 'none'",
      "connect-src 'self'",
      "default-src 'self'",
      "font-src 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
      "img-src 'self'",
      "object-src 'none'",
      "script-src 'self'",
      "script-src-attr 'none'",
      "style-src 'self'",
    ]);
    expect(res.headers).toMatchObject({
      "x-content-type-options": "nosniff",
      "x-frame-options": "DENY",
      "referrer-policy": "no-referrer",
      "strict-transport-security": expect.stringContaining("max-age="),
      "cross-origin-opener-policy": "same-origin",
    });
    expect(res.headers["x-powered-by"]).toBeUndefined();
  });

  it("the views hold no inline script, style element, style attribute or event-handler attribute the CSP would block", () => {
    const views = join(import.meta.dirname, "../../views");
    const files = readdirSync(views, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ejs"));
    const offending = files.flatMap((f) => {
      const text = readFileSync(join(views, f), "utf8");
      // A JSON-LD block (type="application/ld+json") is data the browser never runs, so the CSP does not apply to it.
      const found = [
        /<script(?![^>]*\bsrc=)(?![^>]*type="application\/ld\+json")[^>]*>/i,
        /<style\b/i,
        /\sstyle\s*=/i,
        /\son[a-z]+\s*=/i,
        /javascript:/i,
      ].filter((re) => re.test(text));
      return found.map((re) => `${f}: ${re}`);
    });
    expect(offending).toEqual([]);
  });
});

describe("malformed and unsupported bodies", () => {
  const overForm = `notes=${"x".repeat(BODY_LIMITS.form.bytes)}`;
  const CASES: Array<[name: string, send: Send, status: number, message: RegExp]> = [
    ["bad JSON", post(REVIEW, "application/json", '{"version":'), 415, /accepts only a web form/],
    ["well-formed JSON", post(REVIEW, "application/json", '{"version":1,"verdict":"false"}'), 415, /accepts only a web form/],
    ["plain text", post(REVIEW, "text/plain", "version=1"), 415, /accepts only a web form/],
    ["XML", post(REVIEW, "application/xml", "<version>1</version>"), 415, /accepts only a web form/],
    ["multipart to a form that is not the import", post(REVIEW, MULTIPART, multipart([{ name: "version", value: "1" }])), 415, /accepts only a web form/],
    ["a body without a content type", (agent) => agent.post(REVIEW).send(Buffer.from("version=1")), 415, /accepts only a web form/],
    [
      "a JSON body on a page that takes none",
      (agent) => agent.get("/articles").set("Content-Type", "application/json").send("{}"),
      415,
      /accepts only a web form/,
    ],
    ["a Latin-1 form", post(REVIEW, `${FORM}; charset=iso-8859-1`, "notes=caf%E9"), 415, /UTF-8/],
    ["an unknown charset", post(REVIEW, `${FORM}; charset=klingon`, "a=b"), 415, /UTF-8/],
    ["a gzip-compressed form", (agent) => agent.post(REVIEW).set("Content-Type", FORM).set("Content-Encoding", "gzip").send("a=b"), 415, /UTF-8/],
    ["raw bytes that are not UTF-8", post(REVIEW, FORM, Buffer.from([...Buffer.from("version=1&notes="), 0xff, 0xfe])), 400, /not valid UTF-8/],
    ["an escape of bytes that are not UTF-8 (%FF)", post(REVIEW, FORM, "version=1&notes=%FF"), 400, /not valid UTF-8/],
    ["a lone surrogate half (%ED%A0%80)", post(REVIEW, FORM, "version=1&notes=%ED%A0%80"), 400, /not valid UTF-8/],
    ["a broken escape (%zz)", post(REVIEW, FORM, "version=1&notes=100%zz"), 400, /broken %-escape/],
    ["a truncated escape (%E0%A4)", post(REVIEW, FORM, "version=1&notes=%E0%A4"), 400, /not valid UTF-8/],
    ["a null character in a value", post(REVIEW, FORM, "version=1&notes=a%00b"), 400, /null character/],
    ["a null character in a name", post(REVIEW, FORM, "version=1&no%00tes=a"), 400, /null character/],
    ["names nested deeper than any form", post(REVIEW, FORM, "evidence[0][url][a][b]=x"), 400, /could not be read/],
    [
      "more fields than any form has",
      post(REVIEW, FORM, Array.from({ length: BODY_LIMITS.form.fields + 1 }, (_, i) => `f${i}=1`).join("&")),
      413,
      /Too many fields/,
    ],
    [
      "a body one byte over the form limit",
      post(REVIEW, FORM, overForm.slice(0, BODY_LIMITS.form.bytes + 1)),
      413,
      new RegExp(`a form may carry at most ${formatBytes(BODY_LIMITS.form.bytes)}`),
    ],
    [
      "a declared size over any route's limit",
      (agent) =>
        agent
          .get("/articles")
          .set("Content-Type", FORM)
          .send("x".repeat(MAX_BODY_BYTES + 1)),
      413,
      /at most/,
    ],
    ["a multipart import that is cut off", post("/articles", MULTIPART, multipart([{ name: "title", value: "t" }]).slice(0, -8)), 400, /could not be read/],
    ["a multipart import without a boundary", post("/articles", "multipart/form-data", "--XyZ\r\n\r\n"), 400, /could not be read/],
    [
      "a multipart import with a file in another field",
      post("/articles", MULTIPART, multipart([{ name: "other", value: "x", filename: "a.txt" }])),
      400,
      /one file/,
    ],
    [
      "a multipart import with two files",
      post(
        "/articles",
        MULTIPART,
        multipart([
          { name: "file", value: "x", filename: "a.txt" },
          { name: "file", value: "y", filename: "b.txt" },
        ]),
      ),
      400,
      /one file/,
    ],
    [
      "a multipart import with a null character",
      post(
        "/articles",
        MULTIPART,
        multipart([
          { name: "title", value: "a\0b" },
          { name: "text", value: "words" },
        ]),
      ),
      400,
      /null character/,
    ],
    [
      "a multipart import with too many fields",
      post("/articles", MULTIPART, multipart(Array.from({ length: 30 }, (_, i) => ({ name: `f${i}`, value: "1" })))),
      413,
      /Too many fields/,
    ],
    [
      "a pasted import one byte over its limit",
      post("/articles", FORM, `text=${"x".repeat(BODY_LIMITS.articleImport.bytes)}`),
      413,
      /article text may be at most 1 MB/,
    ],
  ];

  it.each(CASES.map(([name, send, status, message]) => ({ name, send, status, message })))(
    "$name gets $status with a message, and nothing is stored",
    async ({ send, status, message }) => {
      const { store, before, answer } = await signedInWorkspace();
      const res = await answer(send);
      expect(res.status).toBe(status);
      expect(messageOf(res)).toMatch(message);
      expect(await storeContents(store)).toEqual(before);
    },
  );

  it("errors raised before the interface language is chosen are still in the person's language", async () => {
    const { app } = await workspace();
    const client = await hostileClient(app);
    const res = await client.agent.get("/articles").set("Accept-Language", "ar").set("Content-Type", "application/json").send("{}").expect(415);
    expect(res.text).toContain('<html lang="ar" dir="rtl">');
    expect(messageOf(res)).toContain("لا يقبل هذا العنوان إلا نموذج ويب");
  });

  it("no route's body limit is above the cap every request meets", () => {
    expect(Math.max(BODY_LIMITS.form.bytes, BODY_LIMITS.articleImport.bytes)).toBeLessThan(MAX_BODY_BYTES);
  });

  it("a review form with every field at its limit, in 3-byte letters, fits in the form body limit", async () => {
    const { answer } = await signedInWorkspace();
    const letters = (n: number) => "中".repeat(n);
    const rows = Array.from({ length: LIMITS.evidenceItems }, (_, i) =>
      [
        `evidence[${i}][url]=${encodeURIComponent(`https://example.org/${letters(LIMITS.url - 30)}`)}`,
        `evidence[${i}][title]=${encodeURIComponent(letters(LIMITS.evidenceTitle))}`,
        `evidence[${i}][excerpt]=${encodeURIComponent(letters(LIMITS.evidenceExcerpt))}`,
        `evidence[${i}][stance]=supports`,
      ].join("&"),
    );
    const body = [`version=1`, `verdict=false`, `notes=${encodeURIComponent(letters(LIMITS.notes))}`, `action=save`, ...rows].join("&");
    expect(body.length).toBeGreaterThan(BODY_LIMITS.form.bytes * 0.8);
    const res = await answer(post(REVIEW, FORM, body));
    expect(res.status).not.toBe(413);
    expect(res.status).toBeLessThan(500);
  });
});

describe("prototype-pollution keys", () => {
  const CASES: Array<[name: string, send: Send]> = [
    ["__proto__ in a form", post(REVIEW, FORM, "version=1&__proto__[polluted]=1")],
    ["constructor.prototype in a form", post(REVIEW, FORM, "version=1&constructor[prototype][polluted]=1")],
    ["__proto__ nested in an evidence row", post(REVIEW, FORM, "version=1&evidence[0][__proto__][polluted]=1")],
    ["__proto__ percent-encoded", post(REVIEW, FORM, "version=1&%5F%5Fproto%5F%5F[polluted]=1")],
    ["a field named prototype", post(REVIEW, FORM, "version=1&prototype=1")],
    ["__proto__ in a pasted import", post("/articles", FORM, "title=t&text=words&__proto__=x")],
    [
      "__proto__ in a multipart import",
      post(
        "/articles",
        MULTIPART,
        multipart([
          { name: "__proto__[polluted]", value: "1" },
          { name: "title", value: "t" },
        ]),
      ),
    ],
    ["constructor in a multipart import", post("/articles", MULTIPART, multipart([{ name: "constructor[prototype][polluted]", value: "1" }]))],
    ["__proto__ in a page's query string", (agent) => agent.get("/articles?__proto__[polluted]=1")],
    ["constructor in a filter query", (agent) => agent.get("/articles/ar1?constructor[prototype][polluted]=1")],
    ["__proto__ with dots in the API's query", (agent) => agent.get("/api/articles?__proto__.polluted=1")],
    ["__proto__ in a stylesheet's query", (agent) => agent.get("/assets/css/app.css?__proto__=1")],
  ];

  it.each(CASES)("%s is refused with 400, and nothing is polluted or stored", async (_name, send) => {
    const { store, before, answer } = await signedInWorkspace();
    const res = await answer(send);
    expect(res.status).toBe(400);
    expect(messageOf(res)).toMatch(/__proto__, constructor and prototype are not allowed/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await storeContents(store)).toEqual(before);
  });

  it.each([
    ["%FF", "/articles?speaker=%FF"],
    ["%zz", "/articles/ar1?speaker=%zz"],
    ["%00", "/articles/ar1?speaker=a%00b"],
  ])("a query string with %s is refused with 400", async (_name, url) => {
    const { answer } = await signedInWorkspace();
    const res = await answer((agent) => agent.get(url));
    expect(res.status).toBe(400);
    expect(messageOf(res)).not.toBe("");
  });
});

describe("error responses", () => {
  /** What must never reach a browser: stack frames, source paths, an error's own text. */
  const INTERNALS = [/\.ts:\d+/, /\bat \S+ \(/, /\/(work|home|tmp|usr|src)\//, /node_modules/, /secret-detail/];

  /** The store, until `fail()`: then listing articles (whole or a page) throws an error naming a source path. */
  const failingStore = (store: Store) => {
    let failing = false;
    const wrapped: Store = Object.create(store);
    const crash = () => {
      if (failing) throw new Error("secret-detail at /work/main/src/store/x.ts:12:3");
    };
    wrapped.listArticles = async () => {
      crash();
      return store.listArticles();
    };
    wrapped.listArticlePage = async (page) => {
      crash();
      return store.listArticlePage(page);
    };
    return { store: wrapped, fail: () => void (failing = true) };
  };

  it.each([
    ["an HTML page", "/articles", /Something went wrong on our side/],
    ["the JSON API", "/api/articles", /Something went wrong on our side/],
  ])("a crash behind %s answers 500 with a plain message and no stack or path", async (_name, url, message) => {
    const { store } = await workspace();
    const failing = failingStore(store);
    const app = createApp({ store: failing.store });
    const { agent } = await signedInAgent({ app, store }, "admin");
    failing.fail();
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const res = await agent.get(url).set("Accept-Language", "en");
      expect(res.status).toBe(500);
      expect(messageOf(res)).toMatch(message);
      for (const internal of INTERNALS) expect(res.text).not.toMatch(internal);
    } finally {
      console.error = original;
    }
    expect(errors).toHaveLength(1);
  });

  it("a crash in the extractor during re-extraction answers 500 without its message", async () => {
    const { app, store } = await workspace(undefined, {
      extract: () => {
        throw new TypeError("secret-detail: cannot read /work/main/src/core/x.ts:9");
      },
    });
    const { agent, csrf } = await signedInAgent({ app, store }, "admin");
    const original = console.error;
    console.error = () => undefined;
    try {
      const res = await agent.post("/articles/ar1/reextract").set("x-csrf-token", csrf);
      expect(res.status).toBe(500);
      for (const internal of INTERNALS) expect(res.text).not.toMatch(internal);
    } finally {
      console.error = original;
    }
  });
});
