// What the Week and Today views share about a workout: a training day's sessions are the parts
// of one workout, done in order (warm-up and balance → strength → impact → aerobic → cool-down
// stretches). The engine adapter here is the one place that knows the planning API's shapes.
import { h, DAYS, orderedDays, parseIsoDate, addDays, dayOf } from '../dom.js';

export const KG_PER_LB = 0.45359237;
export const KINDS = ['resistance', 'aerobic', 'impact', 'balance', 'flexibility'];
/** The order a workout's parts are done in; the generator writes them in this order already. */
const PART_ORDER = ['balance', 'resistance', 'impact', 'aerobic', 'flexibility'];
/** Which kinds name a workout first when two have the same minutes. */
const TITLE_PRIORITY = ['resistance', 'impact', 'aerobic', 'balance', 'flexibility'];

const exerciseCache = new Map();
/** Findings by plan object: an edit checks its result, then the redraw shows the same plan. */
const checked = new WeakMap();
/** The same answers, whatever the order of the days or equipment (the form and the stored profile differ there). */
const sameAnswers = (a, b) => a === b || (Object.keys(a).length === Object.keys(b).length
  && Object.keys(a).every((k) => String([a[k]].flat().sort()) === String([b[k]].flat().sort())));
export const engine = {
  check(core, profile, plan) {
    const seen = checked.get(plan);
    if (seen && sameAnswers(seen.profile, profile)) return [...seen.findings];
    const findings = core.checkPlan(profile, plan);
    checked.set(plan, { profile, findings });
    return [...findings];
  },
  move: (core, plan, week, fromDay, toDay) => core.moveWorkout(plan, { week, fromDay, toDay }),
  // A swap applies to this week and the weeks after (the person picked a different exercise, not a one-off).
  swap: (core, plan, at, exerciseIndex, exerciseId) =>
    core.swapExercise(plan, { week: at.week, day: at.day, sessionIndex: at.session, exerciseIndex, allWeeks: true }, exerciseId),
  alternatives: (core, profile, exerciseId) => core.alternatives(profile, exerciseId),
  log: (core, plan, week, day, { effort, pain, results }) =>
    core.logWorkout(plan, { week, day, done: true, effort, pain, results }),
  progress: (core, profile, plan) => core.progressPlan(profile, plan),
  exercise(core, id) {
    if (!exerciseCache.has(id)) {
      let ex = null;
      try { ex = core.getExercise(id); } catch { ex = null; }
      exerciseCache.set(id, ex);
    }
    return exerciseCache.get(id);
  },
  name: (ex, lang, fallback) => (ex ? (lang === 'es' ? ex.nameEs : ex.nameEn) ?? ex.nameEn ?? fallback : fallback),
  cues(ex, lang) {
    const cue = ex ? (lang === 'es' ? ex.cueEs : ex.cueEn) ?? ex.cueEn : null;
    return cue ? [cue] : [];
  },
  easier: (ex) => ex?.regression ?? null,
  harder: (ex) => ex?.progression ?? null,
};

/** A load as the person types it: kilograms in the plan, pounds with units="us"; '' for none. */
export const typedLoad = (ctx, kg) => (kg == null ? '' : String(ctx.units === 'us' ? Math.round(kg / KG_PER_LB) : Math.round(kg * 10) / 10));

/** What was typed in a load field, as kilograms to 0.1 kg; null when empty or not above 0. */
export const loadKg = (ctx, typed) => (Number.isFinite(typed) && typed > 0 ? Math.round((ctx.units === 'us' ? typed * KG_PER_LB : typed) * 10) / 10 : null);

/** A day's parts (with their index in `day.sessions`) in the order they are done. */
export function parts(day) {
  const list = (day?.sessions ?? []).map((session, index) => ({ session, index }));
  return list.sort((a, b) => PART_ORDER.indexOf(a.session.kind) - PART_ORDER.indexOf(b.session.kind) || a.index - b.index);
}

/** The workout's minutes, all parts together. */
export const totalMinutes = (day) => (day?.sessions ?? []).reduce((sum, s) => sum + s.minutes, 0);

/** The kinds that name a workout: the two with the most minutes (ties by TITLE_PRIORITY). */
export function titleKinds(day) {
  const minutes = new Map();
  for (const s of day?.sessions ?? []) minutes.set(s.kind, (minutes.get(s.kind) ?? 0) + s.minutes);
  return [...minutes.keys()]
    .sort((a, b) => minutes.get(b) - minutes.get(a) || TITLE_PRIORITY.indexOf(a) - TITLE_PRIORITY.indexOf(b))
    .slice(0, 2);
}

