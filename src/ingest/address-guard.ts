import ipaddr from "ipaddr.js";
import type { LookupAddress } from "node:dns";

/**
 * Which addresses an import may connect to. A page is fetched only from public unicast
 * addresses: not loopback, private (10/8, 172.16/12, 192.168/16, fc00::/7), link-local (which holds
 * the cloud metadata address 169.254.169.254), carrier-grade NAT (100.64/10, where some clouds keep
 * theirs), multicast, broadcast, unspecified or reserved ranges. An IPv4 address mapped or
 * embedded in IPv6 (::ffff:a.b.c.d, 6to4, Teredo, NAT64) is judged by the IPv4 address inside.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  const parsed = ipaddr.process(address);
  const range = parsed.range();
  if (range === "unicast") return true;
  if (parsed.kind() === "ipv6") return embeddedIpv4IsPublic(parsed as ipaddr.IPv6, range);
  return false;
}

function embeddedIpv4IsPublic(address: ipaddr.IPv6, range: string): boolean {
  const bytes = address.toByteArray();
  if (range === "6to4") return isPublicAddress(bytes.slice(2, 6).join("."));
  if (range === "rfc6052" || range === "rfc6145") return isPublicAddress(bytes.slice(12, 16).join("."));
  if (range === "teredo")
    return isPublicAddress(
      bytes
        .slice(12, 16)
        .map((b) => b ^ 0xff)
        .join("."),
    );
  return false;
}

/** The host name as compared with the allowed list: lower case, no trailing dot, no IPv6 brackets. */
export function hostKey(host: string): string {
  return host
    .toLowerCase()
    .replace(/\.$/, "")
    .replace(/^\[(.*)\]$/, "$1");
}

/** Whether an admin allowed imports from `host` (an exact host name or address, case-insensitive). */
export function isAllowedHost(host: string, allowedHosts: readonly string[]): boolean {
  const key = hostKey(host);
  return allowedHosts.some((allowed) => hostKey(allowed.trim()) === key);
}

/** Resolves a host name to every address it has (dns.lookup with `all: true`, or a fake in tests). */
export type Resolve = (hostname: string) => Promise<LookupAddress[]>;

/** Thrown (and passed to the socket) when a host resolves to an address imports may not reach. */
export class BlockedAddressError extends Error {
  readonly code = "ISNAD_BLOCKED_ADDRESS";
  constructor(
    readonly host: string,
    readonly address: string,
  ) {
    super(`${host} resolves to ${address}, which imports may not reach`);
  }
}

/**
 * The addresses of `host`, all of them checked: if any one is not public and the host is not on
 * the allowed list, a BlockedAddressError (a name that resolves to both a public and a private
 * address would otherwise let the connection pick the private one).
 */
export async function checkedAddresses(host: string, resolve: Resolve, allowedHosts: readonly string[]): Promise<LookupAddress[]> {
  const key = hostKey(host);
  const addresses = ipaddr.isValid(key) ? [{ address: key, family: key.includes(":") ? 6 : 4 }] : await resolve(key);
  if (addresses.length === 0) throw Object.assign(new Error(`${host} has no address`), { code: "ENOTFOUND" });
  if (isAllowedHost(host, allowedHosts)) return addresses;
  const blocked = addresses.find((a) => !isPublicAddress(a.address));
  if (blocked) throw new BlockedAddressError(host, blocked.address);
  return addresses;
}
