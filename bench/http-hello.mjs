// The yardstick for `npm run bench:http`: a bare express 5 app answering "Hello World!", started
// the same way as the server under test, so the ratio of their req/s says what Isnad's own work costs.
// `/bytes/N` answers N bytes (as a JSON string) with no other work: what sending a page of that size
// costs the server and the load generator alone, the ceiling of a page's share of hello-world.
import express from "express";

const app = express();
app.get("/", (_req, res) => res.send("Hello World!"));
const bodies = new Map();
app.get("/bytes/:size", (req, res) => {
  const size = Math.min(Number(req.params.size) || 0, 8 * 1024 * 1024);
  if (!bodies.has(size)) bodies.set(size, Buffer.from(JSON.stringify("x".repeat(Math.max(0, size - 2)))));
  res.set("Content-Type", "application/json; charset=utf-8").send(bodies.get(size));
});
const server = app.listen(0, "127.0.0.1", () => console.log(`serving http://127.0.0.1:${server.address().port}`));
process.once("SIGTERM", () => server.close(() => process.exit(0)));
