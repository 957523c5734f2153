// The yardstick for `npm run bench:http`: a bare express 5 app answering "Hello World!", started
// the same way as the server under test, so the ratio of their req/s says what Isnad's own work costs.
import express from "express";

const app = express();
app.get("/", (_req, res) => res.send("Hello World!"));
const server = app.listen(0, "127.0.0.1", () => console.log(`serving http://127.0.0.1:${server.address().port}`));
process.once("SIGTERM", () => server.close(() => process.exit(0)));
