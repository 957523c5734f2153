/** The import rows of `npm run bench:http`: one sentence repeated to growing sizes, end to end. */
import { join } from "node:path";
import { cpuMs, firstAdmin, getOnce, scratch, startIsnad, type ServerMode } from "./http-server.ts";

/** The adversarial input of issue 10: one attributed sentence, repeated with no variation. */
const SENTENCES = {
  ar: "وقال الوزير إن الوضع مستقر. ",
  en: "The minister said the situation was stable. ",
} as const;

/** The import limit (LIMITS.articleBytes); the largest row fills it. */
const MAX_BYTES = 1024 * 1024;
const SIZES = [MAX_BYTES / 8, MAX_BYTES / 4, MAX_BYTES / 2, MAX_BYTES];

/** Imports each size in each language on a fresh server and prints the times. */
export async function importRows(mode: ServerMode): Promise<void> {
  console.log("import of one sentence repeated (fresh store each; ratio = server CPU time / that of the row above)");
  console.log("lang     bytes  claims  import ms wall  import ms CPU  ratio   page ms   page kB");
  for (const language of ["ar", "en"] as const) {
    let previous = 0;
    for (const size of SIZES) {
      const text = repeatTo(SENTENCES[language], size);
      const result = await importOnce(mode, language, text).catch((error: Error) => error);
      if (result instanceof Error) {
        console.log(`${language}   ${String(Buffer.byteLength(text)).padStart(9)}  failed: ${result.message}${result.cause ? ` (${result.cause})` : ""}`);
        break;
      }
      const { importMs, importCpuMs, claims, pageMs, pageBytes } = result;
      const ratio = previous ? `${(importCpuMs / previous).toFixed(2)}×` : "";
      console.log(
        `${language}   ${String(Buffer.byteLength(text)).padStart(9)} ${String(claims).padStart(7)} ${importMs.toFixed(0).padStart(15)} ${importCpuMs.toFixed(0).padStart(14)} ${ratio.padStart(6)} ${pageMs.toFixed(0).padStart(9)} ${(pageBytes / 1024).toFixed(0).padStart(9)}`,
      );
      previous = importCpuMs;
    }
  }
  console.log();
}

function repeatTo(sentence: string, bytes: number): string {
  return sentence.repeat(Math.floor(bytes / Buffer.byteLength(sentence)));
}

async function importOnce(mode: ServerMode, language: "ar" | "en", text: string) {
  const server = await startIsnad(mode, join(scratch, `import-${language}-${text.length}.json`));
  try {
    const { cookie, csrf } = await firstAdmin(server.baseUrl);
    const form = new FormData();
    form.set("_csrf", csrf);
    form.set("title", "repeated sentence");
    form.set("language", language);
    form.set("file", new Blob([text], { type: "text/plain" }), "repeated.txt");
    const cpuBefore = cpuMs(server.child.pid);
    const began = performance.now();
    const response = await fetch(`${server.baseUrl}/articles`, { method: "POST", body: form, headers: { cookie }, redirect: "manual" });
    const importMs = performance.now() - began;
    const importCpuMs = cpuMs(server.child.pid) - cpuBefore;
    const location = response.headers.get("location");
    if (response.status !== 303 || !location) throw new Error(`import answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
    const claims = ((await (await fetch(`${server.baseUrl}/api${location}/claims`, { headers: { cookie } })).json()) as unknown[]).length;
    const page = await getOnce(server.baseUrl, location, cookie);
    if (page.status !== 200) throw new Error(`article page answered ${page.status}`);
    return { importMs, importCpuMs, claims, pageMs: page.ms, pageBytes: page.bytes };
  } finally {
    await server.stop();
  }
}
