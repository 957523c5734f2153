import type { LookupAddress } from "node:dns";
import type { LookupFunction } from "node:net";
import { checkedAddresses, type Resolve } from "./address-guard.ts";

/**
 * A `lookup` for net/tls connections that resolves the host once, checks every address
 * (checkedAddresses) and hands only those to the socket. The socket connects to the address that
 * was checked, so a DNS answer that changes between the check and the connection (DNS rebinding)
 * cannot reach a private address.
 */
export function guardedLookup(resolve: Resolve, allowedHosts: readonly string[]): LookupFunction {
  return (hostname, options, callback) => {
    checkedAddresses(hostname, resolve, allowedHosts).then(
      (addresses) => {
        const usable = familyOf(addresses, options.family);
        if (usable.length === 0) return callback(Object.assign(new Error(`${hostname} has no usable address`), { code: "ENOTFOUND" }), "", 0);
        if (options.all) return (callback as unknown as (err: null, all: LookupAddress[]) => void)(null, usable);
        callback(null, usable[0]!.address, usable[0]!.family);
      },
      (error: NodeJS.ErrnoException) => callback(error, "", 0),
    );
  };
}

function familyOf(addresses: LookupAddress[], family: unknown): LookupAddress[] {
  const wanted = family === "IPv4" ? 4 : family === "IPv6" ? 6 : family;
  return wanted === 4 || wanted === 6 ? addresses.filter((a) => a.family === wanted) : addresses;
}
