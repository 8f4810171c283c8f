// The "About you" view: a short, friendly profile and the safety questions behind the
// planning engine's gates (G1–G3, joint pain, lymphoedema), each explained in plain words.
// It diagnoses nothing: the answers only choose safer options and point to the care team.
// First use (no plan yet) walks through three short steps — you, time and equipment, safety —
// then makes the plan; afterwards the profile is a one-line summary with "Edit".
// Contract: createProfile(ctx) → { element, update(ctx), reset() }.
import { h, whenIdle, orderedDays, isoDate, DAYS } from '../dom.js';
import { engine } from './workout.js';

export const css = `
.profile .days { display: flex; flex-wrap: wrap; gap: .25rem .9rem; }
.profile .safety { border-color: var(--osteo-warning); }
.profile .safety-intro { margin-top: 0; }
.profile .pain-row { display: flex; align-items: center; gap: .75rem; flex-wrap: wrap; }
.profile .pain-value { min-width: 2ch; font-weight: 700; }
.profile .generate { margin-top: .5rem; }
.profile .step-title { font-weight: 700; margin: 0 0 .5rem; }
.profile .summary { display: flex; flex-wrap: wrap; gap: .25rem 1rem; align-items: center; margin: 0; }
.profile .summary p { margin: 0; flex: 1 1 16rem; }
.profile .steps-nav { justify-content: space-between; }
`;

const LB_PER_KG = 1 / 0.45359237;
// P8: an optional easier week every 4th week (practice, not evidence; the engine allows 3–8).
const DELOAD_EVERY = 4;
const QUESTIONS = [
  ['boneMetastases', 'qBoneMetastases', 'hBoneMetastases'],
  ['vertebralFracture', 'qVertebralFracture', 'hVertebralFracture'],
  ['multipleFractures', 'qMultipleFractures', 'hMultipleFractures'],
  ['osteoporosis', 'qOsteoporosis', 'hOsteoporosis'],
  ['fallRisk', 'qFallRisk', 'hFallRisk'],
  ['lymphedema', 'qLymphedema', 'hLymphedema'],
];
const LEVELS = ['beginner', 'intermediate', 'advanced'];
const EQUIPMENT = ['bands', 'dumbbells', 'gym'];

const STEPS = 3;
const key = (ctx, editing) => `${ctx.lang}|${ctx.units}|${ctx.weekStart}|${ctx.sections?.join()}|${Boolean(ctx.plan)}|${editing}`;

