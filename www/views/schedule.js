// The weekly-schedule view: one week of the 12-week plan at a time (7 columns on wide
// screens, a list on phones), one workout card per training day, moving a workout by drag and
// drop or by keyboard, swapping exercises, logging a workout, the findings of the plan checker next to the day they concern,
// charts, the .ics download and a printable week with a blank log sheet.
// Contract (shared with www/osteo-plan.js):
//   export const css: string
//   export function createSchedule(ctx) → { element, update(ctx) }
//   ctx = { core, t(key, vars), has(key), problem(err), lang, units, weekStart, idPrefix, profile, plan, setPlan(next),
//           startDate, setStartDate(iso), nf(digits), df(options), announce(msg), focus(key), host }
// Rust computes, JS draws: plans, findings, alternatives and progression all come from ctx.core.
import { h, s, sync, afterPaint, drawAfterPaint, fillOnFirstOpen, downloadText, orderedDays, parseIsoDate, isoDate } from '../dom.js';
import { exerciseFigure } from './figure.js';
import { engine, words, parts, isDone, logOf, workoutLogForm, weekOneStart as firstDay, dateOf as workoutDate, KINDS } from './workout.js';

export const css = `
.schedule .toolbar { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: flex-end; margin: 1rem 0; }
.schedule .toolbar .field { margin: 0; }
.schedule .week-nav { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem; justify-content: space-between; margin: .5rem 0; }
.schedule .week-nav h3 { margin: 0; flex: 1 1 12rem; text-align: center; }
.schedule .week-nav .prev { order: -1; }
/* A phone: the week's name on a row of its own, the two buttons side by side below it. */
@container (max-width: 34rem) {
  .schedule .week-nav h3 { flex-basis: 100%; }
  .schedule .week-nav .prev { order: 0; }
  .schedule .week-nav > button { flex: 1 1 0; }
}
.schedule .deload-tag { display: inline-block; margin-left: .5rem; padding: 0 .4rem; border: 1px solid var(--osteo-border); border-radius: 4px; font-size: .9rem; font-weight: 600; }
.schedule .dates { text-align: center; color: var(--osteo-muted); margin: 0 0 .5rem; }
.schedule ol.week { list-style: none; margin: 0; padding: 0; display: grid; gap: .5rem; grid-template-columns: 1fr; }
@container (min-width: 60rem) {
  .schedule ol.week { grid-template-columns: repeat(7, minmax(0, 1fr)); }
}
.schedule li.day { border: 1px solid var(--osteo-border); border-radius: var(--osteo-radius); padding: .5rem; min-width: 0; background: var(--osteo-bg); }
.schedule li.day.today { border-width: 2px; border-color: var(--osteo-accent); }
.schedule li.day.drop-target { outline: 3px dashed var(--osteo-accent); outline-offset: 2px; background: var(--osteo-surface); }
.schedule li.day h4 { margin: 0 0 .35rem; overflow-wrap: anywhere; }
.schedule li.day h4 .date { font-weight: 400; color: var(--osteo-muted); font-size: .9rem; margin-left: .4rem; }
@container (min-width: 60rem) { .schedule li.day h4 .date { display: block; margin-left: 0; } }
.schedule .workout { border-radius: 4px; background: var(--osteo-surface); padding: .3rem; display: grid; gap: .3rem; min-width: 0; border-left: 5px solid var(--osteo-accent); }
.schedule .workout.done { border-left-color: var(--osteo-kind-aerobic); }
.schedule .workout[draggable=true] { cursor: grab; }
.schedule .workout.grabbed { outline: 3px solid var(--osteo-accent); }
.schedule .move-here { display: block; width: 100%; margin: .25rem 0 .5rem; border-style: dashed; padding: .2rem .45rem; font-size: .9rem; overflow-wrap: anywhere; }
.schedule .workout button { min-height: 2.25rem; padding: .2rem .45rem; font-size: .9rem; }
.schedule .workout .open { justify-content: flex-start; text-align: start; border-color: transparent; background: transparent; color: var(--osteo-fg); flex-wrap: wrap; gap: 0 .4rem; min-width: 0; overflow-wrap: anywhere; font-weight: 600; }
.schedule .workout .open[aria-expanded=true] { border-color: var(--osteo-accent); background: var(--osteo-bg); }
.schedule .workout .move { justify-self: start; }
.schedule ol.sessions { list-style: none; margin: 0; padding: 0 .2rem; display: grid; gap: .15rem; font-size: .9rem; }
.schedule li.session { border-left: 4px solid var(--kind); padding-left: .35rem; overflow-wrap: anywhere; }
.schedule li.session .kind-name { font-weight: 600; }
.schedule .detail .part { border-left: 5px solid var(--kind); padding-left: .6rem; margin: .75rem 0; }
.schedule .detail .part-title { margin: 0 0 .25rem; }
.schedule .detail h5 { font-size: 1rem; margin: .25rem 0; }
.schedule .kind-name { font-weight: 700; }
.schedule .done-tag { font-weight: 700; color: var(--kind-done, var(--osteo-kind-aerobic)); }
.schedule .rest { color: var(--osteo-muted); margin: 0; }
.kind-resistance { --kind: var(--osteo-kind-resistance); }
.kind-aerobic { --kind: var(--osteo-kind-aerobic); }
.kind-impact { --kind: var(--osteo-kind-impact); }
.kind-balance { --kind: var(--osteo-kind-balance); }
.kind-flexibility { --kind: var(--osteo-kind-flexibility); }
.schedule ul.findings { list-style: none; margin: .4rem 0 0; padding: 0; display: grid; gap: .35rem; }
.schedule li.finding { border-left: 4px solid var(--sev); padding: .25rem .4rem; background: var(--osteo-surface); font-size: .9rem; overflow-wrap: anywhere; }
.schedule li.finding .sev { font-weight: 600; color: var(--sev); }
.schedule li.finding .rule { font-weight: 600; }
.schedule li.finding .source { display: block; color: var(--osteo-muted); font-size: .9rem; }
.schedule .sev-stop { --sev: var(--osteo-stop); }
.schedule .sev-warning { --sev: var(--osteo-warning); }
.schedule .sev-info { --sev: var(--osteo-info); }
.schedule .plan-findings li.finding { font-size: 1rem; }
.schedule .plan-notes { margin: .5rem 0; }
.schedule .plan-notes summary { cursor: pointer; font-weight: 600; min-height: 2rem; }
.schedule .seek-help { border: 1px solid var(--osteo-border); border-radius: var(--osteo-radius); padding: .5rem .75rem; margin: .5rem 0; }
.schedule .detail { margin-top: 1rem; border: 2px solid var(--osteo-accent); border-radius: var(--osteo-radius); padding: .75rem; }
.schedule .detail h3 { margin-top: 0; }
.schedule .detail ul.exercises { list-style: none; padding: 0; margin: 0; display: grid; gap: .75rem 1.5rem; grid-template-columns: repeat(auto-fill, minmax(min(100%, 20rem), 1fr)); }
.schedule .detail li.exercise { border-top: 1px solid var(--osteo-border); padding-top: .5rem; }
.schedule .detail .dose { font-weight: 700; }
.schedule .detail ul.cues { margin: .25rem 0; padding-left: 1.25rem; }
.schedule .detail .alternatives { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .4rem; }
.schedule .detail .log { margin-top: 1rem; }
.schedule .detail .log .field input { width: 7rem; }
.schedule .log-grid { display: grid; gap: .25rem 1rem; grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr)); }
.schedule .log fieldset { display: grid; gap: 0 .75rem; grid-template-columns: repeat(auto-fit, minmax(7.5rem, 1fr)); align-items: end; }
.schedule .log fieldset .field { margin-bottom: .25rem; }
.schedule .charts { display: grid; gap: 1rem; margin-top: 1rem; grid-template-columns: 1fr; }
@container (min-width: 50rem) { .schedule .charts { grid-template-columns: 1fr 1fr; } }
.schedule figure { margin: 0; border: 1px solid var(--osteo-border); border-radius: var(--osteo-radius); padding: .75rem; min-width: 0; }
.schedule figcaption { font-weight: 700; margin-bottom: .5rem; }
.schedule .bars { display: grid; grid-template-columns: auto minmax(4rem, 1fr); gap: .3rem .5rem; align-items: center; }
.schedule .bars .value { grid-column: 2; font-size: .9rem; color: var(--osteo-muted); margin-top: -.2rem; }
.schedule .bars svg { width: 100%; height: 1.1rem; display: block; }
.schedule svg .bar { fill: var(--kind); }
.schedule svg .track { fill: var(--osteo-surface); stroke: var(--osteo-border); stroke-width: 1; }
.schedule svg .target { stroke: var(--osteo-fg); stroke-width: 3; }
.schedule svg .axis { stroke: var(--osteo-border); stroke-width: 1; }
.schedule svg .current { fill: none; stroke: var(--osteo-focus); stroke-width: 2; }
.schedule svg text { fill: var(--osteo-fg); font-size: 12px; font-family: var(--osteo-font); }
.schedule svg.progress { width: 100%; max-width: 28rem; height: auto; display: block; }
.schedule .legend { display: flex; flex-wrap: wrap; gap: .25rem .9rem; list-style: none; padding: 0; margin: .5rem 0 0; font-size: .9rem; }
.schedule .legend li::before { content: ""; display: inline-block; width: .8rem; height: .8rem; margin-right: .3rem; background: var(--kind); vertical-align: -.05rem; }
.schedule table { border-collapse: collapse; width: 100%; font-size: .9rem; }
.schedule th, .schedule td { border: 1px solid var(--osteo-border); padding: .2rem .35rem; text-align: left; }
.schedule .table-scroll { overflow-x: auto; max-width: 100%; }
.schedule .table-scroll table { font-size: .8rem; }
.schedule .print-sheet { display: none; }
.schedule .other-weeks { font-size: .9rem; }
.schedule .other-weeks button { min-height: 2rem; padding: .1rem .5rem; margin: .1rem; }
@media (prefers-color-scheme: dark) { .schedule li.day { background: var(--osteo-bg); } }
@media print {
  .schedule > :not(.print-sheet) { display: none !important; }
  .schedule .print-sheet { display: block; font-size: 8.5pt; line-height: 1.2; }
  .schedule .print-sheet h3 { margin: 0 0 .25rem; font-size: 11pt; }
  .schedule .print-sheet table { font-size: 8.5pt; }
  .schedule .print-sheet td, .schedule .print-sheet th { padding: .1rem .25rem; height: 1.8em; }
  .schedule .print-sheet tr.first-of-day > * { border-top-width: 2px; }
  .schedule .print-sheet .blank { width: 6.5%; }
  .schedule .print-sheet p { margin: .25rem 0 0; }
}
`;

