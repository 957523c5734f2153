import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { encodeWindows1256 } from "./windows-1256.ts";

const PAGES = new URL("../fixtures/pages/", import.meta.url);

/** A fixture page's bytes (tests/fixtures/pages/NAME.html). */
export function fixturePage(name: string): Buffer {
  return readFileSync(new URL(`${name}.html`, PAGES));
}

/** The Arabic fixture re-saved as windows-1256, its meta tag saying so. */
export function arabicWindows1256(): Buffer {
  const html = fixturePage("cnn-arabic-syria")
    .toString("utf8")
    .replace(/charset=UTF-8/i, "charset=windows-1256");
  return encodeWindows1256(html);
}

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * A web server on 127.0.0.1 (the only traffic this machine allows) serving the fixture pages and
 * the ways a page can go wrong:
 *
 * | /pages/NAME               | a fixture, text/html; charset=utf-8        |
 * | /pages/NAME.gz            | the same, gzip-compressed                  |
 * | /arabic-1256              | the Arabic page in windows-1256, declared only in its meta tag |
 * | /arabic-1256-header       | the same, declared only in the Content-Type header |
 * | /arabic-1256-undeclared   | the same, declared nowhere                 |
 * | /redirect/N               | N redirects, then the BBC page             |
 * | /redirect-to?to=URL       | one redirect to URL                        |
 * | /status/N                 | an error page with status N                |
 * | /pdf, /png                | other content types                        |
 * | /huge                     | 6 MB of HTML, no Content-Length            |
 * | /slow                     | headers, then nothing                      |
 * | /empty-page               | HTML with no article                       |
 */
export async function startPageServer(): Promise<{ base: string; server: Server; connections: () => number; close: () => Promise<void> }> {
  const routes: Record<string, Handler> = {
    "/arabic-1256": (_q, res) => send(res, "text/html", arabicWindows1256()),
    "/arabic-1256-header": (_q, res) =>
      send(
        res,
        "text/html; charset=windows-1256",
        encodeWindows1256(
          fixturePage("cnn-arabic-syria")
            .toString("utf8")
            .replace(/<meta[^>]*charset[^>]*>/i, ""),
        ),
      ),
    "/arabic-1256-undeclared": (_q, res) =>
      send(
        res,
        "text/html",
        encodeWindows1256(
          fixturePage("cnn-arabic-syria")
            .toString("utf8")
            .replace(/<meta[^>]*charset[^>]*>/i, ""),
        ),
      ),
    "/pdf": (_q, res) => send(res, "application/pdf", Buffer.from("%PDF-1.4\n%âãÏÓ\n")),
    "/png": (_q, res) => send(res, "image/png", Buffer.from([0x89, 0x50, 0x4e, 0x47])),
    "/empty-page": (_q, res) =>
      send(
        res,
        "text/html; charset=utf-8",
        Buffer.from("<!doctype html><html lang=en><title>Home</title><body><nav><a href=/>Home</a></nav><p>Welcome.</p></body></html>"),
      ),
    "/slow": (_q, res) => res.writeHead(200, { "content-type": "text/html" }),
    "/huge": (_q, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      const chunk = Buffer.alloc(64 * 1024, "<p>filler text</p>");
      for (let i = 0; i < 96; i++) res.write(chunk);
      res.end();
    },
  };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const route = routes[url.pathname];
    if (route) return route(req, res);
    const page = /^\/pages\/([\w-]+)(\.gz)?$/.exec(url.pathname);
    if (page) {
      const bytes = fixturePage(page[1]!);
      return page[2] ? send(res, "text/html; charset=utf-8", gzipSync(bytes), { "content-encoding": "gzip" }) : send(res, "text/html; charset=utf-8", bytes);
    }
    const redirect = /^\/redirect\/(\d+)$/.exec(url.pathname);
    if (redirect) {
      const left = Number(redirect[1]);
      return redirectTo(res, left > 1 ? `/redirect/${left - 1}` : "/pages/bbc-obama-guns");
    }
    if (url.pathname === "/redirect-to") return redirectTo(res, url.searchParams.get("to") ?? "/");
    const status = /^\/status\/(\d{3})$/.exec(url.pathname);
    if (status) return send(res, "text/html", Buffer.from("<h1>Error</h1>"), {}, Number(status[1]));
    send(res, "text/html", Buffer.from("not found"), {}, 404);
  });
  let connections = 0;
  server.on("connection", () => connections++);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return { base, server, connections: () => connections, close };
}

function send(res: ServerResponse, type: string, body: Buffer, headers: Record<string, string> = {}, status = 200): void {
  res.writeHead(status, { "content-type": type, "content-length": String(body.length), ...headers });
  res.end(body);
}

function redirectTo(res: ServerResponse, location: string): void {
  res.writeHead(302, { location });
  res.end();
}
