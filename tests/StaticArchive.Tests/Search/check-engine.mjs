// Runs the browser engine over an index folder on disk: node check-engine.mjs <output-dir> <queries.json>.
// Prints [{ query, urls, count }] so NodeCrossCheckTests can compare with the C# reference engine.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Engine } from "../../../theme/assets/js/search-engine.js";

const [dir, queriesFile] = process.argv.slice(2);
const files = new Map();
const read = (path) => files.get(path) ?? files.set(path, new Uint8Array(readFileSync(join(dir, path)))).get(path);
const engine = new Engine(async (path, start, end) => read(path).subarray(start ?? 0, end));
const out = [];
for (const query of JSON.parse(readFileSync(queriesFile, "utf8"))) {
  const page = await engine.search(query, {}, 0, 1_000_000);
  out.push({ query, urls: page.hits.map((h) => h.fragment.u), count: page.count });
}
console.log(JSON.stringify(out));