/** What the Week view is drawn from (with the date, for the "today" mark). */
const DRAWN_FROM = ['core', 'idPrefix', 'lang', 'units', 'weekStart', 'profile', 'plan', 'startDate'];

export function createSchedule(initial) {
  const element = h('div', { class: 'schedule' });
  let ctx = initial;
  let weekPos = 0;
  let selected = null; // the day whose workout is open in the shown week
  let swapping = null; // `${session}-${exercise}` whose alternatives are open
  let grab = null; // keyboard move in progress: { day, target }
  let dragFrom = null;
  let error = '';
  let lastPlan = null;
  let unchecked = null; // an edited plan whose findings are drawn right after its first paint (edit)
  let shownFindings = []; // the checker's findings last drawn

  const t = (k, v) => ctx.t(k, v);
  let w = words(ctx);
  const dateOf = (pos, day) => workoutDate(ctx, pos, day);
  const weekOneStart = () => firstDay(ctx);

  /**
   * Runs an edit through the engine and hands the result to the element; true if it was made.
   * The new plan's findings are the one part of the answer its first frame can do without: the
   * plan checker reads the whole plan again (a quarter of a move's time on a slow phone), so the
   * edit is painted first, with the findings shown until then, and the new ones are drawn (and
   * counted in the announcement) in a task of their own right after that paint.
   */
  function edit(fn, { announce, focus }) {
    try {
      const next = fn();
      error = '';
      unchecked = next;
      ctx.setPlan(next);
      if (focus) ctx.focus(focus);
      afterPaint(() => recheck(next, announce));
      return true;
    } catch (err) {
      error = t('editFailed', { message: ctx.problem(err) });
      render();
      return false;
    }
  }

  /** Checks an edited plan, draws its findings where they changed and announces how many there are. */
  function recheck(plan, announce) {
    if (unchecked === plan) unchecked = null;
    if (ctx.plan !== plan) return; // edited again since: that edit announces
    let findings = null;
    try {
      findings = engine.check(ctx.core, ctx.profile, plan);
    } catch {
      // drawn by render(), as the checker's failure; nothing to count
    }
    if (drawnFor === ctx) {
      const root = element.getRootNode();
      const focused = root.activeElement?.getAttribute('data-focus');
      render();
      if (focused && root.activeElement?.getAttribute('data-focus') !== focused) element.querySelector(`[data-focus="${CSS.escape(focused)}"]`)?.focus();
    }
    if (!findings) return ctx.announce(announce);
    const n = findings.filter((f) => f.severity !== 'info').length;
    ctx.announce(`${announce} ${t('findingsCount', { n: ctx.nf(0).format(n) })}`);
  }

  function findingItem(f) {
    const plain = ctx.has(`rule_${f.ruleId}`) ? t(`rule_${f.ruleId}`) : '';
    // The engine's message is English and specific; in other languages the translated rule text stands in for it.
    const message = (ctx.lang === 'en' && f.message) || !plain ? f.message : plain;
    return h('li', { class: `finding sev-${f.severity}`, part: 'finding', 'data-rule': f.ruleId },
      h('span', { class: 'sev', text: `${t(`severity_${f.severity}`)} ` }),
      h('span', { class: 'rule', text: f.ruleId }), ': ',
      h('span', { class: 'message', text: message }),
      f.source ? h('span', { class: 'source', text: t('sourceLabel', { source: ctx.has(`source_${f.ruleId}`) ? t(`source_${f.ruleId}`) : f.source }) }) : null);
  }
  const findingList = (list, extra = {}) => (list.length ? h('ul', { class: 'findings', ...extra }, ...list.map(findingItem)) : null);

  /** "Why your plan looks like this": the notes are written when it is first opened (a new plan need not wait for them). */
  function planNotes(notes) {
    const details = h('details', { class: 'plan-notes' },
      h('summary', { 'data-focus': 'plan-notes', text: t('planNotes', { n: ctx.nf(0).format(notes.length) }) }));
    fillOnFirstOpen(details, () => details.append(findingList(notes, { 'data-testid': 'plan-notes' })));
    return details;
  }

  // ---- moving a workout: drag and drop, and the keyboard "pick up, arrow, drop" pattern ----
  function dayItems() { return [...element.querySelectorAll('li.day')]; }
  function showTarget(day) {
    for (const li of dayItems()) li.classList.toggle('drop-target', li.dataset.day === day);
  }
  function startGrab(day, button) {
    grab = { day, target: day };
    button.setAttribute('aria-pressed', 'true');
    button.closest('.workout')?.classList.add('grabbed');
    showTarget(day);
    for (const li of dayItems()) if (li.dataset.day !== day) li.querySelector('h4').after(moveHereButton(li, button));
    ctx.announce(t('moveStart', { day: w.dayName(day) }));
  }
  /**
   * "Move it here" on another day while a workout is picked up: one tap puts it there. The way to
   * move with a single pointer and no dragging (WCAG 2.5.7), e.g. on a phone, which has no arrow
   * keys. Pressing it leaves focus on the Move button (no focus change on mousedown, which a tap
   * fires too), whose blur would put the workout down before the click.
   */
  function moveHereButton(li, moveButton) {
    const to = li.dataset.day;
    const button = h('button', { type: 'button', class: 'move-here', part: 'button', 'data-focus': `move-here-${to}` },
      t(li.querySelector('.workout') ? 'swapHere' : 'moveHere'), h('span', { class: 'visually-hidden', text: `, ${w.dayName(to)}` }));
    button.addEventListener('mousedown', (e) => e.preventDefault());
    button.addEventListener('click', () => {
      const from = grab.day;
      endGrab(moveButton);
      drop(from, to);
    });
    return button;
  }
  function endGrab(button, message) {
    grab = null;
    button?.setAttribute('aria-pressed', 'false');
    button?.closest('.workout')?.classList.remove('grabbed');
    showTarget(null);
    for (const b of element.querySelectorAll('.move-here')) b.remove();
    if (message) ctx.announce(message);
  }
  function drop(fromDay, toDay) {
    if (toDay === fromDay) {
      ctx.announce(t('moveCancelled'));
      return;
    }
    const week = ctx.plan.weeks[weekPos];
    const swapped = week.days.some((d) => d.day === toDay && d.sessions.length);
    // The open workout stays open where it goes (after a swap, the other one is on its old day).
    if (selected === fromDay) selected = toDay;
    else if (selected === toDay && swapped) selected = fromDay;
    edit(() => engine.move(ctx.core, ctx.plan, week.index, fromDay, toDay), {
      announce: t(swapped ? 'movedSwapped' : 'moved', { day: w.dayName(toDay), from: w.dayName(fromDay) }),
      focus: `move-${toDay}`,
    });
  }
  function moveKeys(event, button) {
    if (!grab) return;
    const order = orderedDays(ctx.weekStart);
    let i = order.indexOf(grab.target);
    switch (event.key) {
      case 'ArrowRight': case 'ArrowDown': i = Math.min(order.length - 1, i + 1); break;
      case 'ArrowLeft': case 'ArrowUp': i = Math.max(0, i - 1); break;
      case 'Home': i = 0; break;
      case 'End': i = order.length - 1; break;
      case 'Escape': event.preventDefault(); endGrab(button, t('moveCancelled')); return;
      case 'Tab': endGrab(button, t('moveCancelled')); return;
      default: return;
    }
    event.preventDefault();
    grab.target = order[i];
    showTarget(grab.target);
    ctx.announce(t('moveOver', { day: w.dayName(grab.target) }));
  }

  // ---- pieces ------------------------------------------------------------------------------
  /** The day's one workout card: its title, its parts in order, done or not, Open and Move. */
  function workoutCard(entry) {
    const { day } = entry;
    const isOpen = selected === day;
    const done = isDone(ctx.plan, entry);
    const open = h('button', {
      type: 'button', class: 'open', part: 'button', 'aria-expanded': String(isOpen), 'aria-controls': `${ctx.idPrefix}-detail`,
      'data-focus': `open-${day}`,
    },
    h('span', { class: 'workout-title', text: w.title(entry) }),
    done ? h('span', { class: 'done-tag', text: t('doneTag') }) : null);
    open.addEventListener('click', () => {
      selected = isOpen ? null : day;
      swapping = null;
      render();
      element.querySelector(`[data-focus="${isOpen ? `open-${day}` : 'detail-heading'}"]`)?.focus();
    });
    const move = h('button', {
      type: 'button', class: 'move', part: 'button', 'aria-pressed': 'false', 'data-focus': `move-${day}`,
      'aria-describedby': `${ctx.idPrefix}-move-help`,
    }, t('moveButton'), h('span', { class: 'visually-hidden', text: ` ${w.title(entry)}, ${w.dayName(day)}` }));
    move.addEventListener('click', () => {
      if (grab) {
        const target = grab.target;
        endGrab(move);
        drop(day, target);
      } else {
        startGrab(day, move);
      }
    });
    move.addEventListener('keydown', (e) => moveKeys(e, move));
    move.addEventListener('blur', () => { if (grab) endGrab(move); });
    const card = h('div', { class: `workout${done ? ' done' : ''}`, part: 'workout', draggable: 'true', 'data-testid': 'workout' },
      open,
      h('ol', { class: 'sessions', 'aria-label': t('partsLabel') }, ...parts(entry).map(({ session }) =>
        h('li', { class: `session kind-${session.kind}`, part: 'session', 'data-kind': session.kind },
          h('span', { class: 'kind-name', text: w.kindName(session.kind) }), ' ', h('span', { text: w.minutes(session.minutes) })))),
      move);
    card.addEventListener('dragstart', (e) => {
      dragFrom = day;
      e.dataTransfer?.setData('text/plain', day);
      if (e.dataTransfer) e.dataTransfer.effectAllowed = 'move';
    });
    card.addEventListener('dragend', () => { dragFrom = null; showTarget(null); });
    return card;
  }

  function dayColumn(pos, day, entry, notes, today) {
    const date = dateOf(pos, day);
    const headingId = `${ctx.idPrefix}-day-${day}`;
    const li = h('li', { class: `day${isoDate(date) === today ? ' today' : ''}`, part: 'day', 'data-day': day, 'aria-labelledby': headingId },
      h('h4', { id: headingId, tabindex: '-1', 'data-focus': `day-${day}` },
        w.dayName(day), h('span', { class: 'date', text: ctx.df({ day: 'numeric', month: 'short' }).format(date) })),
      entry ? workoutCard(entry) : h('p', { class: 'rest', text: t('restDay') }),
      findingList(notes));
    li.addEventListener('dragover', (e) => {
      if (!dragFrom) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'move';
      showTarget(day);
    });
    li.addEventListener('dragleave', (e) => { if (!li.contains(e.relatedTarget)) li.classList.remove('drop-target'); });
    li.addEventListener('drop', (e) => {
      if (!dragFrom) return;
      e.preventDefault();
      const from = dragFrom;
      dragFrom = null;
      showTarget(null);
      drop(from, day);
    });
    return li;
  }

  /** One exercise of the open workout: figure, dose, cues, easier/harder and Swap. */
  function exerciseItem(week, entry, session, sessionIndex, ex, xi) {
    const at = { week: week.index, day: entry.day, session: sessionIndex };
    const info = engine.exercise(ctx.core, ex.exerciseId);
    const name = engine.name(info, ctx.lang, ex.exerciseId);
    const easier = engine.easier(info);
    const harder = engine.harder(info);
    const cues = engine.cues(info, ctx.lang);
    const key = `${sessionIndex}-${xi}`;
    const swapButton = h('button', { type: 'button', part: 'button', 'aria-expanded': String(swapping === key), 'data-focus': `swap-${key}` },
      t('swapButton'), h('span', { class: 'visually-hidden', text: ` ${name}` }));
    swapButton.addEventListener('click', () => {
      swapping = swapping === key ? null : key;
      const focus = swapping === null ? `swap-${key}` : `alt-${key}-0`;
      render();
      element.querySelector(`[data-focus="${focus}"]`)?.focus();
    });
    let alternatives = null;
    if (swapping === key) {
      let options = [];
      try { options = engine.alternatives(ctx.core, ctx.profile, ex.exerciseId) ?? []; } catch (err) { error = t('editFailed', { message: ctx.problem(err) }); }
      alternatives = options.length
        ? h('ul', { class: 'alternatives', 'aria-label': t('alternativesLabel', { name }) }, ...options.map((alt, ai) => {
          const altName = engine.name(alt, ctx.lang, alt.id);
          const b = h('button', { type: 'button', part: 'button', 'data-focus': `alt-${key}-${ai}` },
            exerciseFigure(ctx.core, alt.id, { lang: ctx.lang, size: 'small', decorative: true }), t('useInstead', { name: altName }));
          b.addEventListener('click', () => {
            swapping = null;
            edit(() => engine.swap(ctx.core, ctx.plan, at, xi, alt.id), {
              announce: t('swapped', { from: name, to: altName }), focus: `swap-${key}`,
            });
          });
          return h('li', {}, b);
        }))
        : h('p', { class: 'muted', 'data-focus': `alt-${key}-0`, tabindex: '-1', text: t('noAlternatives') });
      if (options.length) alternatives = h('div', {}, h('p', { class: 'hint', text: t('swapNote') }), alternatives);
    }
    return h('li', { class: 'exercise', 'data-exercise': ex.exerciseId },
      h('h5', { text: name }),
      exerciseFigure(ctx.core, ex.exerciseId, { lang: ctx.lang }),
      h('p', {}, h('span', { class: 'dose', text: w.dose(ex) }),
        w.load(ex.load) ? ` · ${t('loadLabel', { load: w.load(ex.load) })}` : (session.kind === 'resistance' && ex.reps != null ? ` · ${t('loadPick')}` : ''),
        ex.effort != null ? ` · ${t('targetEffort', { n: ctx.nf(0).format(ex.effort) })}` : ''),
      cues.length ? h('ul', { class: 'cues', 'aria-label': t('cuesLabel') }, ...cues.map((c) => h('li', { text: c }))) : null,
      easier ? h('p', { class: 'muted', text: t('easierOption', { name: w.exerciseName(easier) }) }) : null,
      harder ? h('p', { class: 'muted', text: t('harderOption', { name: w.exerciseName(harder) }) }) : null,
      h('div', { class: 'actions' }, swapButton),
      alternatives);
  }

  /** The open workout: its parts in order with their exercises, and one log form. */
  function detail(week, pos, entry) {
    const headingId = `${ctx.idPrefix}-detail-h`;
    const date = ctx.df({ weekday: 'long', day: 'numeric', month: 'long' }).format(dateOf(pos, entry.day));
    const close = h('button', { type: 'button', part: 'button', 'data-focus': 'detail-close', text: t('closeDetail') });
    close.addEventListener('click', () => {
      const key = `open-${selected}`;
      selected = null;
      swapping = null;
      render();
      element.querySelector(`[data-focus="${key}"]`)?.focus();
    });
    return h('section', { class: 'detail', id: `${ctx.idPrefix}-detail`, 'aria-labelledby': headingId },
      h('h3', { id: headingId, tabindex: '-1', 'data-focus': 'detail-heading', text: t('detailHeading', { date, title: w.title(entry) }) }),
      ...parts(entry).map(({ session, index }) => h('section', { class: `part kind-${session.kind}`, 'data-kind': session.kind, 'aria-label': w.kindName(session.kind) },
        h('h4', { class: 'part-title', text: `${w.kindName(session.kind)} · ${w.minutes(session.minutes)}` }),
        h('ul', { class: 'exercises' }, ...session.exercises.map((ex, xi) => exerciseItem(week, entry, session, index, ex, xi))))),
      logForm(week, entry),
      h('div', { class: 'actions' }, close));
  }

  /** "How did it go?": reps and weight per strength exercise, effort and pain; logs the whole workout. */
  function logForm(week, entry) {
    const id = `${ctx.idPrefix}-log`;
    const previous = logOf(ctx.plan, entry);
    const form = workoutLogForm(ctx, {
      id,
      draftKey: `${id}-${week.index}-${entry.day}`,
      exercises: parts(entry).flatMap(({ session }) => session.exercises),
      previous,
      saveLabel: t(previous.length ? 'updateLog' : 'markDone'),
    });
    form.element.addEventListener('submit', (event) => {
      event.preventDefault();
      const { effort, pain, results } = form.read();
      const saved = edit(() => engine.progress(ctx.core, ctx.profile,
        engine.log(ctx.core, ctx.plan, week.index, entry.day, { effort, pain, results })), {
        announce: t('logged'), focus: 'log-save',
      });
      if (saved) form.forget();
    });
    return form.element;
  }

  /** This week's minutes by kind against the weekly targets (`totals`: one entry of weekTotals). */
  function weekChart(totals) {
    const targets = ctx.core.weeklyTargets();
    const max = Math.max(60, ...KINDS.map((k) => totals[k]), ...targets.map((x) => x.minutes)) * 1.1;
    const rows = KINDS.flatMap((k) => {
      const target = targets.find((x) => x.kind === k);
      const pct = (v) => Math.round((v / max) * 1000) / 10;
      const bar = s('svg', { viewBox: '0 0 100 10', preserveAspectRatio: 'none', 'aria-hidden': 'true', focusable: 'false', class: `kind-${k}` },
        s('rect', { class: 'track', x: 0, y: 1, width: 100, height: 8 }),
        s('rect', { class: 'bar', x: 0, y: 1, width: pct(totals[k]), height: 8 }),
        target ? s('line', { class: 'target', x1: pct(target.minutes), x2: pct(target.minutes), y1: 0, y2: 10, 'vector-effect': 'non-scaling-stroke' }) : null);
      const value = target
        ? t('chartValueTarget', { n: ctx.nf(0).format(totals[k]), target: ctx.nf(0).format(target.minutes), rule: target.ruleId })
        : t('chartValue', { n: ctx.nf(0).format(totals[k]) });
      return [h('span', { class: `kind-name kind-${k}`, text: w.kindName(k) }), bar, h('span', { class: 'value', 'data-kind': k, text: value })];
    });
    return h('figure', { part: 'chart', 'data-testid': 'week-chart', 'aria-labelledby': `${ctx.idPrefix}-wc` },
      h('figcaption', { id: `${ctx.idPrefix}-wc`, text: t('weekChartTitle') }),
      h('div', { class: 'bars' }, ...rows),
      h('p', { class: 'hint', text: t('weekChartHint') }));
  }

  /** Each week's minutes by kind, total, strength sets and impacts: what the progress chart shows. */
  function weekTotals(weeks) {
    return weeks.map((week) => {
      const out = Object.fromEntries(KINDS.map((k) => [k, 0]));
      let sets = 0; let impacts = 0;
      for (const d of week.days) for (const sess of d.sessions) {
        if (sess.kind in out) out[sess.kind] += sess.minutes;
        for (const ex of sess.exercises) {
          if (sess.kind === 'resistance') sets += ex.sets ?? 0;
          if (ex.impacts != null) impacts += ex.impacts * (ex.sets ?? 1);
        }
      }
      return { ...out, total: KINDS.reduce((a, k) => a + out[k], 0), sets, impacts, deload: week.deload };
    });
  }

  function progressChart(per, pos) {
    const W = 320; const H = 170; const left = 30; const bottom = 22; const top = 8;
    const max = Math.max(60, ...per.map((p) => p.total));
    const step = (W - left - 4) / Math.max(1, per.length);
    const y = (v) => top + (H - top - bottom) * (1 - v / max);
    const bars = [];
    per.forEach((p, i) => {
      let acc = 0;
      for (const k of KINDS) {
        if (!p[k]) continue;
        bars.push(s('rect', { class: `bar kind-${k}`, x: left + i * step + 2, width: step - 4, y: y(acc + p[k]), height: y(acc) - y(acc + p[k]) }));
        acc += p[k];
      }
      bars.push(s('text', { x: left + i * step + step / 2, y: H - 6, 'text-anchor': 'middle', text: ctx.nf(0).format(i + 1) }));
    });
    const current = s('rect', { class: 'current', x: left + pos * step + 1, width: step - 2, y: top - 4, height: H - bottom - top + 6 });
    const ticks = [0, Math.round(max / 2), Math.round(max)].map((v) => s('text', { x: left - 4, y: y(v) + 4, 'text-anchor': 'end', text: ctx.nf(0).format(v) }));
    const captionId = `${ctx.idPrefix}-pc`;
    const svg = s('svg', { class: 'progress', viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-labelledby': captionId, focusable: 'false' },
      s('line', { class: 'axis', x1: left, x2: W, y1: y(0), y2: y(0) }), ...ticks, ...bars, current);
    const table = h('table', {},
      h('thead', {}, h('tr', {}, ...[t('weekCol'), t('minutesCol'), t('setsCol'), t('impactsCol')].map((x) => h('th', { scope: 'col', text: x })))),
      h('tbody', {}, ...per.map((p, i) => h('tr', {},
        h('th', { scope: 'row', text: `${ctx.nf(0).format(i + 1)}${p.deload ? ` (${t('deloadShort')})` : ''}` }),
        h('td', { text: ctx.nf(0).format(p.total) }), h('td', { text: ctx.nf(0).format(p.sets) }), h('td', { text: ctx.nf(0).format(p.impacts) })))));
    return h('figure', { part: 'chart', 'data-testid': 'progress-chart' },
      h('figcaption', { id: captionId, text: t('progressChartTitle') }),
      svg,
      h('ul', { class: 'legend' }, ...KINDS.map((k) => h('li', { class: `kind-${k}`, text: w.kindName(k) }))),
      h('details', {}, h('summary', { text: t('showTable') }), h('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': t('progressChartTitle') }, table)));
  }

  // The printed week holds a still figure per exercise: two thirds of this view's nodes. It is
  // drawn when the page is about to print (the Print button, the browser's own print: the
  // element calls preparePrint() on `beforeprint` and when print media starts to apply), not
  // on every edit; each redraw of the view empties it.
  const sheet = h('div', { class: 'print-sheet' });
  function preparePrint() {
    if (drawnFor !== ctx) render(); // the Week tab was closed while the state changed
    const week = ctx.plan?.weeks?.[weekPos];
    if (week && !sheet.hasChildNodes()) sheet.replaceChildren(...printSheet(week, weekPos));
  }

  function printSheet(week, pos) {
    const rows = [];
    for (const day of orderedDays(ctx.weekStart)) {
      const entry = week.days.find((d) => d.day === day);
      const date = ctx.df({ weekday: 'short', day: 'numeric', month: 'short' }).format(dateOf(pos, day));
      const ordered = parts(entry);
      if (!ordered.length) rows.push(h('tr', {}, h('th', { scope: 'row', text: date }), h('td', { colspan: '8', text: t('restDay') })));
      ordered.forEach(({ session: sess }, si) => {
        sess.exercises.forEach((ex, xi) => {
          const name = w.exerciseName(ex.exerciseId);
          const firstOfDay = si === 0 && xi === 0;
          rows.push(h('tr', { class: firstOfDay ? 'first-of-day' : null },
            h('th', { scope: 'row', text: firstOfDay ? date : '' }),
            h('td', { text: xi === 0 ? `${w.kindName(sess.kind)} (${w.minutes(sess.minutes)})` : '' }),
            h('td', {}, name, exerciseFigure(ctx.core, ex.exerciseId, { lang: ctx.lang, size: 'print', still: true, decorative: true })),
            h('td', { text: [w.dose(ex), w.load(ex.load)].filter(Boolean).join(' · ') }),
            ...[0, 1, 2, 3, 4].map(() => h('td', { class: 'blank' }))));
        });
      });
    }
    return [
      h('h3', { text: `${t('weekOf', { n: ctx.nf(0).format(pos + 1), total: ctx.nf(0).format(ctx.plan.weeks.length) })} — ${t('printTitle')}` }),
      h('table', {},
        h('thead', {}, h('tr', {}, ...['printDay', 'printSession', 'printExercise', 'printPlanned', 'printDone', 'printReps', 'printLoad', 'printEffort', 'printPain']
          .map((k) => h('th', { scope: 'col', text: t(k) })))),
        h('tbody', {}, ...rows)),
      h('p', { text: t('printFooter') })];
  }

  // ---- the whole view ----------------------------------------------------------------------
  // A redraw reuses each piece of the last drawing whose key (what it is drawn from) is
  // unchanged: its nodes stay in the page, so moving a workout restyles and lays out two days,
  // not the whole week, and a half-typed log keeps its values. Listeners therefore read the
  // current state (ctx, weekPos) when they fire, never the plan a piece was drawn from.
  let kept = new Map(); // slot → { key, node } of the last drawing
  let drawing = new Map(); // the same for the drawing under way
  function keep(slot, key, draw) {
    const last = kept.get(slot);
    const node = last?.key === key ? last.node : draw();
    drawing.set(slot, { key, node });
    return node;
  }

  let drawnFor = null; // the ctx the view was last drawn from, on the date `drawnOn`
  let drawnOn = null;
  let renders = 0;
  let newWeek = null; // { list, dayNodes, bar } when this drawing made a new, still empty, week list
  function render() {
    const mine = ++renders;
    drawnFor = ctx;
    drawnOn = isoDate(new Date());
    drawing = new Map();
    newWeek = null;
    sync(element, draw().filter(Boolean));
    kept = drawing;
    // The days of a new week list (a new plan, language or start date) whose tops are on screen
    // are drawn before the next frame, one by one, once the element has finished this update
    // (focus moved, and scrolled into view); the others, and the toolbar below them, right after
    // that frame is painted, in a task of their own (on a phone most of the week is a screen or
    // more down). Nothing on screen moves when they come; meanwhile the list says `aria-busy`.
    if (!newWeek) return;
    const { list, dayNodes, bar } = newWeek;
    const current = () => mine === renders;
    const drawAll = () => {
      sync(list, dayNodes.map((node) => node()));
      list.after(bar);
    };
    queueMicrotask(() => {
      if (!current()) return;
      if (daysOnScreen(list, dayNodes) === dayNodes.length) drawAll();
      else drawAfterPaint([list], drawAll, current);
    });
  }

  /**
   * Puts into the empty `list` the days (from `dayNodes`) whose tops are on screen and returns
   * how many they are, all of them when the list begins above the screen or two days share a
   * row (a wide screen's week is one row). One measurement a day, stopping at the first day
   * below the screen's edge.
   */
  function daysOnScreen(list, dayNodes) {
    const top = list.getBoundingClientRect().top;
    if (top >= innerHeight) return 0;
    if (top < 0) return dayNodes.length;
    let n = 0;
    let last = null;
    while (n < dayNodes.length) {
      list.append(dayNodes[n++]());
      const at = list.lastChild.getBoundingClientRect().top;
      if (at === last) return dayNodes.length;
      if (at >= innerHeight) break;
      last = at;
    }
    return n;
  }

  function draw() {
    const { plan } = ctx;
    if (plan !== lastPlan && lastPlan === null) { weekPos = 0; selected = null; }
    lastPlan = plan;
    const today = drawnOn;
    // What every piece's text depends on (language, units, dates).
    const base = [ctx.lang, ctx.units, ctx.weekStart, ctx.idPrefix, ctx.startDate, today].join('|');
    const parts = [];
    parts.push(keep('seek-help', base, () => h('div', { class: 'seek-help' }, h('p', { text: t('seekHelp') }))));
    if (!plan) return [...parts, h('p', { 'data-testid': 'no-plan', text: t('noPlanYet') })];
    if (plan !== unchecked) {
      try {
        shownFindings = engine.check(ctx.core, ctx.profile, plan);
      } catch (err) {
        shownFindings = [];
        parts.push(h('p', { class: 'error', role: 'alert', text: t('checkFailed', { message: ctx.problem(err) }) }));
      }
    }
    const findings = [...shownFindings];
    // Findings from generatePlan that the checker does not repeat (e.g. why a rule could not be met).
    for (const f of plan.findings ?? []) {
      if (!findings.some((g) => g.ruleId === f.ruleId && g.week === f.week && g.day === f.day)) findings.push(f);
    }
    const weeks = plan.weeks ?? [];
    // Stops and warnings about the whole plan stay in view; the explanatory notes fold away.
    const planLevel = findings.filter((f) => f.week == null);
    parts.push(keep('plan-findings', `${base}|${JSON.stringify(planLevel)}`, () => {
      const notes = planLevel.filter((f) => f.severity === 'info');
      return h('div', { class: 'plan-findings', role: 'region', 'aria-label': t('planFindingsLabel') },
        findingList(planLevel.filter((f) => f.severity !== 'info'), { 'data-testid': 'plan-findings' }),
        notes.length ? planNotes(notes) : null);
    }));
    if (!weeks.length) return [...parts, h('p', { 'data-testid': 'no-sessions', text: t('noSessions') })];
    weekPos = Math.min(Math.max(0, weekPos), weeks.length - 1);
    const week = weeks[weekPos];
    const at = `${base}|${weekPos}|${weeks.length}|${week.deload}`; // this week, as the plan places it
    const days = orderedDays(ctx.weekStart);

    parts.push(keep('week-nav', at, () => weekNav(week)));
    parts.push(keep('dates', at, () => {
      const range = ctx.df({ day: 'numeric', month: 'long', year: 'numeric' }).formatRange?.(dateOf(weekPos, days[0]), dateOf(weekPos, days[6]));
      return h('p', { class: 'dates', text: range ?? '' });
    }));
    if (week.deload) parts.push(keep('deload', base, () => h('p', { class: 'hint', text: t('deloadExplain') })));
    const weekLevel = findings.filter((f) => f.week === week.index && !f.day);
    parts.push(keep('week-findings', `${at}|${JSON.stringify(weekLevel)}`, () => findingList(weekLevel, { 'data-testid': 'week-findings' })));
    const others = new Map();
    for (const f of findings) if (f.week != null && f.week !== week.index && f.severity !== 'info') others.set(f.week, (others.get(f.week) ?? 0) + 1);
    if (others.size) parts.push(keep('other-weeks', `${at}|${JSON.stringify([...others])}`, () => otherWeeks(others)));
    if (error) parts.push(h('p', { class: 'error', role: 'alert', text: error }));
    parts.push(keep('move-help', base, () => h('p', { class: 'hint', id: `${ctx.idPrefix}-move-help`, text: t('moveHelp') })));

    const open = selected ? week.days.find((d) => d.day === selected && d.sessions.length) : null;
    if (!open) selected = null;
    const list = keep('week', base, () => h('ol', { class: 'week', part: 'week', 'aria-label': t('weekListLabel') }));
    const dayNodes = days.map((day) => () => {
      const entry = week.days.find((d) => d.day === day && d.sessions.length);
      const notes = findings.filter((f) => f.week === week.index && f.day === day);
      const key = [at, JSON.stringify(entry), JSON.stringify(notes), selected === day, entry && isDone(plan, entry)].join('|');
      return keep(`day-${day}`, key, () => dayColumn(weekPos, day, entry, notes, today));
    });
    // The start date, the calendar and Print come after the week: a new plan shows its first workouts.
    const bar = keep('toolbar', base, toolbar);
    // A new list is filled by render(), and the toolbar put after it then; an open workout below
    // would move up while days wait.
    if (list.firstChild || open) sync(list, dayNodes.map((node) => node()));
    else newWeek = { list, dayNodes, bar };
    parts.push(list);
    if (open) {
      const key = [at, selected, swapping, JSON.stringify(open), JSON.stringify(logOf(plan, open)), JSON.stringify(ctx.profile)].join('|');
      parts.push(keep('detail', key, () => detail(week, weekPos, open)));
    }
    if (!newWeek) parts.push(bar);
    parts.push(charts(weekTotals(weeks), at));
    sheet.replaceChildren();
    parts.push(sheet);
    return parts;
  }

  /**
   * The two charts, below the week: drawn right after the next frame, so the week an edit
   * changed shows first (on a phone the charts are screens below it). Until then the charts
   * drawn last stay. Keyed on the totals they show: moving a workout within its week keeps them.
   */
  function charts(totals, at) {
    const box = keep('charts', ctx.idPrefix, () => h('div', { class: 'charts' }));
    const key = `${at}|${JSON.stringify(totals)}`;
    if (box.dataset.key !== key) {
      box.dataset.key = key;
      const pos = weekPos;
      afterPaint(() => {
        if (box.dataset.key === key) box.replaceChildren(weekChart(totals[pos]), progressChart(totals, pos));
      });
    }
    return box;
  }

  /** The start date, the calendar download and Print. */
  function toolbar() {
    const id = ctx.idPrefix;
    const startInput = h('input', { type: 'date', id: `${id}-start`, value: isoDate(weekOneStart()), 'data-focus': 'start-date', 'aria-describedby': `${id}-start-hint` });
    startInput.addEventListener('change', () => {
      if (!parseIsoDate(startInput.value)) return;
      // WebKit (Safari) commits a typed date only when Tab leaves the field, and fires `change`
      // before focus reaches the next control: a render right then would find nothing focused
      // and drop the keyboard user back at the top. One task later focus has landed, and the
      // render keeps it there.
      const value = startInput.value;
      setTimeout(() => ctx.setStartDate(value));
    });
    const ics = h('button', { type: 'button', part: 'button', 'data-focus': 'ics', text: t('downloadIcs') });
    ics.addEventListener('click', () => {
      try {
        const text = ctx.core.planToICalendar(ctx.plan, isoDate(weekOneStart()), { lang: ctx.lang, weekStart: ctx.weekStart });
        downloadText(ctx.host ?? element, 'osteoplan.ics', text, 'text/calendar');
        ctx.announce(t('icsReady'));
      } catch (err) {
        error = t('editFailed', { message: ctx.problem(err) });
        render();
      }
    });
    const print = h('button', { type: 'button', part: 'button', 'data-focus': 'print', text: t('printWeek') });
    print.addEventListener('click', () => {
      preparePrint();
      window.print();
    });
    return h('div', { class: 'toolbar no-print' },
      h('div', { class: 'field' }, h('label', { for: startInput.id, text: t('startLabel') }), startInput,
        h('p', { class: 'hint', id: `${id}-start-hint`, text: t('startHint') })),
      h('div', { class: 'actions' }, ics, print));
  }

  /** Goes `delta` weeks on and focuses the button `key` (or the week heading). */
  function go(delta, key) {
    const total = ctx.plan.weeks.length;
    weekPos += delta;
    selected = null; swapping = null;
    render();
    const b = element.querySelector(`[data-focus="${key}"]`);
    (b && !b.disabled ? b : element.querySelector('[data-focus="week-heading"]'))?.focus();
    ctx.announce(t('weekOf', { n: ctx.nf(0).format(weekPos + 1), total: ctx.nf(0).format(total) }));
  }

  /** "Week n of 12", previous week, next week (shown previous | week | next where they fit in a row). */
  function weekNav(week) {
    const total = ctx.plan.weeks.length;
    const prev = h('button', { type: 'button', class: 'prev', part: 'button', 'data-focus': 'week-prev', disabled: weekPos === 0, text: t('prevWeek') });
    const next = h('button', { type: 'button', part: 'button', 'data-focus': 'week-next', disabled: weekPos === total - 1, text: t('nextWeek') });
    prev.addEventListener('click', () => go(-1, 'week-prev'));
    next.addEventListener('click', () => go(1, 'week-next'));
    return h('div', { class: 'week-nav' },
      h('h3', { tabindex: '-1', 'data-focus': 'week-heading', 'data-testid': 'week-heading' },
        t('weekOf', { n: ctx.nf(0).format(weekPos + 1), total: ctx.nf(0).format(total) }),
        week.deload ? [' · ', h('span', { class: 'deload-tag', text: t('deloadTag') })] : null),
      prev, next);
  }

  /** "Also in:" a button per other week with stops or warnings (week → how many). */
  function otherWeeks(others) {
    return h('p', { class: 'other-weeks' }, t('otherWeeks'), ' ', ...[...others].map(([index, n]) => {
      const p = ctx.plan.weeks.findIndex((x) => x.index === index);
      const b = h('button', { type: 'button', part: 'button', text: t('weekShort', { n: ctx.nf(0).format(p + 1), count: ctx.nf(0).format(n) }) });
      b.addEventListener('click', () => go(p - weekPos, 'week-heading'));
      return b;
    }));
  }

  render();
  return {
    element,
    /**
     * New state; `draw: false` (the Week tab is closed) only keeps it for the printed week. A
     * state the view was already drawn from on the same day is not drawn again (adding a food
     * changes nothing here).
     */
    update(next, { draw = true } = {}) {
      const same = drawnFor !== null && drawnOn === isoDate(new Date()) && DRAWN_FROM.every((k) => next[k] === drawnFor[k]);
      ctx = next;
      w = words(ctx);
      if (same) drawnFor = ctx;
      else if (draw) render();
    },
    preparePrint,
  };
}
