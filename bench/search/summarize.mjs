// Prints one results line per engine for a run folder written by run.sh.
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";

const dir = process.argv[2];
const read = (f) => (existsSync(join(dir, f)) ? readFileSync(join(dir, f), "utf8") : "");
const time = (f) => {
  const t = read(f);
  const g = (re) => (re.exec(t) ?? [])[1];
  return { wall: g(/Elapsed \(wall clock\) time.*: (.*)/), rssMB: Math.round(Number(g(/Maximum resident set size \(kbytes\): (\d+)/) ?? 0) / 1024), user: g(/User time \(seconds\): (.*)/) };
};
const stats = (f) => {
  const t = read(f);
  if (!t.trim()) return null;
  const rows = JSON.parse(t);
  const b = rows.map((r) => r.bytes);
  return { meanKB: +(b.reduce((a, x) => a + x, 0) / b.length / 1024).toFixed(1), maxKB: +(Math.max(...b) / 1024).toFixed(1), minKB: +(Math.min(...b) / 1024).toFixed(1),
    max: rows.find((r) => r.bytes === Math.max(...b)).q };
};
console.log(JSON.stringify({ dir, build: JSON.parse(read("build.json") || "{}"), time: time("time.txt"), ours: stats("ours.json"),
  pagefind: stats("pagefind.json"), pagefindTime: time("pagefind-time.txt") }));
