// The query engine, a direct port of src/StaticArchive/Search/Query/*.cs: same files, same ranges, same ranking.
import { bucket, matchesField, normalize, parseQuery, signatureBit } from "./search-tokenizer.js";

const PREFIX_LIMIT = 64;
const decoder = new TextDecoder();
const utf16 = new TextDecoder("utf-16be");

/** Inflates the builder's gzip files, or with "deflate-raw" the members of its pack files (browser and node 20). */
export async function inflate(bytes, format = "gzip") {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream(format));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** A fetcher for a static host: Range when asked, falling back to slicing a whole file if Range is ignored. */
export function httpFetcher(base) {
  const whole = new Map();
  return async (path, start, end) => {
    if (whole.has(path)) return (await whole.get(path)).subarray(start ?? 0, end);
    const headers = start === undefined ? {} : { Range: `bytes=${start}-${end - 1}` };
    const response = await fetch(base + path, { headers });
    if (!response.ok) throw new Error(`${response.status} ${path}`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (start !== undefined && response.status !== 206) {
      whole.set(path, Promise.resolve(bytes));
      return bytes.subarray(start, end);
    }
    return bytes;
  };
}

class Reader {
  constructor(bytes) { this.b = bytes; this.p = 0; }
  byte() { return this.b[this.p++]; }
  varint() {
    let v = 0; let shift = 0; let b;
    do { b = this.b[this.p++]; v += (b & 0x7f) * 2 ** shift; shift += 7; } while (b >= 0x80);
    return v;
  }
  bytes(n) { const s = this.b.subarray(this.p, this.p + n); this.p += n; return s; }
}

function deltas(r, n) {
  const out = new Array(n);
  for (let i = 0, last = 0; i < n; i++) out[i] = last += r.varint();
  return out;
}

/** Decodes a postings block: { docs, impacts, signatures } with 0xFF for unknown signatures. */
export function decodePostings(bytes) {
  const r = new Reader(bytes);
  const n = r.varint();
  const flags = r.byte();
  let docs;
  if (flags & 1) {
    const first = r.varint();
    const bits = r.bytes(r.varint());
    docs = [];
    for (let i = 0; i < bits.length * 8 && docs.length < n; i++) if (bits[i >> 3] & (1 << (i & 7))) docs.push(first + i);
  } else {
    docs = deltas(r, n);
  }
  const withSig = (flags & 2) !== 0;
  if (!(flags & 4)) {
    const impacts = r.bytes(n);
    const signatures = withSig ? r.bytes(n) : new Uint8Array(n).fill(0xff);
    return { docs, impacts, signatures };
  }
  const top = deltas(r, r.varint());
  const topImpacts = r.bytes(top.length);
  const topSig = withSig ? r.bytes(top.length) : null;
  const impacts = new Uint8Array(n).fill(r.byte());
  const signatures = new Uint8Array(n).fill(0xff);
  let at = 0;
  top.forEach((doc, i) => {
    while (docs[at] !== doc) at++;
    impacts[at] = topImpacts[i];
    signatures[at] = topSig ? topSig[i] : 0xff;
  });
  return { docs, impacts, signatures };
}

function runs(flat, width) {
  const out = [];
  for (let i = 0; i < flat.length; i += width) out.push(flat.slice(i, i + width));
  return out;
}

/** The search engine over the files under search/. fetcher(path, start?, end?) returns a Uint8Array. */
export class Engine {
  constructor(fetcher) { this.fetch = fetcher; this.cache = new Map(); }

  once(key, make) {
    if (!this.cache.has(key)) this.cache.set(key, make());
    return this.cache.get(key);
  }

  manifest() {
    return this.once("m", async () => {
      const m = JSON.parse(decoder.decode(await this.fetch("search/manifest.json")));
      m.yearOf = new Int32Array(m.docs); m.typeOf = new Int32Array(m.docs);
      let at = 0;
      for (const [year, type, count] of runs(m.runs, 3)) { m.yearOf.fill(year, at, at + count); m.typeOf.fill(type, at, at + count); at += count; }
      return m;
    });
  }

  facets() {
    return this.once("f", async () => {
      const f = JSON.parse(decoder.decode(await inflate(await this.fetch("search/facets.gz"))));
      f.agencyOf = new Int32Array((await this.manifest()).docs);
      let at = 0;
      for (const [agency, count] of runs(f.runs, 2)) { f.agencyOf.fill(agency, at, at + count); at += count; }
      return f;
    });
  }

  shard(path) {
    return this.once(path, async () => {
      const r = new Reader(await inflate(await this.fetch(path)));
      const n = r.varint();
      if (n === 0) {
        const parts = r.varint();
        const starts = [""];
        for (let i = 1; i < parts; i++) starts.push(decoder.decode(r.bytes(r.varint())));
        return { starts };
      }
      const entries = [];
      let previous = new Uint8Array(0);
      for (let i = 0; i < n; i++) {
        const shared = r.varint();
        const suffix = r.bytes(r.varint());
        const bytes = new Uint8Array(shared + suffix.length);
        bytes.set(previous.subarray(0, shared)); bytes.set(suffix, shared);
        previous = bytes;
        const df = r.varint();
        const term = decoder.decode(bytes);
        const kind = r.byte();
        if (kind === 0) entries.push({ term, df, inline: r.bytes(r.varint()).slice() });
        else entries.push({ term, df, pack: r.varint(), offset: r.varint(), length: r.varint(), deflate: kind === 2 });
      }
      return { entries };
    });
  }

  async lookup(term, prefix) {
    const b = bucket(term, (await this.manifest()).buckets);
    const main = await this.shard(`search/s/${b}.gz`);
    let shards = [main];
    if (main.starts) {
      const { starts } = main;
      let first = 0;
      starts.forEach((s, i) => { if (s <= term) first = i; });
      const parts = [first + 1];
      for (let p = first + 1; prefix && p < starts.length && starts[p].startsWith(term); p++) parts.push(p + 1);
      shards = await Promise.all(parts.map((p) => this.shard(`search/s/${b}-${p}.gz`)));
    }
    const found = shards.flatMap((s) => s.entries.filter((e) => (prefix ? e.term.startsWith(term) : e.term === term)));
    found.sort((x, y) => y.df - x.df || (x.term < y.term ? -1 : x.term > y.term ? 1 : 0));
    return found.slice(0, PREFIX_LIMIT);
  }

  postings(entry) {
    return this.once(`p:${entry.term}`, async () => {
      if (entry.inline) return decodePostings(entry.inline);
      const bytes = await this.fetch(`search/p/${entry.pack}.bin`, entry.offset, entry.offset + entry.length);
      return decodePostings(entry.deflate ? await inflate(bytes, "deflate-raw") : bytes);
    });
  }

  /**
   * A document's result data as far as read: { u, t, a, y, l, d, s: source address, i: date inferred, m: sample,
   * f: searchable metadata [[label key, value], …],
   * x: the text so far, complete }. `more()` appends
   * the next passage of text; calls run one after another, since a fragment is shared by overlapping searches.
   */
  fragment(id) {
    return this.once(`d:${id}`, async () => {
      const m = await this.manifest();
      const path = `search/f/${Math.floor(id / m.fragmentGroup)}.bin`;
      const slot = id % m.fragmentGroup;
      const offsets = new DataView((await this.fetch(path, slot * 8, slot * 8 + 8)).slice().buffer);
      let at = offsets.getUint32(4, true);
      const head = utf16.decode(await inflate(await this.fetch(path, offsets.getUint32(0, true), at), "deflate-raw"));
      const line = head.indexOf("\n");
      const [u, t, a, d, lengths, marks = {}] = JSON.parse(head.slice(0, line));
      const f = { u, t, a, d, s: marks.s ?? "", i: marks.i === 1, m: marks.m === 1, f: marks.f ?? [], y: m.yearOf[id], l: m.types[m.typeOf[id]][1], x: head.slice(line + 1), complete: !lengths.length };
      let queue = Promise.resolve();
      f.more = () => (queue = queue.then(async () => {
        if (f.complete) return;
        const length = lengths.shift();
        f.x += utf16.decode(await inflate(await this.fetch(path, at, at += length), "deflate-raw"));
        f.complete = !lengths.length;
      }));
      return f;
    });
  }

  /** Candidate ids in rank order with their scores, before filters. */
  candidates(parts) {
    return this.once(`q:${JSON.stringify(parts)}`, async () => {
      let ids = null;
      const scores = new Map();
      for (const part of parts) {
        for (const [term, prefix, next] of part.terms) {
          const entries = await this.lookup(term, prefix);
          const lists = await Promise.all(entries.map((e) => this.postings(e)));
          const bit = next < 0 ? 0xff : 1 << signatureBit(next);
          const matched = new Map();
          for (const p of lists) {
            p.docs.forEach((doc, i) => {
              if (p.signatures[i] & bit) matched.set(doc, Math.max(matched.get(doc) ?? 0, p.impacts[i]));
            });
          }
          ids = ids === null ? [...matched.keys()].sort((a, b) => a - b) : ids.filter((id) => matched.has(id));
          for (const id of ids) scores.set(id, (scores.get(id) ?? 0) + matched.get(id));
        }
      }
      ids = ids ?? [];
      return { ids, scores };
    });
  }

  /**
   * One page of verified results from candidate position `start`:
   * { hits: [{ id, score, fragment }], count, exact, next, facets: { "year:2023": n, "type:guide": n, "agency:slug": n } }.
   */
  async search(query, filter = {}, start = 0, pageSize = 10) {
    const parts = parseQuery(query);
    const m = await this.manifest();
    const { ids, scores } = await this.candidates(parts);
    const f = filter.agency ? await this.facets() : null;
    const facets = {};
    const bump = (k) => { facets[k] = (facets[k] ?? 0) + 1; };
    for (const id of ids) {
      bump(`year:${m.yearOf[id]}`);
      bump(`type:${m.types[m.typeOf[id]][0]}`);
      if (f) bump(`agency:${f.agencies[f.agencyOf[id]][0]}`);
    }
    const type = filter.type ? m.types.findIndex((t) => t[0] === filter.type) : -1;
    const agency = f ? f.agencies.findIndex((a) => a[0] === filter.agency) : -1;
    const kept = ids.filter((id) => (!filter.year || m.yearOf[id] === Number(filter.year))
      && (type < 0 || m.typeOf[id] === type) && (!f || f.agencyOf[id] === agency));
    kept.sort((a, b) => scores.get(b) - scores.get(a) || a - b);
    const verify = parts.some((p) => p.terms.length !== 1);
    const hits = [];
    let rejected = 0;
    let at = start;
    while (at < kept.length && hits.length < pageSize) {
      // Fetch a page's fragments in parallel, then keep the verified ones in rank order.
      const batch = kept.slice(at, at + pageSize - hits.length);
      // Passages in order, only until the text read so far proves the match and shows one in the excerpt.
      const fragments = await Promise.all(batch.map(async (id) => {
        const f = await this.fragment(id);
        const shown = () => parts.some((p) => matchesField(p, normalize(f.x)) || f.f.some(([, v]) => matchesField(p, normalize(v))));
        while (!f.complete && !(verifyFragment(parts, f) && shown())) await f.more();
        return f;
      }));
      batch.forEach((id, i) => {
        if (!verify || verifyFragment(parts, fragments[i])) hits.push({ id, score: scores.get(id), fragment: fragments[i] });
        else rejected++;
      });
      at += batch.length;
    }
    const exact = !verify || (at >= kept.length && start === 0);
    return { hits, count: kept.length - rejected, exact, next: at < kept.length ? at : -1, facets };
  }
}

/** Whether some searchable field of the fragment contains every part (fields as SearchFields.cs). */
export function verifyFragment(parts, fragment) {
  const fields = [fragment.t, fragment.a, fragment.l, String(fragment.y), ...fragment.f.map(([, v]) => v), fragment.x].map(normalize);
  return parts.every((p) => fields.some((field) => matchesField(p, field)));
}
