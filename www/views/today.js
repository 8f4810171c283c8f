// The "Today" view: the day's workout (or the next one, with the rest day said plainly), and
// "Start": a guided walk through it one exercise at a time — name, figure, cues and dose, a set
// counter, a hold timer for timed exercises and a rest timer between sets, "Too hard" (the
// easier rung of its ladder) and "Pain" (stop, and the advice to get help). At the end the log
// is filled in from what was done and saved with one press, then the coming weeks progress.
//
// Timers are computed from timestamps (Date.now), never from counted ticks, so they are right
// after the tab was in the background or the phone slept. The screen is kept on with the Screen
// Wake Lock API where there is one. A sound or vibration at the end of a timer is opt-in.
// Screen readers hear milestones (start, 10 s left, done) through the widget's live region.
// Contract: createToday(ctx) → { element, update(ctx) }.
import { h, addDays, orderedDays } from '../dom.js';
import { exerciseFigure } from './figure.js';
import { engine, words, parts, isDone, workoutLogForm, weekOneStart, typedLoad, loadKg } from './workout.js';

export const css = `
.today .seek-help { border: 1px solid var(--osteo-border); border-radius: var(--osteo-radius); padding: .5rem .75rem; margin: 0 0 .5rem; }
.today .workout-card { border: 2px solid var(--osteo-accent); border-radius: var(--osteo-radius); padding: .75rem; margin: .5rem 0 1rem; }
.today .workout-card h3 { margin: 0 0 .25rem; }
.today .when { color: var(--osteo-muted); margin: 0 0 .5rem; }
.today ol.parts { margin: .25rem 0 .75rem; padding-left: 1.4rem; }
.today ol.parts li { margin: .2rem 0; }
.today ol.parts .kind-name { font-weight: 700; }
.today .start { font-size: 1.15rem; min-height: 3rem; padding: .5rem 1.5rem; }
.today .rest-day { font-size: 1.1rem; font-weight: 600; }
.today .prefs { margin-top: 1rem; }
.today .prefs select { width: auto; }
.guided { border: 2px solid var(--osteo-accent); border-radius: var(--osteo-radius); padding: .75rem; }
.guided:focus { outline: none; }
.guided .progress-line { display: flex; flex-wrap: wrap; justify-content: space-between; gap: .25rem 1rem; color: var(--osteo-muted); margin: 0 0 .25rem; }
.guided h3 { font-size: 1.4rem; margin: .25rem 0; }
.guided .dose { font-size: 1.2rem; font-weight: 700; margin: .25rem 0; }
.guided .sets { font-size: 1.1rem; font-weight: 600; }
.guided .clock { font-size: 3rem; font-weight: 700; font-variant-numeric: tabular-nums; line-height: 1.1; margin: .25rem 0; }
.guided .clock.resting { color: var(--osteo-kind-aerobic); }
.guided .phase { font-weight: 700; margin: 0; }
.guided ul.cues { margin: .25rem 0; padding-left: 1.25rem; }
.guided .main-actions button { font-size: 1.1rem; min-height: 3rem; }
.guided .record { display: flex; flex-wrap: wrap; gap: 0 1rem; }
.guided .record input { width: 6rem; }
.guided .pain { border-color: var(--osteo-stop); color: var(--osteo-stop); }
.guided.stop-box { border-color: var(--osteo-stop); }
.guided.stop-box h3 { color: var(--osteo-stop); }
.guided .nav { justify-content: space-between; }
@container (max-width: 30rem) { .guided .clock { font-size: 2.4rem; } }
`;

const REST_CHOICES = [30, 45, 60, 90, 120];
export const DEFAULT_REST = 60;
/** Milestone spoken by screen readers before a timer ends. */
const WARN_AT = 10_000;

