// Checks theme/assets/js/search.js's tokenizer against the golden file; run by NodeCrossCheckTests.
import { readFileSync } from "node:fs";
import { documentTerms, normalize, parseQuery, bucket, signatureBit } from "../../../theme/assets/js/search.js";

const cases = JSON.parse(readFileSync(new URL("./tokenizer-cases.json", import.meta.url), "utf8"));
let failures = 0;
for (const c of cases) {
  const terms = documentTerms(c.input);
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