/** Done when every part of the workout has a `done` log entry. */
export function isDone(plan, day) {
  const sessions = day?.sessions ?? [];
  return sessions.length > 0 && sessions.every((s) => (plan.log ?? []).some((l) => l.sessionId === s.id && l.done));
}

/** The log entries of a workout's parts. */
export const logOf = (plan, day) => (plan.log ?? []).filter((l) => l.done && (day?.sessions ?? []).some((s) => s.id === l.sessionId));

/** Helpers that need the strings: titles, doses and loads as a person reads them. */
export function words(ctx) {
  const { t } = ctx;
  const kindName = (kind) => (ctx.has(`kind_${kind}`) ? t(`kind_${kind}`) : kind);
  const minutes = (m) => t('minutesShort', { n: ctx.nf(0).format(m) });
  return {
    kindName,
    minutes,
    dayName: (day) => ctx.df({ weekday: 'long' }).format(new Date(2024, 0, 1 + DAYS.indexOf(day))),
    /** "Strength + balance · 40 min" */
    title: (day) => `${titleKinds(day).map((k, i) => (i ? kindName(k).toLocaleLowerCase(ctx.lang) : kindName(k))).join(' + ')} · ${minutes(totalMinutes(day))}`,
    exerciseName: (id) => engine.name(engine.exercise(ctx.core, id), ctx.lang, id),
    dose(ex) {
      const nf = ctx.nf(0);
      const sets = ex.sets ?? 1;
      if (ex.reps != null) return t('doseReps', { sets: nf.format(sets), reps: nf.format(ex.reps) });
      if (ex.impacts != null) return sets > 1 ? t('doseImpactsSets', { sets: nf.format(sets), n: nf.format(ex.impacts) }) : t('doseImpacts', { n: nf.format(ex.impacts) });
      if (ex.seconds != null) {
        const d = ex.seconds >= 120 && ex.seconds % 60 === 0 ? t('minutesShort', { n: nf.format(ex.seconds / 60) }) : t('secondsShort', { n: nf.format(ex.seconds) });
        return sets > 1 ? t('doseTimedSets', { sets: nf.format(sets), d }) : d;
      }
      return t('doseSets', { sets: nf.format(sets) });
    },
    load(value) {
      if (value == null || value === '') return '';
      return ctx.units === 'us' ? t('loadLb', { n: ctx.nf(0).format(value / KG_PER_LB) }) : t('loadKg', { n: ctx.nf(1).format(value) });
    },
  };
}

/** The first day of week 1: the week (by `week-start`) that holds the chosen start date, else this week. */
export function weekOneStart(ctx, today = new Date()) {
  const chosen = parseIsoDate(ctx.startDate) ?? today;
  const offset = orderedDays(ctx.weekStart).indexOf(dayOf(chosen));
  return addDays(chosen, -offset);
}

/** The calendar date of `day` in the plan's `pos`-th week (0-based). */
export const dateOf = (ctx, pos, day) => addDays(weekOneStart(ctx), pos * 7 + orderedDays(ctx.weekStart).indexOf(day));

/**
 * What was typed into a log form and not saved yet, by the caller's draft key: the redraw of a
 * language switch, or of a change elsewhere, brings back the same numbers. A load typed in
 * other units is not brought back.
 */
const drafts = new Map();

/**
 * The log form of a workout: reps in the last set and weight used per strength exercise, then
 * effort and pain. Pre-filled from `done` (what the guided workout counted: exerciseId →
 * { reps, load }), else from the earlier log, else from the plan, unless typed before under the
 * same `draftKey` and not saved (`drafts`). Loads are kilograms in the plan, shown and typed in
 * pounds with units="us". Returns { element, read(), forget() }.
 */
