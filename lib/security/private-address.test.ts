import { describe, expect, it } from "vitest";
import { isPrivateAddress } from "./private-address";

describe("private and local addresses", () => {
  it.each([
    "127.0.0.1",
    "10.1.2.3",
    "172.16.0.1",
    "172.31.255.255",
    "192.168.1.10",
    "169.254.169.254",
    "100.64.0.1",
    "0.0.0.0",
    "::1",
    "::",
    "fd12:3456::1",
    "fe80::1",
    "::ffff:127.0.0.1",
    "::ffff:10.0.0.5",
    "not an address",
  ])("%s is refused", (a) => expect(isPrivateAddress(a)).toBe(true));

  it.each(["8.8.8.8", "172.32.0.1", "93.184.216.34", "2606:4700::1111", "::ffff:8.8.4.4"])("%s is public", (a) =>
    expect(isPrivateAddress(a)).toBe(false),
  );
});
