import type { Request, RequestHandler, Response } from "express";
import helmet from "helmet";

/**
 * The Content-Security-Policy: everything from this site only, no inline script or style (the
 * views have none: styles are in public/css and /assets/verdicts.css, the one script is
 * public/js, charts are SVG images with presentation attributes), no plugins, no framing, forms
 * post only here. `upgrade-insecure-requests` is left out on purpose: on a newsroom's plain-HTTP
 * intranet address it would send every stylesheet and script to an https:// address that does
 * not answer; HSTS covers deployments behind TLS.
 */
export const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'none'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'"],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
} as const;

/**
 * What sets the security headers from helmet on a response: the CSP above, HSTS, nosniff, no
 * framing (also as X-Frame-Options), no referrer sent to the sites evidence links point to,
 * same-origin opener and resource policies.
 */
export function securityHeaders(): (res: Response) => void {
  const headers = headersSetBy(
    helmet({
      contentSecurityPolicy: { useDefaults: false, directives: { ...CSP_DIRECTIVES } },
      xFrameOptions: { action: "deny" },
      referrerPolicy: { policy: "no-referrer" },
    }),
  );
  return (res) => {
    for (const [name, value] of headers) res.setHeader(name, value);
  };
}

/**
 * The headers a helmet middleware sets, read once by running it on a stand-in response: with no
 * nonce or per-request directive they are the same for every response, and setting them from a
 * list spares helmet's chain of a dozen middleware functions on each request. (X-Powered-By,
 * which helmet removes, is never set: the app disables it.)
 */
function headersSetBy(middleware: RequestHandler): [string, string][] {
  const headers: [string, string][] = [];
  const res = { setHeader: (name: string, value: unknown) => headers.push([name, String(value)]), removeHeader: () => {} };
  let done = false;
  middleware({ headers: {} } as Request, res as unknown as Response, (error?: unknown) => {
    if (error) throw error;
    done = true;
  });
  if (!done) throw new Error("helmet did not set its headers at once: they cannot be read ahead");
  return headers;
}
