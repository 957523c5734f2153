import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import request from "supertest";
import { describe, expect, it } from "vitest";
import { VERDICTS } from "../../src/domain/verdicts.ts";
import { STATUSES } from "../../src/domain/workflow.ts";
import { ar } from "../../src/i18n/ar.ts";
import { en } from "../../src/i18n/en.ts";
import { isMessageKey } from "../../src/i18n/translate.ts";
import { HISTORY_ACTIONS } from "../../src/schemas/history-entry.ts";
import { signedInAgent } from "../helpers/session-client.ts";
import { workspace } from "../helpers/workspace.ts";

const views = join(import.meta.dirname, "../../views");
const templates = readdirSync(views, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ejs"));

describe("interface language", () => {
  it.each([
    ["ar", "ar", "rtl", "المقالات"],
    ["ar-EG,ar;q=0.9,en;q=0.5", "ar", "rtl", "المقالات"],
    ["en-GB,en;q=0.9", "en", "ltr", "Articles"],
    ["fr", "en", "ltr", "Articles"],
  ])("follows Accept-Language %s", async (header, lang, dir, heading) => {
    const { app } = await workspace();
    const { agent } = await signedInAgent(app, "reviewer");
    const res = await agent.get("/articles").set("Accept-Language", header).expect(200);
    expect(res.text).toContain(`<html lang="${lang}" dir="${dir}">`);
    expect(res.text).toContain(`<h1>${heading}</h1>`);
    expect(res.headers.vary).toContain("Accept-Language");
  });

  it("switches with a link on every page, remembers the choice in a cookie and goes back to the page", async () => {
    const { app } = await workspace();
    const { agent } = await signedInAgent(app, "reviewer");
    const page = await agent.get("/articles/ar1/claims/c1?saved=1").set("Accept-Language", "en").expect(200);
    expect(page.text).toContain('href="/lang/ar?next=%2Farticles%2Far1%2Fclaims%2Fc1%3Fsaved%3D1"');
    const res = await agent.get("/lang/ar?next=%2Farticles%2Far1%2Fclaims%2Fc1").expect(303);
    expect(res.headers.location).toBe("/articles/ar1/claims/c1");
    const cookie = res.headers["set-cookie"] as unknown as string[];
    expect(cookie.find((c) => c.startsWith("lang="))).toMatch(/^lang=ar;.*HttpOnly/);
    const after = await agent.get("/articles").set("Accept-Language", "en").expect(200);
    expect(after.text).toContain('<html lang="ar" dir="rtl">');
  });

  it.each(["//evil.example/x", "https://evil.example/", "/\\evil.example"])("never redirects off the site (next=%s)", async (next) => {
    const { app } = await workspace();
    const res = await request(app)
      .get(`/lang/en?next=${encodeURIComponent(next)}`)
      .expect(303);
    expect(res.headers.location).toBe("/articles");
  });

  it("offers a way back to the page a rejected form was posted from", async () => {
    const { app } = await workspace();
    const { agent, csrf } = await signedInAgent(app, "reviewer");
    const res = await agent.post("/articles/ar1/claims/c1/review").type("form").send({ _csrf: csrf }).expect(422);
    expect(res.text).toContain('href="/lang/ar?next=%2Farticles%2Far1%2Fclaims%2Fc1"');
  });

  it("renders error pages in the chosen language", async () => {
    const { app } = await workspace();
    const { agent } = await signedInAgent(app, "reviewer");
    const res = await agent.get("/articles/nope").set("Accept-Language", "ar").expect(404);
    expect(res.text).toContain("لا يوجد مقال بهذا المعرّف");
  });

  it("has every interface string in both languages, none left empty", () => {
    expect(Object.keys(ar).sort()).toEqual(Object.keys(en).sort());
    for (const value of [...Object.values(ar), ...Object.values(en)]) expect(value.trim()).not.toBe("");
  });

  it("knows every key the templates ask for", () => {
    const used = templates.flatMap((f) => [...readFileSync(join(views, f), "utf8").matchAll(/\bt\('([\w.]+)'\s*[,)]/g)].map((m) => m[1]!));
    expect(used.length).toBeGreaterThan(50);
    expect(used.filter((key) => !isMessageKey(key))).toEqual([]);
  });

  it("knows the keys built from statuses, kinds, stances, actions and form errors", () => {
    const built = [
      ...STATUSES.map((s) => `status.${s}`),
      "status.dismissed",
      "status.orphaned",
      ...["direct", "indirect", "mixed"].map((k) => `kind.${k}`),
      ...["supports", "refutes", "context"].map((s) => `stance.${s}`),
      ...HISTORY_ACTIONS.map((a) => `action.${a}`),
      ...["verdict", "evidence", "notes", "reviewer", "status", "editorComment", "speaker", "kind", "text", "dismissed", "orphaned"].map((f) => `field.${f}`),
    ];
    expect(built.filter((key) => !isMessageKey(key))).toEqual([]);
  });

  it("labels every verdict in English and Arabic", () => {
    for (const v of VERDICTS) expect([v.label.en.length > 0, v.label.ar.length > 0, /^#[0-9a-f]{6}$/.test(v.colour)]).toEqual([true, true, true]);
  });

  it("escapes every piece of data in templates: no unescaped output except includes (kept as fragments or not) and the JSON-LD made safe by jsonLdScript", () => {
    const raw = templates.flatMap((f) =>
      [
        ...readFileSync(join(views, f), "utf8").matchAll(
          /<%-(?!\s*include\()(?!\s*fragment\('[\w-]+', \(\) => include\('[\w-]+'\)\)\s*%>)(?!\s*\/\*[^*]*\*\/\s*jsonLd\s*%>)/g,
        ),
      ].map(() => f),
    );
    expect(raw).toEqual([]);
  });
});
