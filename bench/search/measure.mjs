// Cold-query bytes in real Chromium: node measure.mjs <site-dir> [--pagefind]
// Serves the site like a static CDN (gzip for text assets, HTTP Range, no other compression) and counts the
// body bytes sent for each query in a fresh browser context (empty cache). Needs playwright-core and
// /usr/bin/chromium; NODE_PATH may point at their node_modules.
import { createServer } from "node:http";
import { readFileSync, statSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join, extname } from "node:path";
import { chromium } from "playwright-core";

export const QUERIES = ["复议", "行政复议", "政府信息公开", "信息化", "决算公开", "人民政府", "公开", "2023", "年度报告",
  "依申请公开", "行政诉讼", "政务新媒体", "主动公开", "工作存在的主要问题"];

const [site, mode] = process.argv.slice(2);
const types = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".json": "application/json",
  ".gz": "application/octet-stream", ".bin": "application/octet-stream", ".pf_meta": "application/octet-stream",
  ".pf_index": "application/octet-stream", ".pf_fragment": "application/octet-stream", ".pagefind": "application/octet-stream", ".wasm": "application/wasm" };
let sent = 0;
let requests = 0;
let parts = {};
const category = (p) => p.startsWith("/search/") && p !== "/search/index.html" ? p.split("/")[2].replace(/\..*$/, "").replace(/^\d+$/, "") || "manifest"
  : p.startsWith("/assets/") ? "client" : p.startsWith("/pagefind/") ? "pagefind" : "page";
const server = createServer((req, res) => {
  let path = decodeURIComponent(new URL(req.url, "http://x").pathname);
  if (path.endsWith("/")) path += "index.html";
  const file = join(site, path);
  let body;
  try { if (!statSync(file).isFile()) throw new Error(); body = readFileSync(file); } catch { res.writeHead(404); res.end(); return; }
  requests++;
  const ext = extname(file);
  const headers = { "Content-Type": types[ext] ?? "application/octet-stream", "Accept-Ranges": "bytes", "Cache-Control": "no-store" };
  const range = /bytes=(\d+)-(\d+)/.exec(req.headers.range ?? "");
  if (range) {
    const [s, e] = [Number(range[1]), Math.min(Number(range[2]), body.length - 1)];
    body = body.subarray(s, e + 1);
    res.writeHead(206, { ...headers, "Content-Range": `bytes ${s}-${e}/${statSync(file).size}` });
  } else if ([".html", ".js", ".css", ".json"].includes(ext)) {
    body = gzipSync(body, { level: 9 });
    res.writeHead(200, { ...headers, "Content-Encoding": "gzip" });
  } else {
    res.writeHead(200, headers);
  }
  sent += body.length;
  const c = category(path);
  parts[c] = (parts[c] ?? 0) + body.length;
  res.end(body);
});
await new Promise((r) => server.listen(0, r));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
const rows = [];
for (const q of QUERIES) {
  const context = await browser.newContext();
  const page = await context.newPage();
  let count;
  if (mode === "--pagefind") {
    await page.goto(`${origin}/pf.html`);
    sent = 0; requests = 0; parts = {};
    count = await page.evaluate(async (query) => {
      const pf = await import("/pagefind/pagefind.js");
      const r = await pf.search(query);
      await Promise.all(r.results.slice(0, 10).map((x) => x.data()));
      return r.results.length;
    }, q);
  } else {
    // The page itself is the lead's; count from the search page's own HTML onward but report it separately.
    sent = 0; requests = 0; parts = {};
    await page.goto(`${origin}/search/?q=${encodeURIComponent(q)}`);
    await page.waitForFunction(() => {
      const s = document.querySelector("[role=status]")?.textContent ?? "";
      return s && !s.includes("正在");
    }, null, { timeout: 60000 });
    count = await page.evaluate(() => document.querySelector("[role=status]").textContent);
  }
  rows.push({ q, bytes: sent, requests, count, parts });
  await context.close();
}
await browser.close();
server.close();
console.log(JSON.stringify(rows));