export function workoutLogForm(ctx, { id, draftKey, exercises, previous = [], done = new Map(), fromRun = false, effort: effortNow, pain: painNow, saveLabel }) {
  const { t } = ctx;
  const us = ctx.units === 'us';
  const w = words(ctx);
  const earlier = (exerciseId) => previous.flatMap((l) => l.results ?? []).find((r) => r.exerciseId === exerciseId);
  const fields = [];
  const rows = exercises.map((ex, xi) => {
    if (ex.reps == null || fields.some((f) => f.exerciseId === ex.exerciseId)) return null;
    const now = done.get(ex.exerciseId);
    // After a guided run, an exercise it has no set of was not done: its fields start empty
    // (an empty field is saved as "not recorded", which progression leaves alone), not at the
    // plan's numbers, which would count as done.
    const skipped = fromRun && !now;
    const prev = earlier(ex.exerciseId);
    const reps = h('input', { type: 'number', id: `${id}-reps-${xi}`, min: '0', max: '100', step: '1', inputmode: 'numeric', value: skipped ? '' : String(now?.reps ?? prev?.reps ?? ex.reps), 'data-focus': `log-reps-${xi}`, 'aria-describedby': skipped ? `${id}-skipped-${xi}` : null });
    const loadIn = h('input', { type: 'number', id: `${id}-load-${xi}`, min: '0', max: us ? '2000' : '1000', step: 'any', inputmode: 'decimal', value: skipped ? '' : typedLoad(ctx, now ? now.load : prev?.load ?? ex.load), 'data-focus': `log-load-${xi}`, 'aria-describedby': `${id}-load-hint` });
    fields.push({ exerciseId: ex.exerciseId, reps, loadIn });
    return h('fieldset', {}, h('legend', { text: w.exerciseName(ex.exerciseId) }),
      skipped ? h('p', { class: 'hint', id: `${id}-skipped-${xi}`, 'data-testid': 'not-done', text: t('notDoneInRun') }) : null,
      h('div', { class: 'field' }, h('label', { for: reps.id, text: t('repsDone') }), reps),
      h('div', { class: 'field' }, h('label', { for: loadIn.id, text: t(us ? 'loadUsedLb' : 'loadUsedKg') }), loadIn));
  }).filter(Boolean);
  const last = previous[0];
  const scale = (name, value) => {
    const input = h('input', { type: 'number', id: `${id}-${name}`, min: '0', max: '10', step: '1', inputmode: 'numeric', value: String(value), 'data-focus': `log-${name}`, 'aria-describedby': `${id}-${name}-hint` });
    return [input, h('div', { class: 'field' }, h('label', { for: input.id, text: t(`${name}Label`) }), input, h('p', { class: 'hint', id: `${id}-${name}-hint`, text: t(`${name}Hint`) }))];
  };
  const [effort, effortField] = scale('effort', effortNow ?? last?.effort ?? 5);
  const [pain, painField] = scale('pain', painNow ?? last?.pain ?? 0);
  const element = h('form', { class: 'log', novalidate: true, 'aria-labelledby': `${id}-h` },
    h('h4', { id: `${id}-h`, text: t('logHeading') }),
    previous.length ? h('p', { class: 'done-tag', text: t('loggedAlready') }) : null,
    fields.length ? h('p', { class: 'hint', id: `${id}-load-hint`, text: t('loadHint') }) : null,
    h('div', { class: 'log-grid' }, ...rows),
    h('div', { class: 'log-grid' }, effortField, painField),
    h('button', { type: 'submit', class: 'primary', part: 'button', 'data-focus': 'log-save', text: saveLabel }));
  const clamp = (input, lo, hi) => Math.min(hi, Math.max(lo, Number.isFinite(input.valueAsNumber) ? Math.round(input.valueAsNumber) : lo));
  if (draftKey !== undefined) {
    // A draft typed in other units keeps its numbers but not its loads.
    const draft = drafts.get(draftKey);
    if (draft && draft.units !== ctx.units) {
      drafts.set(draftKey, { units: ctx.units, values: new Map([...draft.values].filter(([k]) => !k.startsWith('log-load'))) });
    }
    const values = drafts.get(draftKey)?.values;
    for (const input of element.querySelectorAll('input[data-focus]')) {
      if (values?.has(input.dataset.focus)) input.value = values.get(input.dataset.focus);
    }
    element.addEventListener('input', ({ target }) => {
      if (!drafts.has(draftKey)) drafts.set(draftKey, { units: ctx.units, values: new Map() });
      drafts.get(draftKey).values.set(target.dataset.focus, target.value);
    });
  }
  return {
    element,
    /** Drops what was typed: call once it is saved or discarded. */
    forget: () => drafts.delete(draftKey),
    read: () => ({
      effort: clamp(effort, 0, 10),
      pain: clamp(pain, 0, 10),
      // An empty reps field is "not recorded" (null), not 0 reps.
      results: fields.map((f) => ({ exerciseId: f.exerciseId, reps: f.reps.value === '' ? null : clamp(f.reps, 0, 100), load: loadKg(ctx, f.loadIn.valueAsNumber) })),
    }),
  };
}
