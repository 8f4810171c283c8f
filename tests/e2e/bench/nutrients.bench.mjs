// Nutrient engine speed: analyzeIntake for 40 entries, and suggestFoods, in µs per call.
// Food entries use well-known SR28 ids; ids the embedded table lacks are left out (and the
// label says how many foods the 40 entries cycle through), so the bench runs before and after
// the food table lands.
import { performance } from 'node:perf_hooks';

const PROFILE = { age: 60, sex: 'female', weightKg: 65 };
const WELL_KNOWN = ['01077', '01117', '01009', '15088', '15086', '11457', '11233', '16426', '12061',
  '09210', '18069', '05064', '23572', '16070', '09040', '04053'];
const SUPPLEMENTS = [
  { supplement: 'calcium', amount: 500, unit: 'mg', per: 'day' },
  { supplement: 'vitaminD', amount: 1000, unit: 'IU', per: 'day' },
  { supplement: 'magnesium', amount: 100, unit: 'mg', per: 'day' },
  { supplement: 'zinc', amount: 8, unit: 'mg', per: 'week' },
];

function time(fn, minMs = 300) {
  for (let i = 0; i < 20; i++) fn(); // warm-up
  let calls = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < minMs) {
    fn();
    calls++;
    elapsed = performance.now() - start;
  }
  return (elapsed * 1000) / calls;
}

export default async ({ core, report }) => {
  const present = WELL_KNOWN.filter((foodId) => {
    try {
      core.analyzeIntake(PROFILE, [{ foodId, grams: 100, per: 'day' }], {});
      return true;
    } catch (e) {
      if (e.code !== 'UNKNOWN_FOOD') throw e;
      return false;
    }
  });
  const entries = [];
  for (let i = 0; entries.length < 40; i++) {
    if (present.length > 0 && i % 5 !== 4) {
      const foodId = present[i % present.length];
      entries.push({ foodId, grams: 50 + (i % 7) * 25, per: i % 3 === 0 ? 'week' : 'day' });
    } else {
      entries.push(SUPPLEMENTS[i % SUPPLEMENTS.length]);
    }
  }
  const what = present.length > 0 ? `${present.length} foods + supplements` : 'supplements only: food table empty';
  report(`analyzeIntake, 40 entries (${what})`, `${time(() => core.analyzeIntake(PROFILE, entries, { referenceSet: 'us-dri' })).toFixed(1)} µs/call`);
  report('analyzeIntake, 0 entries', `${time(() => core.analyzeIntake(PROFILE, [], {})).toFixed(1)} µs/call`);
  report('referenceIntakes', `${time(() => core.referenceIntakes(PROFILE, 'bone-ai')).toFixed(1)} µs/call`);
  report('suggestFoods calcium, 40 entries', `${time(() => core.suggestFoods(PROFILE, entries, 'calcium', { limit: 10 })).toFixed(1)} µs/call`);
};