export function createProfile(initial) {
  const element = h('div', { class: 'profile' });
  let ctx = initial;
  let builtFor = '';
  let read = () => ctx.profile;
  let step = 0; // the first-use step shown (0: you, 1: time and equipment, 2: safety)
  let editing = false;
  // Making the plan is the heaviest click on a slow phone (at 4× CPU generating takes ≈ 17 ms and
  // checking ≈ 10 ms of ≈ 100). The answers are on screen well before the click, so the plan for
  // them is made and checked while the browser is idle, and the click takes it if the answers
  // (and the easier-week choice) are still the same; otherwise it makes the plan as before.
  let ahead = null; // { key, plan }

  /** After the first plan: one line with the answers that shape it, and "Edit". */
  function summary() {
    const { t, profile: p } = ctx;
    const nf = ctx.nf(0);
    const flags = QUESTIONS.filter(([k]) => p[k]).length + (p.jointPain > 0 ? 1 : 0);
    const bits = [
      t('summaryAge', { n: nf.format(p.age) }),
      t('summaryDays', { n: nf.format(p.availableDays.length), minutes: nf.format(p.minutesPerSession) }),
      p.equipment.length ? p.equipment.map((e) => t(`equipmentShort_${e}`)).join(', ') : t('summaryNoEquipment'),
      t(`levelShort_${p.fitnessLevel}`),
      flags ? t('summarySafety', { n: nf.format(flags) }) : t('summaryNoSafety'),
    ];
    const edit = h('button', { type: 'button', part: 'button', 'data-focus': 'p-edit', 'aria-describedby': `${ctx.idPrefix}-summary` }, t('editProfile'));
    edit.addEventListener('click', () => {
      editing = true;
      build();
      element.querySelector('[data-focus="p-age"]')?.focus();
    });
    element.replaceChildren(h('div', { class: 'summary', 'data-testid': 'profile-summary' },
      h('p', { id: `${ctx.idPrefix}-summary`, text: bits.join(' · ') }), edit));
    read = () => ctx.profile;
    builtFor = key(ctx, editing);
  }

  function build() {
    // Planning questions only when the schedule is shown; weight only for the calculator.
    const planning = ctx.sections?.includes('schedule') ?? true;
    if (planning && ctx.plan && !editing) {
      summary();
      return;
    }
    const { t, idPrefix: id, profile: p, lang, units } = ctx;
    const food = ctx.sections?.includes('calculator') ?? true;
    const weekday = ctx.df({ weekday: 'long' });
    const changed = () => ctx.setProfile(read());
    const number = (name, label, value, attrs, hint) => {
      const input = h('input', { type: 'number', id: `${id}-${name}`, name, value, inputmode: 'numeric', 'data-focus': `p-${name}`, 'aria-describedby': hint ? `${id}-${name}-hint` : null, ...attrs });
      input.addEventListener('change', changed);
      return h('div', { class: 'field' }, h('label', { for: input.id, text: label }), input,
        hint ? h('p', { class: 'hint', id: `${id}-${name}-hint`, text: hint }) : null);
    };
    const check = (name, value, label, checked, extra = {}) => {
      const input = h('input', { type: 'checkbox', id: `${id}-${name}-${value}`, name, value, 'data-focus': `p-${name}-${value}`, ...extra });
      input.checked = checked;
      input.addEventListener('change', changed);
      return h('div', { class: 'check' }, input, h('label', { for: input.id, text: label }));
    };
    const radio = (name, value, label, checked) => {
      const input = h('input', { type: 'radio', id: `${id}-${name}-${value}`, name: `${id}-${name}`, value, 'data-focus': `p-${name}-${value}` });
      input.checked = checked;
      input.addEventListener('change', changed);
      return h('div', { class: 'check' }, input, h('label', { for: input.id, text: label }));
    };

    const weight = units === 'us' ? Math.round(p.weightKg * LB_PER_KG) : Math.round(p.weightKg * 10) / 10;
    const sexSelect = h('select', { id: `${id}-sex`, name: 'sex', 'data-focus': 'p-sex' },
      h('option', { value: 'female', text: t('sexFemale') }), h('option', { value: 'male', text: t('sexMale') }));
    sexSelect.value = p.sex;
    sexSelect.addEventListener('change', changed);

    const days = orderedDays(ctx.weekStart).map((d) =>
      check('day', d, weekday.format(new Date(2024, 0, 1 + DAYS.indexOf(d))), p.availableDays.includes(d)));
    const pain = h('input', { type: 'range', id: `${id}-jointPain`, name: 'jointPain', min: '0', max: '10', step: '1', value: String(p.jointPain), 'data-focus': 'p-jointPain', 'aria-describedby': `${id}-jointPain-hint` });
    const painValue = h('output', { class: 'pain-value', for: pain.id, text: ctx.nf(0).format(p.jointPain) });
    pain.addEventListener('input', () => { painValue.textContent = ctx.nf(0).format(Number(pain.value)); });
    pain.addEventListener('change', changed);

    const deload = h('input', { type: 'checkbox', id: `${id}-deload`, 'data-focus': 'p-deload', 'aria-describedby': `${id}-deload-hint` });
    deload.checked = ctx.planOptions?.deload === true;
    deload.addEventListener('change', () => ctx.setPlanOptions({ deload: deload.checked }));

    const status = h('p', { class: 'status', role: 'status', 'data-testid': 'profile-status' });
    const generate = h('button', { type: 'submit', class: 'primary generate', part: 'button', 'data-focus': 'p-generate', text: t('makePlan') });

    // First use: one step at a time, Back and Next between them. Editing later: all at once.
    const wizard = planning && !ctx.plan && !editing;
    const stepTitle = h('p', { class: 'step-title', id: `${id}-step`, tabindex: '-1', 'data-focus': 'p-step', 'aria-live': 'polite' });
    const back = h('button', { type: 'button', part: 'button', 'data-focus': 'p-back', text: t('stepBack') });
    const nextStep = h('button', { type: 'button', class: 'primary', part: 'button', 'data-focus': 'p-next', text: t('stepNext') });
    const done = h('button', { type: 'button', part: 'button', 'data-focus': 'p-done', text: t('editDone') });
    back.addEventListener('click', () => showStep(step - 1, 'p-step'));
    nextStep.addEventListener('click', () => showStep(step + 1, 'p-step'));
    done.addEventListener('click', () => {
      editing = false;
      build();
      element.querySelector('[data-focus="p-edit"]')?.focus();
    });
    const stepsNav = wizard
      ? h('div', { class: 'actions steps-nav' }, back, nextStep)
      : ctx.plan ? h('div', { class: 'actions' }, done) : null;
    const form = h('form', { novalidate: true, 'aria-describedby': `${id}-profile-intro` },
      h('p', { id: `${id}-profile-intro`, text: t(wizard ? 'profileIntroSteps' : 'profileIntro') }),
      wizard ? stepTitle : null,
      h('div', { class: 'profile-grid' },
        h('fieldset', { 'data-step': '0' },
          h('legend', { text: t('aboutYouLegend') }),
          number('age', t('ageLabel'), p.age, { min: '18', max: '110', step: '1' }),
          h('div', { class: 'field' }, h('label', { for: sexSelect.id, text: t('sexLabel') }), sexSelect),
          food && number('weight', t(units === 'us' ? 'weightLabelLb' : 'weightLabelKg'), weight, { min: '20', max: units === 'us' ? '880' : '400', step: 'any', inputmode: 'decimal' }, t('weightHint')),
          planning && h('fieldset', {}, h('legend', { text: t('levelLegend') }),
            ...LEVELS.map((l) => radio('level', l, t(`level_${l}`), p.fitnessLevel === l)))),
        planning && h('fieldset', { 'data-step': '1' },
          h('legend', { text: t('timeLegend') }),
          h('fieldset', {}, h('legend', { text: t('daysLegend') }), h('div', { class: 'days' }, ...days)),
          number('minutes', t('minutesLabel'), p.minutesPerSession, { min: '10', max: '180', step: '5' }, t('minutesHint')),
          h('fieldset', {}, h('legend', { text: t('equipmentLegend') }),
            h('p', { class: 'hint', text: t('equipmentHint') }),
            ...EQUIPMENT.map((e) => check('equipment', e, t(`equipment_${e}`), p.equipment.includes(e)))))),
      planning && h('div', { 'data-step': '2' }, h('fieldset', { class: 'safety' },
        h('legend', { text: t('safetyLegend') }),
        h('p', { class: 'safety-intro', text: t('safetyIntro') }),
        ...QUESTIONS.map(([key, q, hint]) => h('div', { class: 'question' },
          check('flag', key, t(q), p[key] === true, { 'aria-describedby': `${id}-${key}-hint` }),
          h('p', { class: 'hint', id: `${id}-${key}-hint`, text: t(hint) }))),
        h('div', { class: 'question' },
          h('label', { for: pain.id, text: t('qJointPain') }),
          h('div', { class: 'pain-row' }, pain, painValue),
          h('p', { class: 'hint', id: `${id}-jointPain-hint`, text: t('hJointPain') }))),
      h('div', { class: 'check' }, deload, h('label', { for: deload.id, text: t('deloadLabel') })),
      h('p', { class: 'hint', id: `${id}-deload-hint`, text: t('deloadHint') }),
      h('p', { class: 'care-team', text: t('careTeamBeforeStart') }),
      ctx.plan ? h('p', { class: 'hint', text: t('newPlanHint') }) : null,
      generate),
      planning && stepsNav,
      status);

    const options = () => (deload.checked ? { deloadEvery: DELOAD_EVERY } : {});
    const answersKey = (profile) => JSON.stringify([profile, options()]);
    const prepare = () => {
      if (!planning || (wizard && step < STEPS - 1)) return;
      whenIdle(() => {
        if (!generate.isConnected) return;
        const profile = read();
        const key = answersKey(profile);
        if (ahead?.key === key) return;
        try {
          const plan = ctx.core.generatePlan(profile, options());
          engine.check(ctx.core, profile, plan);
          ahead = { key, plan };
        } catch {
          ahead = null; // the click makes the plan and shows what is wrong
        }
      });
    };
    form.addEventListener('change', prepare);

    function showStep(n, focus) {
      step = Math.min(Math.max(0, n), STEPS - 1);
      prepare();
      if (!wizard) return;
      for (const el of form.querySelectorAll('[data-step]')) el.hidden = Number(el.dataset.step) !== step;
      const legend = form.querySelector(`[data-step="${step}"] legend`)?.textContent ?? '';
      stepTitle.textContent = t('stepOf', { n: ctx.nf(0).format(step + 1), total: ctx.nf(0).format(STEPS), title: legend });
      back.hidden = step === 0;
      nextStep.hidden = step === STEPS - 1;
      if (focus) form.querySelector(`[data-focus="${focus}"]`)?.focus();
    }

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      // Enter in an early step goes on to the next step.
      if (wizard && step < STEPS - 1 && event.submitter !== generate) {
        showStep(step + 1, 'p-step');
        return;
      }
      const profile = read();
      const key = answersKey(profile);
      // The tap is answered by the button's busy look; the new plan is drawn right after that frame.
      ctx.paintFirst();
      generate.setAttribute('aria-busy', 'true');
      ctx.setProfile(profile);
      try {
        const plan = ahead?.key === key ? ahead.plan : ctx.core.generatePlan(profile, options());
        ahead = null;
        status.className = 'status';
        status.textContent = t('planReady');
        editing = false;
        // The plan starts this week unless the person chose a start: Today and the calendar
        // need a fixed week 1, not one that moves with the clock.
        if (!ctx.startDate) ctx.setStartDate(isoDate(new Date()));
        ctx.setPlan(plan);
        ctx.showTab('week');
        ctx.announce(t('planReady'));
        ctx.focus('schedule-heading');
      } catch (err) {
        generate.removeAttribute('aria-busy');
        status.className = 'status error';
        status.textContent = t('planFailed', { message: ctx.problem(err) });
      }
    });

    read = () => {
      const val = (name) => form.querySelector(`[name="${name}"]`)?.valueAsNumber ?? Number.NaN;
      const checked = (name) => [...form.querySelectorAll(`input[name="${name}"]:checked`)].map((x) => x.value);
      const flags = checked('flag');
      const w = val('weight');
      const next = {
        age: val('age'),
        sex: sexSelect.value,
        weightKg: Number.isFinite(w) ? (units === 'us' ? Math.round((w / LB_PER_KG) * 10) / 10 : w) : ctx.profile.weightKg,
        availableDays: planning ? checked('day') : ctx.profile.availableDays,
        minutesPerSession: val('minutes'),
        equipment: planning ? checked('equipment') : ctx.profile.equipment,
        fitnessLevel: form.querySelector(`input[name="${id}-level"]:checked`)?.value ?? ctx.profile.fitnessLevel,
        jointPain: planning ? Number(pain.value) : ctx.profile.jointPain,
      };
      for (const [key] of QUESTIONS) next[key] = planning ? flags.includes(key) : ctx.profile[key];
      // Blank or out-of-range numbers keep the last good value (cleanProfile does the same).
      for (const k of ['age', 'minutesPerSession']) if (!Number.isFinite(next[k])) next[k] = ctx.profile[k];
      return next;
    };
    element.replaceChildren(form);
    showStep(step);
    builtFor = key(ctx, editing);
  }

  return {
    element,
    update(next) {
      ctx = next;
      if (builtFor !== key(ctx, editing)) build();
    },
    /** Forgets the form so the next update rebuilds it from ctx.profile (after import or delete). */
    reset() {
      builtFor = '';
      editing = false;
      step = 0;
    },
  };
}
