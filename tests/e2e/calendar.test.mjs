// The calendar export parses in Mozilla's ical.js (what Thunderbird uses): the final wasm from
// www/pkg is loaded in Node (no browser needed), a plan is generated and exported, and the
// parsed events (one per workout: a training day's sessions) are checked for count, dates,
// summaries, UIDs (kept when a workout moves), durations and unfolded Spanish text.
import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ICAL from 'ical.js';
import { REPO } from './lib/harness.mjs';

const pkg = join(REPO, 'www', 'pkg');
let core;

const profile = {
  age: 61, sex: 'female', availableDays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
  minutesPerSession: 60, equipment: ['dumbbells'], fitnessLevel: 'intermediate',
};

const workoutsOf = (plan) => plan.weeks.flatMap((w) => w.days
  .filter((d) => d.sessions.length > 0)
  .map((d) => ({ week: w.index, day: d.day, sessions: d.sessions, minutes: d.sessions.reduce((n, s) => n + s.minutes, 0) })));
const DAY = { mon: 0, tue: 1, wed: 2, thu: 3, fri: 4, sat: 5, sun: 6 };

describe('calendar export in ical.js', () => {
  before(async () => {
    core = await import(pathToFileURL(join(pkg, 'osteoplan.js')).href);
    await core.default({ module_or_path: readFileSync(join(pkg, 'osteoplan_bg.wasm')) });
  });

  test('one parsed event per workout, on the right all-day dates, with summaries', () => {
    const plan = core.generatePlan(profile);
    const ics = core.planToICalendar(plan, '2026-03-02', { lang: 'en' });
    const cal = new ICAL.Component(ICAL.parse(ics));
    const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const workouts = workoutsOf(plan);
    assert.equal(events.length, workouts.length);
    assert.ok(workouts.some((w) => w.sessions.length > 1), 'a workout has several parts');
    assert.ok(events.length >= 12 * 6);
    const byUid = new Map(events.map((e) => [e.uid, e]));
    assert.equal(byUid.size, events.length, 'UIDs are unique');
    for (const { week, day, sessions, minutes } of workouts) {
      const e = byUid.get(`${sessions[0].id}-20260302@osteoplan`);
      assert.ok(e, `event for ${sessions[0].id}`);
      const expected = new Date(Date.UTC(2026, 2, 2 + 7 * (week - 1) + DAY[day]));
      assert.ok(e.startDate.isDate, 'all-day event');
      assert.equal(e.startDate.toString(), expected.toISOString().slice(0, 10));
      assert.match(e.summary, new RegExp(` · ${minutes} min( \\(deload week\\))?$`));
      // One heading per part, in order.
      const headings = e.description.split('\n').filter((l) => /^[A-Z][a-z]+ \(\d+ min\)$/.test(l));
      assert.deepEqual(headings.map((l) => Number(l.match(/\((\d+) min\)/)[1])), sessions.map((s) => s.minutes));
    }
    const first = byUid.get(`${workouts[0].sessions[0].id}-20260302@osteoplan`);
    assert.equal(first.startDate.toString(), '2026-03-02');
    assert.ok(first.description.startsWith('Balance ('), first.description);
    assert.ok(events.some((e) => e.summary.startsWith('Strength + balance · ')));
    assert.ok(events.every((e) => e.description.includes('check with your care team')));
    assert.equal(cal.getFirstPropertyValue('version'), '2.0');
    const stamps = cal.getAllSubcomponents('vevent').map((v) => v.getFirstPropertyValue('dtstamp').toString());
    assert.ok(stamps.every((s) => s === '2026-03-02T00:00:00Z'));
  });

  test('a moved workout keeps its event UID and lasts the whole workout', () => {
    const plan = core.generatePlan(profile);
    const tue = plan.weeks[0].days.find((d) => d.day === 'tue');
    const moved = core.moveWorkout(plan, { week: 1, fromDay: 'tue', toDay: 'sun' });
    const ics = core.planToICalendar(moved, '2026-03-02', { time: '18:00' });
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    assert.equal(events.length, workoutsOf(moved).length);
    const e = events.find((x) => x.uid === `${tue.sessions[0].id}-20260302@osteoplan`);
    assert.ok(e);
    assert.equal(e.startDate.toString(), '2026-03-08T18:00:00');
    const minutes = tue.sessions.reduce((n, s) => n + s.minutes, 0);
    assert.equal(e.duration.toSeconds(), minutes * 60);
    assert.ok(e.summary.endsWith(` · ${minutes} min`), e.summary);
  });

  test('Spanish text with accents and commas survives folding and escaping', () => {
    const plan = core.generatePlan({ ...profile, jointPain: 5 });
    const ics = core.planToICalendar(plan, '2026-12-28', { lang: 'es', time: '07:30' });
    assert.ok(ics.split('\r\n').every((l) => new TextEncoder().encode(l).length <= 75));
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const strength = events.find((e) => e.summary.startsWith('Fuerza + '));
    assert.ok(strength);
    assert.equal(strength.startDate.toString(), '2026-12-28T07:30:00');
    assert.ok(strength.description.includes('×'));
    assert.ok(strength.description.includes('Equilibrio ('));
    assert.ok(strength.description.includes('consulte con su equipo de atención médica'));
    assert.ok(events.some((e) => /[áéíóúñ]/.test(e.description)));
    // Week 2's Monday crosses the year boundary.
    assert.ok(events.some((e) => e.startDate.toString() === '2027-01-04T07:30:00'));
  });

  test('bad dates throw INVALID_DATE and the module keeps answering', () => {
    const plan = core.generatePlan(profile);
    assert.throws(() => core.planToICalendar(plan, '2026-02-29'), (e) => e.code === 'INVALID_DATE');
    assert.ok(core.planToICalendar(plan, '2028-02-29').startsWith('BEGIN:VCALENDAR'));
  });
});
