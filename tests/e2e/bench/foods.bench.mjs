// Food table: the first call that needs it parses the embedded table, once per page. Runs first (benches go in name order), so the module is fresh.
import { performance } from 'node:perf_hooks';

export default async ({ core, report }) => {
  const t0 = performance.now();
  const count = core.listFoods().length;
  const first = performance.now() - t0;
  const t1 = performance.now();
  core.listFoods();
  const again = performance.now() - t1;
  report(`first listFoods (parse ${count} foods), ms`, first.toFixed(1));
  report('listFoods again, ms', again.toFixed(2));
};
