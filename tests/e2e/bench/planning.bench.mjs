// Planner speed in the final wasm (Node): generatePlan and checkPlan, µs per call, for a full
// seven-day profile and a gated one; plus the iCalendar export. Reported, never asserted.
const profiles = {
  'seed week (7 days, 60 min)': {
    age: 61, availableDays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], minutesPerSession: 60,
    equipment: ['dumbbells', 'bands'], fitnessLevel: 'intermediate',
  },
  'gated (fracture, fall risk, pain)': {
    age: 70, availableDays: ['mon', 'wed', 'fri'], minutesPerSession: 30, equipment: ['gym'],
    fitnessLevel: 'beginner', vertebralFracture: true, fallRisk: true, jointPain: 6,
  },
};

function time(fn, minMs = 300) {
  for (let i = 0; i < 5; i++) fn();
  let n = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < minMs) { fn(); n++; }
  return ((performance.now() - t0) * 1000) / n;
}

export default async ({ core, report }) => {
  for (const [label, profile] of Object.entries(profiles)) {
    const plan = core.generatePlan(profile);
    report(`generatePlan, ${label}`, `${time(() => core.generatePlan(profile)).toFixed(0)} µs/call`);
    report(`checkPlan, ${label}`, `${time(() => core.checkPlan(profile, plan)).toFixed(0)} µs/call`);
  }
  const plan = core.generatePlan(profiles['seed week (7 days, 60 min)']);
  report('planToICalendar, 12 weeks', `${time(() => core.planToICalendar(plan, '2026-03-02')).toFixed(0)} µs/call`);
};
