// Anchor for the import benches: DuckDB loading an NDJSON file by itself into a new database
// file. Run as its own process (like the import it is compared with): node dist/bench/duckdb-load.js FILE DB
import { DuckDBInstance } from '@duckdb/node-api';

const [file, dbPath] = process.argv.slice(2);
if (!file || !dbPath) throw new Error('usage: duckdb-load FILE DB');
const instance = await DuckDBInstance.create(dbPath, { memory_limit: '1GB' });
const connection = await instance.connect();
await connection.run(
  `CREATE TABLE raw AS SELECT * FROM read_json($1, format = 'newline_delimited')`,
  [file],
);
const rows = await connection.runAndReadAll('SELECT count(*)::INTEGER AS n FROM raw');
process.stdout.write(JSON.stringify({ rows: rows.getRows()[0]![0] }) + '\n');
connection.closeSync();
instance.closeSync();
process.stderr.write(`maxrss_kb=${process.resourceUsage().maxRSS}\n`);
