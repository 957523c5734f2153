import { describe, expect, it } from "vitest";
import { readConfig } from "../../src/config.ts";
import { listenUrl } from "../../src/listen-url.ts";

describe("readConfig: where and how the server runs", () => {
  it.each([
    ["HOST unset", {}, "127.0.0.1"],
    ["HOST empty", { HOST: "" }, "127.0.0.1"],
    ["HOST=0.0.0.0", { HOST: "0.0.0.0" }, "0.0.0.0"],
    ["HOST=:: with spaces", { HOST: " :: " }, "::"],
  ])("%s listens on %s", (_name, env, host) => {
    expect(readConfig(env).host).toBe(host);
  });

  it.each([
    ["NODE_ENV unset", {}, true],
    ["NODE_ENV=production", { NODE_ENV: "production" }, true],
    ["NODE_ENV=test", { NODE_ENV: "test" }, true],
    ["NODE_ENV=development", { NODE_ENV: "development" }, false],
  ])("%s gives production settings: %s", (_name, env, production) => {
    expect(readConfig(env).production).toBe(production);
  });
});

describe("listenUrl: the address the server prints", () => {
  it.each([
    [{ address: "127.0.0.1", family: "IPv4", port: 3000 }, "http://127.0.0.1:3000", false],
    [{ address: "0.0.0.0", family: "IPv4", port: 80 }, "http://0.0.0.0:80", true],
    [{ address: "::", family: "IPv6", port: 3000 }, "http://[::]:3000", true],
    [{ address: "::1", family: "IPv6", port: 3000 }, "http://[::1]:3000", false],
    [{ address: "192.168.1.20", family: "IPv4", port: 8080 }, "http://192.168.1.20:8080", false],
  ])("%j is %s (every interface: %s)", (address, url, everyInterface) => {
    expect(listenUrl(address)).toEqual({ url, everyInterface });
  });
});
