// Food search: osteoplan (the final wasm, in Node) against Fuse.js 7.5 over the same foods,
// names and synonyms, on the committed query set (tests/data/search-queries.tsv). Prints
// recall@5 and µs per query for both, and the speed ratio. Timings are reported, not asserted.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Fuse from 'fuse.js';

/** The query set: [{ query, lang, kind, expected: Set<id> }]. */
function readQueries(repo) {
  return readFileSync(join(repo, 'tests', 'data', 'search-queries.tsv'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => {
      const [query, lang, kind, ids] = l.split('\t');
      return { query, lang: lang === '-' ? undefined : lang, kind, expected: new Set(ids.split(',')) };
    });
}

/**
 * The searchable text osteoplan embeds, read from the generated table: names and synonyms.
 * Food lines start with the NDB number's step from the previous line (format: src/foods/table.rs).
 */
function readFoods(repo) {
  let id = 0;
  return readFileSync(join(repo, 'src', 'foods', 'table.tsv'), 'utf8')
    .split('\n')
    .filter((l) => /^\d+\t/.test(l))
    .map((l) => {
      const c = l.split('\t');
      const list = (s) => (s ? s.split(';') : []);
      id += Number(c[0]);
      return { id: String(id).padStart(5, '0'), name: c[4], nameEs: c[5], synonyms: [...list(c[6]), ...list(c[7])] };
    });
}

/** Mean µs per query over `rounds` passes of the whole query set (after one warm-up pass). */
function time(queries, rounds, run) {
  for (const q of queries) run(q);
  const t0 = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) for (const q of queries) run(q);
  return Number(process.hrtime.bigint() - t0) / 1000 / (rounds * queries.length);
}

function recallAt5(queries, top5) {
  const found = queries.filter((q) => top5(q).some((id) => q.expected.has(id))).length;
  return found / queries.length;
}

export default async ({ core, repo, report }) => {
  // The first search builds the index (normalized words of every food), once per page.
  const t0 = process.hrtime.bigint();
  core.searchFoods('milk', 5);
  const firstMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const queries = readQueries(repo);
  const foods = readFoods(repo);
  if (foods.length !== core.listFoods().length) throw new Error('table.tsv and the wasm disagree');
  const fuse = new Fuse(foods, {
    keys: ['name', 'nameEs', 'synonyms'],
    ignoreLocation: true,
    ignoreDiacritics: true,
  });

  const ours = (q) => core.searchFoods(q.query, 5, q.lang).map((h) => h.id);
  const theirs = (q) => fuse.search(q.query, { limit: 5 }).map((r) => r.item.id);

  const oursRecall = recallAt5(queries, ours);
  const fuseRecall = recallAt5(queries, theirs);
  const oursUs = time(queries, 200, ours);
  const fuseUs = time(queries, 5, theirs);

  report('first search (builds the index), ms', firstMs.toFixed(1));
  report(`queries (${foods.length} foods)`, `${queries.length}`);
  report('osteoplan recall@5', oursRecall.toFixed(3));
  report('Fuse.js 7.5 recall@5', fuseRecall.toFixed(3));
  report('osteoplan µs/query (wasm in Node)', oursUs.toFixed(1));
  report('Fuse.js µs/query', fuseUs.toFixed(1));
  report('speed-up over Fuse.js', `${(fuseUs / oursUs).toFixed(0)}×`);
  for (const kind of [...new Set(queries.map((q) => q.kind))]) {
    const some = queries.filter((q) => q.kind === kind);
    report(`  recall@5 ${kind} (${some.length}): osteoplan / Fuse`,
      `${recallAt5(some, ours).toFixed(2)} / ${recallAt5(some, theirs).toFixed(2)}`);
  }
};
