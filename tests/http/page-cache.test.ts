import { describe, expect, it } from "vitest";
import { addAccount, csrfIn, postForm as post, signedInAgent } from "../helpers/session-client.ts";
import { reviewForm } from "../helpers/review-form.ts";
import { workspace } from "../helpers/workspace.ts";

// The article page and the report are kept whole per article version (src/http/page-cache.ts);
// workspace() turns the view cache on, as production does. These tests read a page, change what
// it shows, and read it again: a kept page must never hide the change.
const ARTICLE = "/articles/ar1";
const REPORT = "/articles/ar1/report";

async function editing() {
  const ws = await workspace();
  return { ...ws, hind: await signedInAgent(ws.app, "editor", "Hind") };
}

const claimItem = (html: string, id: string) => html.slice(html.indexOf(`id="claim-${id}"`), html.indexOf("</li>", html.indexOf(`id="claim-${id}"`)));

describe("pages kept per article version", () => {
  it("gives the same page to the same request while nothing changes", async () => {
    const { hind } = await editing();
    const first = await hind.agent.get(ARTICLE).set("Accept-Language", "en").expect(200);
    const again = await hind.agent.get(ARTICLE).set("Accept-Language", "en").expect(200);
    expect(again.text).toBe(first.text);
    expect(again.headers["content-type"]).toBe("text/html; charset=utf-8");
  });

  it("sends a browser the kept page gzipped and a client that does not accept gzip the same page plain", async () => {
    const { hind } = await editing();
    const gzipped = await hind.agent.get(ARTICLE).set("Accept-Language", "en").set("Accept-Encoding", "gzip, deflate, br").expect(200);
    const plain = await hind.agent.get(ARTICLE).set("Accept-Language", "en").set("Accept-Encoding", "identity").expect(200);
    const again = await hind.agent.get(ARTICLE).set("Accept-Language", "en").set("Accept-Encoding", "gzip").expect(200);
    expect(gzipped.headers["content-encoding"]).toBe("gzip");
    expect(again.headers["content-encoding"]).toBe("gzip");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.headers.vary).toMatch(/Accept-Encoding/);
    expect(gzipped.text).toBe(plain.text);
    expect(again.text).toBe(plain.text);
  });

  it("shows a verdict saved after the page was first read, on the article page and in the report", async () => {
    const { hind } = await editing();
    const before = await hind.agent.get(ARTICLE).set("Accept-Language", "en").expect(200);
    expect(claimItem(before.text, "c1")).toContain("No verdict yet");
    await hind.agent.get(`${REPORT}?view=working`).set("Accept-Language", "en").expect(200);
    await post(hind, `${ARTICLE}/claims/c1/review`, reviewForm()).expect(303);
    const after = await hind.agent.get(ARTICLE).set("Accept-Language", "en").expect(200);
    expect(claimItem(after.text, "c1")).toContain("False");
    expect(claimItem(after.text, "c1")).toContain("In review");
    const report = await hind.agent.get(`${REPORT}?view=working`).set("Accept-Language", "en").expect(200);
    expect(report.text).toContain("Draft: False");
  });

  it("gives each account its own name, role and form token", async () => {
    const ws = await editing();
    const omar = await signedInAgent(ws.app, "reviewer", "Omar");
    const hindPage = await ws.hind.agent.get(ARTICLE).set("Accept-Language", "en").expect(200);
    const omarPage = await omar.agent.get(ARTICLE).set("Accept-Language", "en").expect(200);
    expect(hindPage.text).toContain('<bdi class="username">Hind</bdi> (editor)');
    expect(omarPage.text).toContain('<bdi class="username">Omar</bdi> (reviewer)');
    expect(omarPage.text).not.toContain('<bdi class="username">Hind</bdi>');
    expect(csrfIn(hindPage.text)).toBe(ws.hind.csrf);
    expect(csrfIn(omarPage.text)).toBe(omar.csrf);
    expect(hindPage.text).toContain(`action="${ARTICLE}/reextract"`);
    expect(omarPage.text).not.toContain(`action="${ARTICLE}/reextract"`);
  });

  it("follows the interface language and the address (filters, pages)", async () => {
    const { hind } = await editing();
    const english = await hind.agent.get(ARTICLE).set("Accept-Language", "en").expect(200);
    const arabic = await hind.agent.get(ARTICLE).set("Accept-Language", "ar").expect(200);
    expect(english.text).toContain('<html lang="en" dir="ltr">');
    expect(arabic.text).toContain('<html lang="ar" dir="rtl">');
    const filtered = await hind.agent.get(`${ARTICLE}?verdict=false`).set("Accept-Language", "en").expect(200);
    expect(filtered.text).not.toContain('id="claim-c1"');
    expect(english.text).toContain('id="claim-c1"');
  });

  it("lists an account added after the page was first read among the people work can be assigned to", async () => {
    const { hind, store } = await editing();
    const before = await hind.agent.get(ARTICLE).set("Accept-Language", "en").expect(200);
    expect(before.text).not.toContain('<option value="Yusuf"');
    await addAccount(store, "Yusuf", "reviewer");
    const after = await hind.agent.get(ARTICLE).set("Accept-Language", "en").expect(200);
    expect(after.text).toContain('<option value="Yusuf"');
  });
});
