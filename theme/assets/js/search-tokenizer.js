// The tokenizer specification's query side, a line-by-line port of src/StaticArchive/Search/SearchTokenizer.cs
// and SearchQuery.cs (the browser never tokenizes a document); tests/StaticArchive.Tests/Search/tokenizer-cases.json
// keeps the two in step.

const WORD = /^[\p{L}\p{M}\p{N}]$/u;
const encoder = new TextEncoder();

/** NFKC, then each code point lower-cased on its own (U+0130 kept: its full lower case is two code points). */
export function normalize(text) {
  let out = "";
  for (const ch of text.normalize("NFKC")) {
    if (ch === "\u0130") { out += ch; continue; }
    const lower = ch.toLowerCase();
    out += [...lower].length === 1 ? lower : ch;
  }
  return out;
}

/** Han (all blocks, astral extensions included), kana and Hangul. */
export function isCjk(cp) {
  return (cp >= 0x2E80 && cp <= 0x2FDF) || (cp >= 0x3005 && cp <= 0x3007) || (cp >= 0x3021 && cp <= 0x3029)
    || (cp >= 0x3038 && cp <= 0x303B) || (cp >= 0x3041 && cp <= 0x30FA) || (cp >= 0x30FC && cp <= 0x30FF)
    || (cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0x3131 && cp <= 0x318E) || (cp >= 0x31F0 && cp <= 0x31FF)
    || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA960 && cp <= 0xA97F)
    || (cp >= 0xAC00 && cp <= 0xD7FF) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x1B000 && cp <= 0x1B16F)
    || (cp >= 0x20000 && cp <= 0x2FA1F) || (cp >= 0x30000 && cp <= 0x323AF);
}

/** Letters, marks and numbers that are not CJK form words. */
export function isWordChar(cp) {
  return !isCjk(cp) && !(cp >= 0xD800 && cp <= 0xDFFF) && WORD.test(String.fromCodePoint(cp));
}

const codePoints = (s) => Array.from(s, (c) => c.codePointAt(0));
const str = (cps) => String.fromCodePoint(...cps);

/** 32-bit FNV-1a of the UTF-8 bytes. */
export function fnv1a(s) {
  let h = 2166136261;
  for (const b of encoder.encode(s)) h = Math.imul(h ^ b, 16777619) >>> 0;
  return h >>> 0;
}

/** The dictionary bucket of a term: hash of the whole term if CJK (looked up only whole), else of its first code point. */
export function bucket(term, buckets) {
  const first = term.codePointAt(0);
  return fnv1a(isCjk(first) ? term : String.fromCodePoint(first)) % buckets;
}

/** The signature bit (0–7) of the character after a bigram; 0 means the end of the CJK run. */
export const signatureBit = (cp) => fnv1a(cp === 0 ? "" : String.fromCodePoint(cp)) >>> 29;

const tokenChar = (cp) => isCjk(cp) || isWordChar(cp);

function parsePart(raw) {
  const all = codePoints(raw);
  let from = 0;
  let to = all.length;
  while (from < to && !tokenChar(all[from])) from++;
  while (to > from && !tokenChar(all[to - 1])) to--;
  const span = all.slice(from, to);
  const terms = [];
  let i = 0;
  while (i < span.length) {
    let end = i;
    if (isCjk(span[i])) {
      while (end < span.length && isCjk(span[end])) end++;
      const run = span.slice(i, end);
      if (run.length === 1) terms.push([str(run), false, -1]);
      for (let k = 0; run.length > 1 && k + 1 < run.length; k++) {
        const next = k + 2 < run.length ? run[k + 2] : end < span.length ? 0 : -1;
        terms.push([str([run[k], run[k + 1]]), false, next]);
      }
    } else if (isWordChar(span[i])) {
      while (end < span.length && isWordChar(span[end])) end++;
      terms.push([str(span.slice(i, end)), end === span.length, -1]);
    } else {
      end++;
    }
    i = end;
  }
  const seen = new Set();
  const distinct = terms.filter((t) => !seen.has(t.join("\u0000")) && seen.add(t.join("\u0000")));
  return { text: str(span), terms: distinct, startsWithWord: span.length > 0 && isWordChar(span[0]) };
}

/** Parses a query: whitespace-separated parts, each the exact text a field must contain. */
export function parseQuery(query) {
  const parts = [];
  for (const raw of normalize(query).split(/\s+/)) {
    if (!raw) continue;
    const part = parsePart(raw);
    if (part.terms.length > 0 && !parts.some((p) => p.text === part.text)) parts.push(part);
  }
  return parts;
}

/** Whether a normalized field contains the part, a part starting with a letter or digit at a word start. */
export function matchesField(part, field) {
  for (let at = field.indexOf(part.text); at >= 0; at = field.indexOf(part.text, at + 1)) {
    if (!part.startsWithWord || at === 0) return true;
    const prev = at >= 2 && /[\uDC00-\uDFFF]/.test(field[at - 1]) ? field.codePointAt(at - 2) : field.charCodeAt(at - 1);
    if (!isWordChar(prev)) return true;
  }
  return false;
}
