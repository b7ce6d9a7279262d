// Runs once when a Next server process starts (Next's instrumentation hook).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { recordSocketAddress } = await import("./server/http/record-socket-address");
    recordSocketAddress();
  }
}
