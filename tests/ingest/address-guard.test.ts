import { describe, expect, it } from "vitest";
import { BlockedAddressError, checkedAddresses, isAllowedHost, isPublicAddress, type Resolve } from "../../src/ingest/address-guard.ts";

describe("isPublicAddress", () => {
  const rows: Array<[string, boolean]> = [
    ["93.184.216.34", true],
    ["2606:2800:220:1:248:1893:25c8:1946", true],
    ["127.0.0.1", false], // loopback
    ["127.8.9.10", false],
    ["::1", false],
    ["10.0.0.1", false], // private
    ["172.16.5.4", false],
    ["192.168.1.1", false],
    ["fd00:ec2::254", false], // unique local (AWS metadata over IPv6)
    ["169.254.169.254", false], // link-local: cloud metadata
    ["fe80::1", false],
    ["100.100.100.200", false], // carrier-grade NAT: Alibaba's metadata
    ["0.0.0.0", false],
    ["::", false],
    ["224.0.0.1", false], // multicast
    ["255.255.255.255", false],
    ["192.0.2.1", false], // documentation range
    ["::ffff:127.0.0.1", false], // IPv4-mapped loopback
    ["::ffff:93.184.216.34", true],
    ["2002:7f00:1::", false], // 6to4 around 127.0.0.1
    ["64:ff9b::a00:1", false], // NAT64 around 10.0.0.1
    ["not an address", false],
  ];
  for (const [address, expected] of rows) {
    it(`${address} is ${expected ? "public" : "not public"}`, () => expect(isPublicAddress(address)).toBe(expected));
  }
});

describe("isAllowedHost", () => {
  it("matches a listed host whatever its case, trailing dot or IPv6 brackets", () => {
    expect(isAllowedHost("Intranet.Example.", ["intranet.example"])).toBe(true);
    expect(isAllowedHost("[::1]", ["::1"])).toBe(true);
    expect(isAllowedHost("evil-intranet.example", ["intranet.example"])).toBe(false);
  });
});

describe("checkedAddresses", () => {
  const resolveTo =
    (...addresses: string[]): Resolve =>
    async () =>
      addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));

  it("passes a host whose every address is public", async () => {
    await expect(checkedAddresses("news.example", resolveTo("93.184.216.34"), [])).resolves.toHaveLength(1);
  });

  it("blocks a host with one private address among public ones", async () => {
    await expect(checkedAddresses("mixed.example", resolveTo("93.184.216.34", "10.1.2.3"), [])).rejects.toBeInstanceOf(BlockedAddressError);
  });

  it("blocks a name that resolves to loopback unless an admin allowed it", async () => {
    await expect(checkedAddresses("localhost", resolveTo("127.0.0.1"), [])).rejects.toMatchObject({ code: "ISNAD_BLOCKED_ADDRESS", address: "127.0.0.1" });
    await expect(checkedAddresses("localhost", resolveTo("127.0.0.1"), ["localhost"])).resolves.toHaveLength(1);
  });

  it("checks an address written as the host without resolving it", async () => {
    const never: Resolve = async () => {
      throw new Error("resolver called");
    };
    await expect(checkedAddresses("169.254.169.254", never, [])).rejects.toBeInstanceOf(BlockedAddressError);
    await expect(checkedAddresses("[::1]", never, [])).rejects.toBeInstanceOf(BlockedAddressError);
  });
});
