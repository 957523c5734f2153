import type { RequestHandler } from "express";
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
 * Security headers from helmet: the CSP above, HSTS, nosniff, no framing (also as
 * X-Frame-Options), no referrer sent to the sites evidence links point to, same-origin
 * opener and resource policies.
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: { ...CSP_DIRECTIVES } },
    xFrameOptions: { action: "deny" },
    referrerPolicy: { policy: "no-referrer" },
  });
}
