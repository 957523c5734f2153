import type { Request, Response } from "express";
import { gzipSync } from "node:zlib";
import { kept } from "./kept.ts";

/** Smaller bodies go out as they are: gzip's own bytes and the work would outweigh what it saves. */
const MIN_GZIP_BYTES = 1024;

/**
 * A response body made once and sent many times (a kept page, an article's claims as JSON), with
 * its gzip encoding made the first time a client that accepts gzip asks for it, then kept too, so
 * no response pays for compressing. It saves the network (a 31 kB page goes out as 5 kB), not the
 * server's CPU: writing 5 kB costs it about what writing 31 kB does.
 */
export class KeptBody {
  private gzip?: Buffer;

  constructor(readonly bytes: Buffer) {}

  /** The body gzipped, or null when it is too small to be worth it. */
  gzipped(): Buffer | null {
    if (this.bytes.length < MIN_GZIP_BYTES) return null;
    return (this.gzip ??= gzipSync(this.bytes));
  }
}

/**
 * Sends `body` gzipped when the request accepts gzip (browsers, fetch and most HTTP libraries ask
 * for it by default), as it is otherwise; `Vary: Accept-Encoding` either way, so a cache between
 * them keeps the two apart. Returns the bytes to send and whether they are gzipped (a strong ETag
 * must then differ from the plain body's).
 */
export function encodeFor(req: Request, res: Response, body: KeptBody): { bytes: Buffer; gzipped: boolean } {
  res.vary("Accept-Encoding");
  const gzipped = acceptsGzip(req.headers["accept-encoding"]) ? body.gzipped() : null;
  if (!gzipped) return { bytes: body.bytes, gzipped: false };
  res.setHeader("Content-Encoding", "gzip");
  return { bytes: gzipped, gzipped: true };
}

/** Whether an Accept-Encoding header accepts gzip (by name or by `*`, with a weight above 0); judged once per distinct header. */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  return kept(judged, header, MAX_JUDGED_HEADERS, () => gzipWeight(header) > 0);
}

const judged = new Map<string, boolean>();
const MAX_JUDGED_HEADERS = 200;

function gzipWeight(header: string): number {
  let named: number | undefined;
  let star: number | undefined;
  for (const part of header.split(",")) {
    const [coding = "", ...params] = part.split(";").map((s) => s.trim().toLowerCase());
    const q = params.find((p) => p.startsWith("q="));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    const valid = Number.isFinite(weight) ? weight : 0;
    if (coding === "gzip" || coding === "x-gzip") named = valid;
    else if (coding === "*") star = valid;
  }
  return named ?? star ?? 0;
}
