import type { Request } from "express";

/** What the operator is told when requests look proxied but the proxy is not trusted. */
export const UNTRUSTED_PROXY_WARNING =
  "Requests arrive through a proxy (they carry X-Forwarded-For) but TRUST_PROXY is not set: every user behind the proxy " +
  "counts as one address for the sign-in limit (20 failures lock them all out for a while) and cookies are not marked " +
  "Secure. Set TRUST_PROXY=1 (one proxy hop) or to the proxy's address.";

/**
 * What logs UNTRUSTED_PROXY_WARNING once, on the first request that carries X-Forwarded-For while
 * the app does not trust a proxy. The header is not used either way: an untrusted one may be forged.
 */
export function untrustedProxyWarner(trustProxy: unknown, log: (line: string) => void): (req: Request) => void {
  let warned = Boolean(trustProxy);
  return (req) => {
    if (!warned && req.headers["x-forwarded-for"] !== undefined) {
      warned = true;
      log(UNTRUSTED_PROXY_WARNING);
    }
  };
}
