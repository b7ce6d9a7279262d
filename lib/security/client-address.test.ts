import { describe, expect, it } from "vitest";
import { addressKey, clientAddress, SOCKET_ADDRESS_HEADER } from "./client-address";

const reader = (h: Record<string, string>) => (name: string) => h[name];

describe("clientAddress", () => {
  it("uses the socket's address and ignores X-Forwarded-For when no proxy is trusted", () => {
    const h = reader({ [SOCKET_ADDRESS_HEADER]: "203.0.113.7", "x-forwarded-for": "198.51.100.1" });
    expect(clientAddress(h, 0)).toBe("203.0.113.7");
  });

  it("behind one trusted proxy takes the address the proxy appended, not what the client sent before it", () => {
    const h = reader({ [SOCKET_ADDRESS_HEADER]: "10.0.0.2", "x-forwarded-for": "1.2.3.4, 198.51.100.9" });
    expect(clientAddress(h, 1)).toBe("198.51.100.9");
    expect(clientAddress(h, 2)).toBe("1.2.3.4");
    expect(clientAddress(h, 5)).toBe("1.2.3.4");
  });

  it("falls back to the socket when a trusted setup gets no X-Forwarded-For, and to one shared key without either", () => {
    expect(clientAddress(reader({ [SOCKET_ADDRESS_HEADER]: "::ffff:127.0.0.1" }), 1)).toBe("127.0.0.1");
    expect(clientAddress(reader({}), 0)).toBe("unknown");
    expect(clientAddress(reader({ [SOCKET_ADDRESS_HEADER]: "not an address" }), 0)).toBe("unknown");
  });
});

describe("addressKey", () => {
  it("keys IPv4 by address and IPv6 by /64, so one subscriber's many IPv6 addresses share a key", () => {
    expect(addressKey("192.0.2.1:5555")).toBe("192.0.2.1");
    expect(addressKey("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(addressKey("2001:DB8:1:2:bbbb:cccc:dddd:eeee")).toBe("2001:db8:1:2::/64");
    expect(addressKey("[2001:db8::1]:443")).toBe("2001:db8:0:0::/64");
    expect(addressKey("::1")).toBe("0:0:0:0::/64");
    expect(addressKey("fe80::1%eth0")).toBe("fe80:0:0:0::/64");
    expect(addressKey("999.1.1.1")).toBeNull();
    expect(addressKey("1::2::3")).toBeNull();
    expect(addressKey("1:2:3:4:5:6:7:8:9")).toBeNull();
  });
});
