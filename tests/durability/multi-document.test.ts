import type { ChildProcess } from "node:child_process";
import { randomInt } from "node:crypto";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as delay } from "node:timers/promises";
import { afterAll, describe, expect, it } from "vitest";
import { articleSummary } from "../../src/schemas/article-summary.ts";
import { articleIdOf, articlesDir } from "../../src/store/store-paths.ts";
import { setUpFirstAdmin, signIn } from "../helpers/session-client.ts";
import { storeOnDisk } from "../helpers/store-on-disk.ts";
import { killHard, startServer } from "./server-process.ts";

const SEED = Number(process.env.CRASH_SEED ?? randomInt(2 ** 31));
const KILLS = 4;
const ARTICLES = 4;
const START_TIMEOUT_MS = 60_000;
const ACCOUNT = { username: "multidoc", password: "multi document password 9c1d" };
const TEXT = (n: number) => `Report ${n}. The mayor said the bridge would reopen in May.`;

const dir = mkdtempSync(join(tmpdir(), "isnad-multidoc-"));
const dbFile = join(dir, "db.json");
let child: ChildProcess | undefined;
afterAll(async () => {
  if (child) await killHard(child);
});

async function started() {
  // A small journal bound, so that kills also land while db.json is written whole and the journal cut.
  const server = startServer({ PORT: "0", DB_FILE: dbFile, JOURNAL_CHECKPOINT_BYTES: "4096" });
  child = server.child;
  const up = await Promise.race([server.started, delay(START_TIMEOUT_MS, { timedOut: true } as const)]);
  if (!("baseUrl" in up)) throw new Error(`the server did not start (seed ${SEED}):\n${server.output()}`);
  return { server, baseUrl: up.baseUrl };
}

/** Every article document in the folder, and db.json's index: they must agree row for row. */
function indexAgreesWithDocuments(when: string) {
  const disk = storeOnDisk(dbFile); // every listed document exists and validates
  const onDisk = readdirSync(articlesDir(dbFile))
    .map(articleIdOf)
    .filter((id) => id !== null)
    .sort();
  expect(disk.articles.map((a) => a.id).sort(), `documents not in the index ${when} (seed ${SEED})`).toEqual(onDisk);
  expect(disk.articles, `index rows that differ from their documents ${when}`).toEqual(disk.documents.map(articleSummary));
  return disk;
}

describe("durability of multi-document writes", () => {
  it("after SIGKILLs during imports and during saves to different articles, restarts with index and documents in agreement and every acknowledged change kept", {
    timeout: 300_000,
  }, async () => {
    console.log(`multi-document crash test seed ${SEED} (replay with CRASH_SEED=${SEED})`);
    const ackedImports = new Set<string>();
    const ackedNotes = new Map<string, string[]>(); // article id → notes of acknowledged review saves
    let { server, baseUrl } = await started();
    let session = await setUpFirstAdmin(baseUrl, ACCOUNT.username, ACCOUNT.password);
    /** Posts a form; the answer's status and location (its body is dropped, so a kill cannot fail a stream nobody reads). */
    const post = async (path: string, form: Record<string, string>, signal?: AbortSignal) => {
      const res = await fetch(`${baseUrl}${path}`, {
        method: "POST",
        redirect: "manual",
        headers: { cookie: session.cookie },
        body: new URLSearchParams({ ...form, _csrf: session.csrf }),
        signal,
      });
      await res.body?.cancel().catch(() => undefined);
      return { status: res.status, location: res.headers.get("location") ?? "" };
    };
    const targets: string[] = [];
    for (let n = 0; n < ARTICLES; n++) {
      const res = await post("/articles", { title: `target ${n}`, language: "en", text: TEXT(n) });
      targets.push(decodeURIComponent(res.location.slice("/articles/".length)));
    }

    for (let kill = 1; kill <= KILLS; kill++) {
      const stop = new AbortController();
      let sent = 0;
      const importer = async () => {
        while (!stop.signal.aborted) {
          const title = `import ${SEED}-${kill}-${++sent}`;
          const res = await post("/articles", { title, language: "en", text: TEXT(sent) }, stop.signal).catch(() => null);
          if (res?.status === 303) ackedImports.add(decodeURIComponent(res.location.slice("/articles/".length)));
        }
      };
      const reviewer = async (articleId: string) => {
        // On a loaded machine the kill can come before this first read: the reviewer then sits this round out.
        const claims = (await fetch(`${baseUrl}/api/articles/${articleId}/claims`, { headers: { cookie: session.cookie } })
          .then((res) => res.json())
          .catch(() => null)) as { id: string; version: number }[] | null;
        if (!claims) return;
        let { id, version } = claims[0]!;
        while (!stop.signal.aborted) {
          const notes = `note ${SEED}-${kill}-${version}`;
          const res = await post(
            `/articles/${articleId}/claims/${id}/review`,
            { version: String(version), notes, verdict: "", action: "save" },
            stop.signal,
          ).catch(() => null);
          if (res?.status !== 303) continue;
          ackedNotes.set(articleId, [...(ackedNotes.get(articleId) ?? []), notes]);
          version++;
        }
      };
      const work = [importer(), importer(), ...targets.map(reviewer)];
      await delay(300 + randomInt(900));
      await killHard(server.child);
      stop.abort();
      await Promise.allSettled(work);

      const disk = storeOnDisk(dbFile);
      for (const id of ackedImports)
        expect(
          disk.articles.some((a) => a.id === id),
          `acknowledged import ${id} after kill ${kill}`,
        ).toBe(true);
      for (const [id, notes] of ackedNotes) {
        const kept = disk.documents.find((a) => a.id === id)!.claims[0]!.history.flatMap((h) => h.changes.map((c) => c.to));
        expect(
          notes.filter((n) => !kept.includes(n)),
          `acknowledged saves to ${id} after kill ${kill}`,
        ).toEqual([]);
      }

      ({ server, baseUrl } = await started());
      indexAgreesWithDocuments(`after restart ${kill}`);
      session = await signIn(baseUrl, ACCOUNT.username, ACCOUNT.password);
    }
    await killHard(server.child);
    const disk = indexAgreesWithDocuments("at the end");
    console.log(
      `multi-document crash test (seed ${SEED}): ${KILLS} kills; ${disk.articles.length} articles, ${ackedImports.size} acknowledged imports, ${[...ackedNotes.values()].flat().length} acknowledged review saves`,
    );
  });
});
