// Checks theme/assets/js/search-tokenizer.js against the golden file; run by NodeCrossCheckTests. The browser
// never tokenizes a document, so the golden document terms are checked by the C# side only; here they feed bucket().
import { readFileSync } from "node:fs";
import { normalize, parseQuery, bucket, signatureBit } from "../../../theme/assets/js/search-tokenizer.js";

const cases = JSON.parse(readFileSync(new URL("./tokenizer-cases.json", import.meta.url), "utf8"));
let failures = 0;
for (const c of cases) {
  const { terms } = c;
  const actual = {
    input: c.input,
    normalized: normalize(c.input),
    terms,
    query: parseQuery(c.input).map((p) => ({ text: p.text, startsWithWord: p.startsWithWord, terms: p.terms })),
    buckets: terms.map((t) => bucket(t, 64)),
    signatureBits: Array.from(normalize(c.input), (ch) => signatureBit(ch.codePointAt(0))),
  };
  if (JSON.stringify(actual) !== JSON.stringify(c)) {
    failures++;
    console.log(`MISMATCH ${JSON.stringify(c.input)}\n  expected ${JSON.stringify(c)}\n  actual   ${JSON.stringify(actual)}`);
  }
}
console.log(`${cases.length - failures}/${cases.length} cases agree`);
process.exit(failures ? 1 : 0);
