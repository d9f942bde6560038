/**
 * Child process for the crash test: starts the embedded Postgres on a folder,
 * then commits rows one at a time forever, printing each id once its COMMIT
 * has returned. The parent kills this process (and Postgres) with SIGKILL.
 */
import pg from "pg";
import { startEmbeddedPostgres } from "../../db/embedded";

const dataDir = process.argv[2];
if (!dataDir) throw new Error("usage: write-loop.ts <dataDir>");

const server = await startEmbeddedPostgres({ dataDir });
const client = new pg.Client({ connectionString: server.url });
await client.connect();
await client.query("create table if not exists crash_probe (id bigint primary key, payload text not null)");
console.log(`ready ${server.port}`);
for (let id = 1; ; id++) {
  await client.query("insert into crash_probe (id, payload) values ($1, repeat('x', 512))", [id]);
  console.log(`committed ${id}`);
}
