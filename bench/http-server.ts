/**
 * Servers for `npm run bench:http`: Isnad (compiled, or from source as tsx runs it) and the bare
 * express yardstick, each a child process on a free port of 127.0.0.1.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { copyFileSync, cpSync, mkdtempSync, readFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { articlesDir } from "../src/store/store-paths.ts";

export const root = join(import.meta.dirname, "..");

/** How Isnad runs: `dist` is `npm start` (compiled, production); `src` is the TypeScript source through tsx. */
export type ServerMode = "dist" | "src";

export interface Running {
  baseUrl: string;
  /** Milliseconds from spawn to the first 200 of `firstPath`. */
  startMs: number;
  /** CPU milliseconds the server used until then (user + system, from /proc). */
  startCpuMs: number;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** Every server started, so none outlives the bench (even when it fails half-way). */
const children = new Set<ChildProcess>();
process.on("exit", () => children.forEach((child) => child.kill("SIGKILL")));

/** A scratch folder for one bench run's stores. */
export const scratch = mkdtempSync(join(tmpdir(), "isnad-bench-"));

/** A copy of the bundled store (db.json and its db.articles/ of the repository), so a run never changes it. */
export function bundledStoreCopy(name: string): string {
  const file = join(scratch, name);
  copyFileSync(join(root, "db.json"), file);
  cpSync(articlesDir(join(root, "db.json")), articlesDir(file), { recursive: true });
  return file;
}

/** Starts Isnad on `dbFile` (created with the seed article when missing). */
export function startIsnad(mode: ServerMode, dbFile: string, nodeArgs: string[] = []): Promise<Running> {
  const entry = mode === "dist" ? [join(root, "dist/server.js")] : ["--import", "tsx", join(root, "src/server.ts")];
  const env = { ...process.env, PORT: "0", HOST: "127.0.0.1", DB_FILE: dbFile, NODE_ENV: mode === "dist" ? "production" : "" };
  return start([...nodeArgs, ...entry], env, "/login");
}

/** Starts the bare express hello-world. */
export function startHello(): Promise<Running> {
  return start([join(root, "bench/http-hello.mjs")], process.env, "/");
}

function start(args: string[], env: NodeJS.ProcessEnv, firstPath: string): Promise<Running> {
  const began = performance.now();
  const child = spawn(process.execPath, args, { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
  children.add(child);
  let output = "";
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  void exited.then(() => children.delete(child));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    await exited;
  };
  return new Promise((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const port = /serving http:\/\/[^\s:]+:(\d+)/.exec(output)?.[1];
      if (!port) return;
      child.stdout!.off("data", read);
      const baseUrl = `http://127.0.0.1:${port}`;
      firstOk(`${baseUrl}${firstPath}`).then(() => {
        const startMs = performance.now() - began;
        resolve({ baseUrl, startMs, startCpuMs: cpuMs(child.pid), child, stop });
      }, reject);
    };
    child.stdout!.on("data", read);
    child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("exit", (code) => reject(new Error(`server exited (${code}) before answering:\n${output}`)));
  });
}

/** Resolves at the first 200 of `url` (redirects followed, as a browser would). */
async function firstOk(url: string): Promise<void> {
  for (;;) {
    const response = await fetch(url).catch(() => null);
    if (response?.ok) return void (await response.arrayBuffer());
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** Wall and CPU milliseconds from spawning Isnad on a copy of the bundled store to its first 200 (/login, which shows the setup page there). */
export async function startUp(mode: ServerMode): Promise<{ wall: number; cpu: number }> {
  const server = await startIsnad(mode, bundledStoreCopy(`startup-${Math.random().toString(36).slice(2)}.json`));
  await server.stop();
  return { wall: server.startMs, cpu: server.startCpuMs };
}

/** CPU time used so far by process `pid` (user + system, ms), from Linux's /proc; NaN elsewhere. */
export function cpuMs(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS; // utime, stime
  } catch {
    return NaN;
  }
}

/** Linux's USER_HZ, the unit of /proc/PID/stat times: 100 on every common build. */
const CLOCK_TICKS = 100;

const BENCH_USER = "bench";
const BENCH_PASSWORD = "bench password 1234";

/** The signed-in session of the first admin, made through /setup as a browser would. */
export async function firstAdmin(baseUrl: string): Promise<{ cookie: string; csrf: string }> {
  const setup = await fetch(`${baseUrl}/setup`);
  const before = cookiesOf(setup);
  const body = new URLSearchParams({
    username: BENCH_USER,
    password: BENCH_PASSWORD,
    passwordAgain: BENCH_PASSWORD,
    organizationName: "Bench desk",
    _csrf: csrfIn(await setup.text()),
  });
  const created = await fetch(`${baseUrl}/setup`, { method: "POST", body, headers: { cookie: before }, redirect: "manual" });
  if (created.status !== 303) throw new Error(`POST /setup answered ${created.status}`);
  return sessionFrom(baseUrl, created);
}

/**
 * A new session of the admin that firstAdmin made, signed in through /login as a browser would.
 * The server renews a session cookie once it is a minute old and a browser keeps the new one, but
 * autocannon sends the same Cookie header to the end: a load that outlives its cookie's first
 * minute would have every response sign a cookie no browser would ask for. So each run signs in
 * afresh.
 */
export async function signIn(baseUrl: string): Promise<{ cookie: string; csrf: string }> {
  const login = await fetch(`${baseUrl}/login`);
  const body = new URLSearchParams({ username: BENCH_USER, password: BENCH_PASSWORD, _csrf: csrfIn(await login.text()) });
  const signedIn = await fetch(`${baseUrl}/login`, { method: "POST", body, headers: { cookie: cookiesOf(login) }, redirect: "manual" });
  if (signedIn.status !== 303) throw new Error(`POST /login answered ${signedIn.status}`);
  return sessionFrom(baseUrl, signedIn);
}

/** The Cookie header a browser holds after `response` signed it in, with the CSRF cookie its first page sets. */
async function sessionFrom(baseUrl: string, response: Response): Promise<{ cookie: string; csrf: string }> {
  const session = cookiesOf(response)
    .split("; ")
    .find((c) => c.startsWith("isnad.sid="));
  if (!session) throw new Error(`${response.url} answered ${response.status} without a session cookie`);
  const page = await fetch(`${baseUrl}/articles`, { headers: { cookie: session } });
  const cookie = [session, cookiesOf(page)].filter(Boolean).join("; ");
  return { cookie, csrf: csrfIn(await page.text()) };
}

/** The name=value pairs a response sets, as one Cookie header. */
function cookiesOf(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

function csrfIn(html: string): string {
  const token = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
  if (!token) throw new Error("the page has no _csrf field");
  return token;
}

/** GET `path` once with the session: status, bytes and milliseconds. */
export function getOnce(
  baseUrl: string,
  path: string,
  cookie: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; bytes: number; ms: number }> {
  const began = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(`${baseUrl}${path}`, { headers: { ...headers, cookie } }, (res) => {
      let bytes = 0;
      res.on("data", (chunk: Buffer) => (bytes += chunk.length));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, bytes, ms: performance.now() - began }));
    });
    req.on("error", reject);
    req.end();
  });
}
