import type { AddressInfo } from "node:net";

/** Addresses that mean "every interface of this machine". */
const ANY = new Set(["0.0.0.0", "::", "::0"]);

/**
 * What the server prints once it listens: the URL of the address it really listens on (IPv6 in
 * brackets), and whether that is every interface, so nobody takes "localhost" for private when it is not.
 */
export function listenUrl({ address, family, port }: AddressInfo): { url: string; everyInterface: boolean } {
  const host = family === "IPv6" ? `[${address}]` : address;
  return { url: `http://${host}:${port}`, everyInterface: ANY.has(address) };
}