const clock = (ms) => {
  const s = Math.ceil(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

/** Which week (0-based) and day of the plan a date falls on; weeks before 0 or after the end included. */
function position(ctx, date) {
  // Both are local midnights (weekOneStart is a calendar date); rounding absorbs daylight-saving hours.
  const days = Math.round((new Date(date.getFullYear(), date.getMonth(), date.getDate()) - weekOneStart(ctx)) / 86_400_000);
  return { pos: Math.floor(days / 7), day: orderedDays(ctx.weekStart)[((days % 7) + 7) % 7] };
}

/** Today's workout, or the next one from today on: { pos, week, entry, date, today } or null. */
export function nextWorkout(ctx, now = new Date()) {
  const weeks = ctx.plan?.weeks ?? [];
  const here = position(ctx, now);
  for (let ahead = 0; ahead < 7 * (weeks.length + 1); ahead++) {
    const date = addDays(now, ahead);
    const { pos, day } = ahead === 0 ? here : position(ctx, date);
    if (pos < 0) continue;
    const week = weeks[pos];
    if (!week) break;
    const entry = week.days.find((d) => d.day === day && d.sessions.length);
    if (entry) return { pos, week, entry, date, today: ahead === 0 };
  }
  return null;
}

/** Keeps the screen on while a workout runs, where the browser can; silently nothing otherwise. */
function wakeLock() {
  let lock = null;
  let wanted = false;
  const request = () => {
    if (!wanted || lock || typeof navigator === 'undefined' || !navigator.wakeLock) return;
    navigator.wakeLock.request('screen').then((l) => {
      lock = l;
      l.addEventListener?.('release', () => { lock = null; });
      if (!wanted) l.release().catch(() => {});
    }, () => {});
  };
  return {
    on() { wanted = true; request(); },
    off() { wanted = false; lock?.release().catch(() => {}); lock = null; },
    /** The browser drops the lock when the page is hidden; ask again when it is back. */
    resume: request,
  };
}

/** A short beep and a vibration, only when the person asked for them. */
function signal() {
  try {
    navigator.vibrate?.(200);
    const Audio = globalThis.AudioContext ?? globalThis.webkitAudioContext;
    if (!Audio) return;
    const audio = new Audio();
    const tone = audio.createOscillator();
    const gain = audio.createGain();
    gain.gain.value = 0.2;
    tone.frequency.value = 880;
    tone.connect(gain).connect(audio.destination);
    tone.start();
    tone.stop(audio.currentTime + 0.25);
    tone.onended = () => audio.close();
  } catch {
    // No sound on this device: the screen and the live region still say it.
  }
}

export function createToday(initial) {
  const element = h('div', { class: 'today' });
  let ctx = initial;
  let w = words(ctx);
  const t = (k, v) => ctx.t(k, v);
  /** The guided workout under way, or null. */
  let run = null;
  let ticker = null;
  let message = '';
  const lock = wakeLock();

  const onVisible = () => {
    if (document.visibilityState !== 'visible' || !run) return;
    lock.resume();
    tick();
  };
  document.addEventListener('visibilitychange', onVisible);

  // ---- the timer: an end time while running, the time left while paused ----------------------
  function remaining(timer) {
    return timer.endsAt === null ? timer.left : Math.max(0, timer.endsAt - Date.now());
  }
  function startTimer() {
    const timer = run?.timer;
    if (!timer || timer.endsAt !== null) return;
    timer.endsAt = Date.now() + timer.left;
    ctx.announce(t(timer.kind === 'rest' ? 'restStarted' : 'timerStarted', { time: spoken(timer.left) }));
    ticker ??= setInterval(tick, 250);
    render();
  }
  function pauseTimer() {
    const timer = run?.timer;
    if (!timer || timer.endsAt === null) return;
    timer.left = remaining(timer);
    timer.endsAt = null;
    ctx.announce(t('timerPaused'));
    render();
  }
  const toggleTimer = () => (run?.timer?.endsAt === null ? startTimer() : pauseTimer());
  const spoken = (ms) => {
    const s = Math.ceil(ms / 1000);
    return s >= 60 && s % 60 === 0 ? t('minutesShort', { n: ctx.nf(0).format(s / 60) }) : t('secondsShort', { n: ctx.nf(0).format(s) });
  };
  function stopTicker() {
    clearInterval(ticker);
    ticker = null;
  }
  function tick() {
    const timer = run?.timer;
    if (!timer || timer.endsAt === null) return;
    const left = remaining(timer);
    const shown = element.querySelector('[data-testid=clock]');
    if (shown) shown.textContent = clock(left);
    if (left <= WARN_AT && !timer.warned && timer.total > WARN_AT) {
      timer.warned = true;
      ctx.announce(t('tenSecondsLeft'));
    }
    if (left > 0) return;
    const { kind } = timer;
    run.timer = null;
    stopTicker();
    if (ctx.preferences?.alert) signal();
    if (kind === 'rest') {
      ctx.announce(t('restOver'));
      nextSet(true);
    } else {
      ctx.announce(t('timerDone'));
      setDone();
    }
  }

  // ---- the walk through the workout ---------------------------------------------------------
  function stepsOf(entry) {
    return parts(entry).flatMap(({ session, index }) =>
      session.exercises.map((ex, xi) => ({ kind: session.kind, session: index, exercise: xi, ex })));
  }
  function start(found) {
    run = {
      week: found.week.index,
      day: found.entry.day,
      // The workout, by its first part: it can be moved in the Week while this run is open.
      sessionId: parts(found.entry)[0]?.session.id ?? null,
      steps: stepsOf(found.entry),
      i: 0,
      set: 1,
      phase: 'go', // 'go' | 'rest' | 'pain' | 'finish'
      timer: null,
      done: new Map(),
    };
    if (!run.steps.length) { run = null; return; }
    lock.on();
    enterStep(0);
    ctx.announce(t('workoutStarted', { title: w.title(found.entry) }));
  }
  const step = () => run.steps[run.i];
  /** The run's workout now (its day, its parts): followed by its first part's id if it was moved since the start. */
  function runEntry() {
    const days = ctx.plan?.weeks.find((x) => x.index === run.week)?.days ?? [];
    return days.find((d) => d.sessions.some((x) => x.id === run.sessionId)) ?? days.find((d) => d.day === run.day);
  }
  const runDay = () => runEntry()?.day ?? run.day;
  const timed = (ex) => ex.seconds != null;
  function enterStep(i) {
    stopTicker();
    run.i = Math.min(Math.max(0, i), run.steps.length - 1);
    run.set = 1;
    run.phase = 'go';
    run.timer = null;
    prepareSet();
    render('guided-heading');
  }
  function prepareSet() {
    const { ex } = step();
    run.timer = timed(ex) ? { kind: 'hold', total: ex.seconds * 1000, left: ex.seconds * 1000, endsAt: null, warned: false } : null;
  }
  /** The current set is done (a timer ran out, or "Set done"): rest, or the next exercise. */
  function setDone() {
    const { ex } = step();
    record();
    if (run.set < (ex.sets ?? 1)) {
      run.phase = 'rest';
      const rest = (ctx.preferences?.restSeconds ?? DEFAULT_REST) * 1000;
      run.timer = { kind: 'rest', total: rest, left: rest, endsAt: null, warned: false };
      render('clock-toggle');
      startTimer();
    } else {
      run.phase = 'go';
      ctx.announce(t('exerciseDone', { name: w.exerciseName(ex.exerciseId) }));
      if (run.i === run.steps.length - 1) finish();
      else enterStep(run.i + 1);
    }
  }
  function nextSet(auto) {
    run.set += 1;
    run.phase = 'go';
    prepareSet();
    ctx.announce(t('setOf', { n: ctx.nf(0).format(run.set), total: ctx.nf(0).format(step().ex.sets ?? 1) }));
    render(auto ? null : 'set-done');
  }
  /** Keeps what the person did for the log: reps on the last set and the weight, per exercise. */
  function record() {
    const { ex } = step();
    if (ex.reps == null) return;
    const reps = element.querySelector('[data-focus=g-reps]')?.valueAsNumber;
    const load = element.querySelector('[data-focus=g-load]')?.valueAsNumber;
    run.done.set(ex.exerciseId, {
      reps: Number.isFinite(reps) ? Math.round(reps) : ex.reps,
      load: loadKg(ctx, load) ?? ex.load ?? null,
    });
  }
  function tooHard() {
    const { ex, session, exercise } = step();
    const easier = engine.easier(engine.exercise(ctx.core, ex.exerciseId));
    if (!easier) return;
    const from = w.exerciseName(ex.exerciseId);
    try {
      const day = runDay();
      const next = engine.swap(ctx.core, ctx.plan, { week: run.week, day, session }, exercise, easier);
      run.steps = stepsOf(next.weeks.find((x) => x.index === run.week)?.days.find((d) => d.day === day));
      message = t('swapped', { from, to: w.exerciseName(easier) });
      ctx.announce(message);
      ctx.setPlan(next);
      enterStep(run.i);
    } catch (err) {
      message = t('editFailed', { message: ctx.problem(err) });
      render();
    }
  }
  function pain() {
    stopTicker();
    lock.off();
    run.phase = 'pain';
    run.timer = null;
    ctx.announce(t('painStopped'));
    render('stop-heading');
  }
  function finish() {
    stopTicker();
    run.phase = 'finish';
    run.timer = null;
    lock.off();
    ctx.announce(t('workoutFinished'));
    render('finish-heading');
  }
  function leave(note = '') {
    stopTicker();
    lock.off();
    run = null;
    message = note;
    render();
    ctx.host?.querySelector('[data-focus="today-heading"]')?.focus();
  }

  // ---- drawing --------------------------------------------------------------------------------
  function partsList(entry) {
    return h('ol', { class: 'parts' }, ...parts(entry).map(({ session }) => h('li', { class: `kind-${session.kind}` },
      h('span', { class: 'kind-name', text: `${w.kindName(session.kind)} · ${w.minutes(session.minutes)}` }), ': ',
      session.exercises.map((ex) => w.exerciseName(ex.exerciseId)).join(', '))));
  }

  function overview() {
    const out = [];
    const today = new Date();
    out.push(h('p', { class: 'when', 'data-testid': 'today-date', text: ctx.df({ weekday: 'long', day: 'numeric', month: 'long' }).format(today) }));
    if (message) out.push(h('p', { class: 'status', role: 'status', 'data-testid': 'today-status', text: message }));
    if (!ctx.plan) {
      const go = h('button', { type: 'button', class: 'primary', part: 'button', text: t('todayMakePlan') });
      go.addEventListener('click', () => ctx.showTab('week'));
      out.push(h('p', { text: t('todayNoPlan') }), h('div', { class: 'actions' }, go));
      return out;
    }
    const found = nextWorkout(ctx, today);
    if (!found) {
      out.push(h('p', { class: 'rest-day', 'data-testid': 'plan-over', text: t('planOver') }));
      return out;
    }
    // Before week 1 there is no rest day to speak of: the plan has not started.
    const before = position(ctx, today).pos < 0;
    if (!found.today) out.push(h('p', { class: 'rest-day', 'data-testid': 'rest-day', text: before ? t('planStarts', { date: ctx.df({ weekday: 'long', day: 'numeric', month: 'long' }).format(weekOneStart(ctx)) }) : t('todayRest') }));
    const done = isDone(ctx.plan, found.entry);
    const startButton = h('button', { type: 'button', class: 'primary start', part: 'button', 'data-focus': 'start-workout', text: t(done ? 'startAgain' : 'startWorkout') });
    startButton.addEventListener('click', () => { message = ''; start(found); });
    const when = found.today
      ? t('todayWorkout', { week: ctx.nf(0).format(found.pos + 1) })
      : t('nextWorkout', { date: ctx.df({ weekday: 'long', day: 'numeric', month: 'long' }).format(found.date), week: ctx.nf(0).format(found.pos + 1) });
    out.push(h('section', { class: 'workout-card', 'data-testid': 'today-workout', 'aria-labelledby': `${ctx.idPrefix}-tw` },
      h('p', { class: 'when', text: when }),
      h('h3', { id: `${ctx.idPrefix}-tw`, text: w.title(found.entry) }),
      done ? h('p', { class: 'done-tag', text: t('doneTag') }) : null,
      partsList(found.entry),
      h('div', { class: 'actions' }, startButton)));
    out.push(preferences());
    return out;
  }

  /** Rest between sets and the opt-in sound or vibration; kept with the person's data. */
  function preferences() {
    const id = ctx.idPrefix;
    const prefs = ctx.preferences ?? {};
    const rest = h('select', { id: `${id}-rest`, 'data-focus': 'pref-rest' },
      ...REST_CHOICES.map((n) => h('option', { value: String(n), text: t('secondsShort', { n: ctx.nf(0).format(n) }) })));
    rest.value = String(prefs.restSeconds ?? DEFAULT_REST);
    rest.addEventListener('change', () => ctx.setPreferences({ ...prefs, restSeconds: Number(rest.value) }));
    const alert = h('input', { type: 'checkbox', id: `${id}-alert`, 'data-focus': 'pref-alert' });
    alert.checked = prefs.alert === true;
    alert.addEventListener('change', () => ctx.setPreferences({ ...prefs, alert: alert.checked }));
    return h('details', { class: 'prefs' }, h('summary', { text: t('workoutSettings') }),
      h('div', { class: 'field' }, h('label', { for: rest.id, text: t('restLabel') }), rest),
      h('div', { class: 'check' }, alert, h('label', { for: alert.id, text: t('alertLabel') })));
  }

  function guided() {
    const id = ctx.idPrefix;
    const painButton = h('button', { type: 'button', class: 'pain', part: 'button', 'data-focus': 'g-pain', text: t('painButton') });
    painButton.addEventListener('click', pain);
    if (run.phase === 'pain') return stopScreen();
    if (run.phase === 'finish') return finishScreen();
    const { ex, kind } = step();
    const info = engine.exercise(ctx.core, ex.exerciseId);
    const name = w.exerciseName(ex.exerciseId);
    const sets = ex.sets ?? 1;
    const cues = engine.cues(info, ctx.lang);
    const easier = engine.easier(info);
    const body = [];
    body.push(h('p', { class: 'progress-line' },
      h('span', { text: t('exerciseOf', { n: ctx.nf(0).format(run.i + 1), total: ctx.nf(0).format(run.steps.length) }) }),
      h('span', { class: `kind-${kind}`, text: w.kindName(kind) })));
    body.push(h('h3', { id: `${id}-gh`, tabindex: '-1', 'data-focus': 'guided-heading', 'data-testid': 'guided-name', text: name }));
    if (message) body.push(h('p', { class: 'status', role: 'status', text: message }));
    body.push(exerciseFigure(ctx.core, ex.exerciseId, { lang: ctx.lang, decorative: true }));
    body.push(h('p', { class: 'dose', 'data-testid': 'guided-dose', text: [w.dose(ex), w.load(ex.load)].filter(Boolean).join(' · ') }));
    if (cues.length) body.push(h('ul', { class: 'cues', 'aria-label': t('cuesLabel') }, ...cues.map((c) => h('li', { text: c }))));
    if (sets > 1) body.push(h('p', { class: 'sets', 'data-testid': 'set-counter', text: t('setOf', { n: ctx.nf(0).format(run.set), total: ctx.nf(0).format(sets) }) }));

    const actions = [];
    if (run.timer) {
      const resting = run.timer.kind === 'rest';
      // Holds (balance 2 × 20 s) are held; minutes of walking or tai chi are kept going.
      body.push(h('p', { class: 'phase', text: t(resting ? 'restPhase' : ex.seconds >= 120 ? 'goPhase' : 'holdPhase') }));
      body.push(h('p', { class: `clock${resting ? ' resting' : ''}`, role: 'timer', 'aria-live': 'off', 'data-testid': 'clock', text: clock(remaining(run.timer)) }));
      const running = run.timer.endsAt !== null;
      const toggle = h('button', { type: 'button', class: 'primary', part: 'button', 'data-focus': 'clock-toggle', 'aria-keyshortcuts': 'Space', text: t(running ? 'pauseTimer' : resting ? 'resumeTimer' : 'startTimer') });
      toggle.addEventListener('click', toggleTimer);
      actions.push(toggle);
      const skip = h('button', { type: 'button', part: 'button', 'data-focus': resting ? 'skip-rest' : 'set-done', text: t(resting ? 'skipRest' : sets > 1 ? 'setDone' : 'exerciseDoneButton') });
      skip.addEventListener('click', () => {
        const wasRest = run.timer?.kind === 'rest';
        run.timer = null;
        stopTicker();
        if (wasRest) nextSet(false);
        else setDone();
      });
      actions.push(skip);
    } else {
      if (ex.reps != null) {
        const us = ctx.units === 'us';
        const before = run.done.get(ex.exerciseId);
        const reps = h('input', { type: 'number', id: `${id}-g-reps`, min: '0', max: '100', step: '1', inputmode: 'numeric', value: String(before?.reps ?? ex.reps), 'data-focus': 'g-reps' });
        const kg = before ? before.load : ex.load;
        const load = h('input', { type: 'number', id: `${id}-g-load`, min: '0', max: us ? '2000' : '1000', step: 'any', inputmode: 'decimal', value: typedLoad(ctx, kg), 'data-focus': 'g-load', 'aria-describedby': `${id}-g-load-hint` });
        body.push(h('div', { class: 'record' },
          h('div', { class: 'field' }, h('label', { for: reps.id, text: t('repsThisSet') }), reps),
          h('div', { class: 'field' }, h('label', { for: load.id, text: t(us ? 'loadUsedLb' : 'loadUsedKg') }), load,
            h('p', { class: 'hint', id: load.getAttribute('aria-describedby'), text: t('loadHint') }))));
      }
      const done = h('button', { type: 'button', class: 'primary', part: 'button', 'data-focus': 'set-done', text: t(sets > 1 ? 'setDone' : 'exerciseDoneButton') });
      done.addEventListener('click', setDone);
      actions.push(done);
    }
    body.push(h('div', { class: 'actions main-actions' }, ...actions));
    const extra = [];
    if (easier) {
      const hard = h('button', { type: 'button', part: 'button', 'data-focus': 'too-hard', text: t('tooHard') },
        h('span', { class: 'visually-hidden', text: `: ${t('tooHardHint', { name: w.exerciseName(easier) })}` }));
      hard.addEventListener('click', tooHard);
      extra.push(hard);
    }
    extra.push(painButton);
    body.push(h('div', { class: 'actions' }, ...extra));
    const prev = h('button', { type: 'button', part: 'button', 'data-focus': 'g-prev', disabled: run.i === 0, text: t('prevExercise') });
    prev.addEventListener('click', () => { message = ''; enterStep(run.i - 1); });
    const next = h('button', { type: 'button', part: 'button', 'data-focus': 'g-next', text: t(run.i === run.steps.length - 1 ? 'finishWorkout' : 'nextExercise') });
    next.addEventListener('click', () => {
      message = '';
      if (run.i === run.steps.length - 1) finish();
      else enterStep(run.i + 1);
    });
    const end = h('button', { type: 'button', part: 'button', 'data-focus': 'g-end', text: t('endWorkout') });
    end.addEventListener('click', () => (run.done.size ? finish() : leave(t('workoutLeft'))));
    body.push(h('div', { class: 'actions nav' }, prev, next), h('div', { class: 'actions' }, end));
    body.push(h('p', { class: 'hint', text: t('guidedKeys') }));

    const box = h('section', { class: 'guided', tabindex: '-1', 'data-testid': 'guided', 'data-exercise': ex.exerciseId, 'aria-labelledby': `${id}-gh`, 'aria-keyshortcuts': 'Space ArrowLeft ArrowRight' }, ...body);
    box.addEventListener('keydown', keys);
    return [box];
  }

  /** Space starts or pauses the timer; the arrow keys go to the previous or next exercise. */
  function keys(event) {
    if (!run || run.phase === 'pain' || run.phase === 'finish') return;
    const tag = event.target.localName;
    if (tag === 'input' || tag === 'select' || tag === 'textarea') return;
    if (event.key === ' ' && run.timer && tag !== 'button') {
      event.preventDefault();
      toggleTimer();
      element.querySelector('[data-focus=guided-heading]')?.focus();
    } else if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      event.preventDefault();
      message = '';
      const to = run.i + (event.key === 'ArrowRight' ? 1 : -1);
      if (to >= 0 && to < run.steps.length) enterStep(to);
    }
  }

  function stopScreen() {
    const back = h('button', { type: 'button', class: 'primary', part: 'button', 'data-focus': 'stop-back', text: t('backToToday') });
    back.addEventListener('click', () => leave(t('nothingSaved')));
    return [h('section', { class: 'guided stop-box', role: 'alert', 'data-testid': 'pain-stop', 'aria-labelledby': `${ctx.idPrefix}-sh` },
      h('h3', { id: `${ctx.idPrefix}-sh`, tabindex: '-1', 'data-focus': 'stop-heading', text: t('painHeading') }),
      h('p', { text: t('painStopNow') }),
      h('p', { text: t('seekHelp') }),
      h('p', { text: t('painJoint') }),
      h('p', { class: 'hint', text: t('nothingSaved') }),
      h('div', { class: 'actions' }, back))];
  }

  function finishScreen() {
    const day = runEntry();
    const form = workoutLogForm(ctx, {
      id: `${ctx.idPrefix}-glog`,
      draftKey: `${ctx.idPrefix}-glog-${run.week}-${runDay()}`,
      exercises: run.steps.map((s) => s.ex),
      done: run.done,
      fromRun: true,
      pain: 0,
      saveLabel: t('saveWorkout'),
    });
    form.element.addEventListener('submit', (event) => {
      event.preventDefault();
      const { effort, pain: painScore, results } = form.read();
      try {
        const logged = engine.log(ctx.core, ctx.plan, run.week, runDay(), { effort, pain: painScore, results });
        const next = engine.progress(ctx.core, ctx.profile, logged);
        run = null;
        message = t('workoutSaved');
        form.forget();
        ctx.setPlan(next);
        ctx.announce(message);
        ctx.focus('today-heading');
      } catch (err) {
        message = t('editFailed', { message: ctx.problem(err) });
        render();
      }
    });
    const discard = h('button', { type: 'button', part: 'button', 'data-focus': 'g-discard', text: t('discardWorkout') });
    discard.addEventListener('click', () => {
      form.forget();
      leave(t('nothingSaved'));
    });
    return [h('section', { class: 'guided', 'data-testid': 'finish', 'aria-labelledby': `${ctx.idPrefix}-fh` },
      h('h3', { id: `${ctx.idPrefix}-fh`, tabindex: '-1', 'data-focus': 'finish-heading', text: t('finishHeading', { title: day ? w.title(day) : '' }) }),
      h('p', { text: t('finishIntro') }),
      message ? h('p', { class: 'error', role: 'alert', text: message }) : null,
      form.element,
      h('div', { class: 'actions' }, discard))];
  }

  function render(focusKey) {
    const content = run ? guided() : overview();
    element.replaceChildren(h('div', { class: 'seek-help' }, h('p', { text: t('seekHelp') })), ...content.filter(Boolean));
    if (focusKey) element.querySelector(`[data-focus="${focusKey}"]`)?.focus();
  }

  render();
  return {
    element,
    update(next) {
      ctx = next;
      w = words(ctx);
      render();
    },
  };
}
