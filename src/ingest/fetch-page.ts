import { lookup } from "node:dns/promises";
import ipaddr from "ipaddr.js";
import { Agent, fetch, type Response } from "undici";
import { checkedAddresses, hostKey, type Resolve } from "./address-guard.ts";
import { guardedLookup } from "./guarded-lookup.ts";
import { fail, formatSize, type ImportProblem, type Outcome } from "./import-problem.ts";

/** How a page is fetched; every field but `allowedHosts` has a default. */
export interface FetchOptions {
  /** Hosts an admin allowed even though they resolve to private or loopback addresses. */
  allowedHosts: readonly string[];
  /** Name resolution (tests pass a fake); defaults to the system resolver, every address. */
  resolve?: Resolve;
  /** The whole fetch, redirects and body included, in milliseconds (default 15 s). */
  timeoutMs?: number;
  /** The largest page accepted, after decompression (default 5 MB). */
  maxBytes?: number;
  /** Redirects followed, each one checked again (default 5). */
  maxRedirects?: number;
}

/** A fetched page: its final address, content type and bytes (not yet decoded). */
export interface FetchedPage {
  url: string;
  contentType: string;
  bytes: Uint8Array;
}

export const FETCH_DEFAULTS = { timeoutMs: 15_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5 };

const systemResolve: Resolve = (hostname) => lookup(hostname, { all: true, verbatim: true });
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const HEADERS = {
  accept: "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
  "user-agent": "Isnad/0.1 (newsroom fact-checking; imports one article at an editor's request)",
};

/**
 * Fetches a web page for import, refusing what an editor's browser would be unwise to fetch from
 * the server: schemes other than http/https, hosts that resolve to loopback, private, link-local
 * or metadata addresses (unless allowed), more than `maxRedirects` redirects (each target checked
 * like the first), 4xx/5xx answers, bodies over `maxBytes`, and anything slower than `timeoutMs`.
 * Never throws for a network problem: it returns the problem.
 */
export async function fetchPage(address: string, options: FetchOptions): Promise<Outcome<FetchedPage>> {
  const settings = {
    allowedHosts: options.allowedHosts,
    resolve: options.resolve ?? systemResolve,
    timeoutMs: options.timeoutMs ?? FETCH_DEFAULTS.timeoutMs,
    maxBytes: options.maxBytes ?? FETCH_DEFAULTS.maxBytes,
    maxRedirects: options.maxRedirects ?? FETCH_DEFAULTS.maxRedirects,
  };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), settings.timeoutMs);
  const agent = new Agent({ connect: { lookup: guardedLookup(settings.resolve, settings.allowedHosts) } });
  try {
    return await followRedirects(address, settings, controller.signal);
  } catch (error) {
    if (controller.signal.aborted) return fail({ code: "timeout", seconds: Math.ceil(settings.timeoutMs / 1000) });
    return fail(networkProblem(error, address));
  } finally {
    clearTimeout(timer);
    agent.destroy().catch(() => undefined);
  }

  async function followRedirects(start: string, s: typeof settings, signal: AbortSignal): Promise<Outcome<FetchedPage>> {
    let url = webUrl(start);
    for (let redirects = 0; url; redirects++) {
      await checkLiteralAddress(url, s);
      const response = await fetch(url, { dispatcher: agent, redirect: "manual", signal, headers: HEADERS });
      if (!REDIRECTS.has(response.status)) return readPage(url.href, response, s.maxBytes);
      await response.body?.cancel();
      if (redirects >= s.maxRedirects) return fail({ code: "tooManyRedirects", max: s.maxRedirects });
      url = webUrl(response.headers.get("location") ?? "", url);
    }
    return fail({ code: "badUrl" });
  }
}

/** An http(s) URL without credentials, or null. */
export function webUrl(text: string, base?: URL): URL | null {
  try {
    const url = new URL(text, base);
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
    if (url.username || url.password) return null;
    return url;
  } catch {
    return null;
  }
}

/** A host written as an address is never looked up, so it is checked here. */
async function checkLiteralAddress(url: URL, settings: { resolve: Resolve; allowedHosts: readonly string[] }): Promise<void> {
  if (ipaddr.isValid(hostKey(url.hostname))) await checkedAddresses(url.hostname, settings.resolve, settings.allowedHosts);
}

async function readPage(url: string, response: Response, maxBytes: number): Promise<Outcome<FetchedPage>> {
  const contentType = response.headers.get("content-type") ?? "";
  if (!response.ok) {
    await response.body?.cancel();
    return fail({ code: "httpStatus", status: response.status });
  }
  if (contentType && !isHtmlType(contentType)) {
    await response.body?.cancel();
    return fail({ code: "notHtml", type: contentType.split(";")[0]!.trim() });
  }
  const declared = Number(response.headers.get("content-length") ?? "0");
  if (declared > maxBytes) {
    await response.body?.cancel();
    return fail({ code: "tooLarge", max: formatSize(maxBytes) });
  }
  const bytes = await readLimited(response.body as AsyncIterable<Uint8Array> | null, maxBytes);
  return bytes ? { ok: true, value: { url, contentType, bytes } } : fail({ code: "tooLarge", max: formatSize(maxBytes) });
}

/** Whether a Content-Type names an HTML document. */
export function isHtmlType(contentType: string): boolean {
  const type = contentType.split(";")[0]!.trim().toLowerCase();
  return type === "text/html" || type === "application/xhtml+xml";
}

async function readLimited(body: AsyncIterable<Uint8Array> | null, maxBytes: number): Promise<Uint8Array | null> {
  if (!body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of body) {
    total += chunk.byteLength;
    if (total > maxBytes) return null; // leaving the loop cancels the body
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function networkProblem(error: unknown, address: string): ImportProblem {
  const host = safeHost(address);
  for (let e = error as { code?: string; cause?: unknown; host?: string } | undefined; e; e = e.cause as typeof e) {
    if (e.code === "ISNAD_BLOCKED_ADDRESS") return { code: "blockedAddress", host: e.host ?? host };
    if (e.code === "ENOTFOUND" || e.code === "EAI_AGAIN" || e.code === "EAI_NONAME") return { code: "unknownHost", host };
  }
  if (error instanceof TypeError && /URL/i.test(error.message)) return { code: "badUrl" };
  return { code: "unreachable", host };
}

function safeHost(address: string): string {
  return webUrl(address)?.hostname ?? address;
}
