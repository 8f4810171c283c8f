// Results: nutrient bars with drill-down, acid load, and notes.
// Part of the calculator view (www/views/calculator.js): `v` is the view's shared state
// (ctx, intake, refs, ui, …) and the other sections' functions.
import { h } from '../../dom.js';
import { BONE_NUTRIENTS, FALLBACK_PROFILE, GAP_NUTRIENTS, LIMIT_ONLY, OTHER_NUTRIENTS, engineProfile } from './model.js';

export function createResults(v) {
  const { t, pid } = v;

  function renderResults() {
    const { results, profileNote } = v.refs;
    const person = engineProfile(v.ctx.profile);
    profileNote.textContent = person
      ? t('calc.targetsFor', { who: t(`calc.sex.${person.sex}`) ?? person.sex, age: v.ctx.nf(0).format(person.age), weight: person.weightKg ? t('calc.weightKg', { kg: v.ctx.nf(1).format(person.weightKg) }) : '' })
      : t('calc.targetsFallback', { age: v.ctx.nf(0).format(FALLBACK_PROFILE.age), kg: v.ctx.nf(0).format(FALLBACK_PROFILE.weightKg) });
    let analysis;
    let references = {};
    try {
      analysis = v.analysis();
      references = v.ctx.core.referenceIntakes(v.profile(), v.intake.referenceSet) ?? {};
    } catch (err) {
      v.lastAnalysis = null;
      results.replaceChildren(h('p', { class: 'alert', role: 'alert', text: t(err?.code === 'INVALID_PROFILE' ? 'calc.profileProblem' : 'calc.analysisProblem') }));
      v.refs.acid.replaceChildren();
      v.refs.notes.replaceChildren();
      return null;
    }
    const list = (ids) => h('ul', { class: 'nutrients' }, ...ids
      .filter((id) => analysis.nutrients?.[id])
      .map((id) => nutrientRow(id, analysis.nutrients[id], references[id])));
    results.replaceChildren(
      barLegend(),
      h('h4', { text: t('calc.boneNutrients') }), list(BONE_NUTRIENTS),
      h('h4', { text: t('calc.otherNutrients') }), list(OTHER_NUTRIENTS));
    renderAcid(analysis);
    renderNotes(analysis, references);
    v.lastAnalysis = analysis;
    return analysis;
  }

  function barLegend() {
    const swatch = (cls, line) => svg('svg', { viewBox: '0 0 24 12', 'aria-hidden': 'true', focusable: 'false' }, line
      ? svg('line', { class: cls, x1: 12, x2: 12, y1: 0, y2: 12 })
      : svg('rect', { class: cls, x: 0, y: 2, width: 24, height: 8 }));
    return h('p', { class: 'legend', 'aria-hidden': 'true' },
      h('span', {}, swatch('fill'), ` ${t('calc.legendAmount')}`),
      h('span', {}, swatch('target-mark', true), ` ${t('calc.legendTarget')}`),
      h('span', {}, swatch('limit-mark', true), ` ${t('calc.legendLimit')}`));
  }

  function nutrientRow(id, d, ref) {
    const unit = d.unit ?? ref?.unit ?? '';
    const name = v.nutrientName(id);
    const atLeast = d.unknownCount > 0;
    const amount = v.amountText(id, d.amount, unit);
    const hasTarget = d.target !== null && d.target !== undefined && !LIMIT_ONLY.includes(id);
    const valueText = hasTarget
      ? t(atLeast ? 'calc.valueOfTargetAtLeast' : 'calc.valueOfTarget', { amount, target: v.amountText(id, d.target, unit), percent: fmtPercent(d.percentOfTarget) })
      : t(atLeast ? 'calc.valueAtLeast' : 'calc.value', { amount });
    const coreKey = LIMIT_ONLY.includes(id) && statusKeyOf(d.status) !== 'above' ? null : statusKeyOf(d.status);
    // Under an Adequate Intake nothing says the intake is inadequate (IOM): plain words, no alarm.
    const statusKey = coreKey === 'below' && ref?.kind === 'AI' ? 'belowAi' : coreKey;
    const contribId = pid(`contrib-${id}`);
    const buttonId = pid(`n-${id}`);
    const open = v.ui.open.has(id);
    const details = [];
    if (atLeast) details.push(t('calc.coverage', { nutrient: name, known: d.knownCount, total: d.knownCount + d.unknownCount }));
    if (d.upperLimit !== null && d.upperLimit !== undefined) {
      details.push(t(ref?.upperLimitAppliesTo === 'supplements' ? 'calc.upperLimitSupplements' : ref?.upperLimitKind === 'CDRR' ? 'calc.reduceAbove' : 'calc.upperLimit',
        { limit: v.amountText(id, d.upperLimit, unit) }));
    }
    if (id === 'energy') details.push(t('calc.energyNote'));
    if (hasTarget && ref?.targetMax) details.push(t('calc.targetRange', { low: v.amountText(id, d.target, unit), high: v.amountText(id, ref.targetMax, unit) }));
    // The core's notes are English; the one a person must not miss is ours, in both languages.
    if (id === 'vitaminK') details.push(t('calc.noteVitaminK'));
    if (id === 'potassium') details.push(t('calc.notePotassium'));
    if (statusKey === 'belowAi') details.push(t('calc.aiExplain'));
    const source = ref ? t('calc.source', { kind: t(`calc.kind.${ref.kind}`), source: ref.source }) + (ref.unchecked ? ` ${t('calc.unchecked')}` : '') : '';
    const toggle = h('button', {
      type: 'button', class: 'link', id: buttonId, 'aria-expanded': open ? 'true' : 'false', 'aria-controls': contribId,
      // Focus on the name also reads the value and status (the bar itself is decoration).
      'aria-describedby': [pid(`value-${id}`), statusKey ? pid(`status-${id}`) : null].filter(Boolean).join(' '),
      text: name,
      onclick: () => {
        if (v.ui.open.has(id)) v.ui.open.delete(id);
        else v.ui.open.add(id);
        renderResults();
        v.focusById(buttonId);
      },
    });
    return h('li', { class: 'nutrient', 'data-nutrient': id },
      h('div', { class: 'head' },
        h('span', {}, toggle, h('span', { class: 'sr-only', text: `: ${valueText}` })),
        statusKey ? h('span', { class: `status ${statusKey === 'belowAi' ? 'below-ai' : statusKey}`, id: pid(`status-${id}`), 'data-testid': `status-${id}`, text: t(`calc.status.${statusKey}`) }) : null),
      hasTarget ? bar(d, statusKey) : null,
      h('p', { class: 'value', id: pid(`value-${id}`), 'data-testid': `value-${id}`, 'aria-hidden': 'true', text: valueText }),
      details.length || source ? h('p', { class: 'muted', text: [...details, source].filter(Boolean).join(' ') }) : null,
      h('div', { class: 'contrib', id: contribId, hidden: !open }, open ? contributions(id, d, unit) : null));
  }

  /** The core's status ("below" | "meets" | "aboveUpperLimit" | "noTarget") → our string key. */
  function statusKeyOf(status) {
    return { below: 'below', meets: 'meets', aboveUpperLimit: 'above' }[status] ?? null;
  }

  const fmtPercent = (p) => (p === null || p === undefined ? '—' : v.ctx.nf(0).format(p));

  /** An SVG bar in the nutrient's own unit: the viewBox spans 0 … twice the target, so the
   *  browser does the scaling and no geometry arithmetic on amounts happens here. */
  function bar(d, statusKey) {
    const span = d.target * 2;
    const marks = [svg('line', { class: 'target-mark', x1: d.target, x2: d.target, y1: 0, y2: 14 })];
    if (d.upperLimit !== null && d.upperLimit !== undefined && d.upperLimit <= span) {
      marks.push(svg('line', { class: 'limit-mark', x1: d.upperLimit, x2: d.upperLimit, y1: 0, y2: 14 }));
    }
    return svg('svg', { viewBox: `0 0 ${span} 14`, preserveAspectRatio: 'none', 'aria-hidden': 'true', focusable: 'false' },
      svg('rect', { class: 'track', x: 0, y: 3, width: span, height: 8 }),
      svg('rect', { class: `fill${statusKey === 'above' ? ' above' : ''}`, x: 0, y: 3, width: Math.max(0, d.amount ?? 0), height: 8 }),
      ...marks);
  }

  function contributions(id, d, unit) {
    const rows = (d.contributions ?? []).filter((c) => v.intake.entries[c.entryIndex]);
    if (!rows.length) return h('p', { class: 'muted', text: t('calc.noContributions', { nutrient: v.nutrientWord(id) }) });
    const unknown = v.intake.entries
      .map((e, i) => ({ e, i }))
      .filter(({ e, i }) => e.foodId !== undefined && !rows.some((c) => c.entryIndex === i));
    const children = [
      h('p', { class: 'muted', text: t('calc.contributionsHeading', { nutrient: v.nutrientWord(id) }) }),
      h('ol', {}, ...rows.map((c) => h('li', { text: t('calc.contribution', { entry: v.entryLabel(v.intake.entries[c.entryIndex]), amount: v.amountText(id, c.amount, unit) }) }))),
    ];
    if (unknown.length && d.unknownCount > 0) {
      children.push(h('p', { class: 'muted', text: t('calc.noDataFor', { nutrient: v.nutrientWord(id) }) }),
        h('ul', {}, ...unknown.map(({ e }) => h('li', { text: v.entryLabel(e) }))));
    }
    if (GAP_NUTRIENTS.includes(id) && statusKeyOf(d.status) === 'below') {
      children.push(h('button', {
        type: 'button', class: 'secondary', text: t('calc.closeGapFor', { nutrient: v.nutrientWord(id) }),
        onclick: () => {
          v.commit({ ...v.intake, gapNutrient: id });
          v.refs.gapSelect.focus();
        },
      }));
    }
    return children;
  }

  function renderAcid(analysis) {
    const rows = [];
    const unknown = t('calc.notKnown');
    rows.push(h('dt', { text: t('calc.pral') }),
      h('dd', { 'data-testid': 'pral', text: analysis.pral === null || analysis.pral === undefined ? unknown : t('calc.pralValue', { value: v.ctx.nf(1).format(analysis.pral) }) }));
    rows.push(h('dt', { text: t('calc.animalProtein') }),
      h('dd', { 'data-testid': 'animal-protein', text: analysis.animalProtein === null || analysis.animalProtein === undefined ? unknown : `${v.fmt(analysis.animalProtein)} ${v.unitLabel('g')}` }));
    rows.push(h('dt', { text: t('calc.animalProteinToPotassium') }),
      h('dd', { 'data-testid': 'animal-protein-ratio', text: analysis.animalProteinToPotassium === null || analysis.animalProteinToPotassium === undefined ? unknown : t('calc.ratioValue', { value: v.ctx.nf(1).format(analysis.animalProteinToPotassium) }) }));
    if (analysis.antiInflammatoryServings !== undefined) {
      rows.push(h('dt', { text: t('calc.antiInflammatory') }),
        h('dd', { 'data-testid': 'anti-inflammatory', text: v.ctx.nf(1).format(analysis.antiInflammatoryServings) }));
    }
    if (analysis.heartHealthyFatServings !== undefined) {
      rows.push(h('dt', { text: t('calc.heartHealthyFat') }),
        h('dd', { 'data-testid': 'heart-healthy-fat', text: v.ctx.nf(1).format(analysis.heartHealthyFatServings) }));
    }
    const hasFood = v.intake.entries.some((e) => e.foodId !== undefined);
    v.refs.acid.replaceChildren(...[
      h('dl', {}, ...rows),
      analysis.pral === null || analysis.pral === undefined
        ? h('p', { class: 'muted', text: t(hasFood ? 'calc.pralMissingData' : 'calc.pralNeedsFood') })
        : null,
      h('p', { text: t('calc.pralExplain') }),
      h('p', { 'data-testid': 'pral-supplements', text: t('calc.pralSupplements') }),
      h('p', { text: t('calc.ratioExplain') }),
      h('p', { class: 'muted', text: t('calc.acidSource') }),
    ].filter(Boolean));
  }

  /** Which nutrient a warning is about, from its rule id ("vitamin-d-above-ul" → vitaminD). */
  function warningNutrient(w) {
    return String(w.id ?? '').startsWith('vitamin-d') ? 'vitaminD' : '';
  }

  function renderNotes(analysis, references) {
    const notes = [];
    // ESCEO 2014 concerns postmenopausal women: others see the US/Canada DRI, and are told so.
    if (v.intake.referenceSet === 'bone-ai' && references?.vitaminD && references.vitaminD.kind !== 'GUIDELINE') {
      notes.push(h('p', { class: 'note', 'data-testid': 'esceo-not-covered', text: t('calc.esceoNotCovered') }));
    }
    if (v.intake.entries.some((e) => e.supplement === 'potassium')) {
      notes.push(h('p', { class: 'note caution', 'data-testid': 'potassium-supplement-note', text: t('calc.potassiumSupplement') }));
    }
    const share = analysis.oxalateCalciumShare;
    const greens = v.intake.entries.some((e) => e.foodId !== undefined && (v.getFood(e.foodId)?.tags ?? []).includes('high-oxalate'));
    if ((share !== null && share !== undefined && share > 0) || greens) {
      // The widget's number format (es-US in Spanish: "25%", as every other percentage), not Intl's plain `es`.
      const percent = share ? v.ctx.nf(0).format(share * 100) : null;
      notes.push(h('p', { class: 'note caution', 'data-testid': 'oxalate-note', text: percent ? t('calc.oxalateShare', { percent }) : t('calc.oxalateGeneral') }));
    }
    for (const w of analysis.warnings ?? []) {
      // Our own words per rule id (both languages); the core's English message if the id is new.
      const key = `calc.warning.${w.id}`;
      const translated = t(key, { amount: v.amountText(warningNutrient(w), w.amount, w.unit), limit: v.amountText(warningNutrient(w), w.limit, w.unit) });
      const text = translated === key ? `${w.message} ${t('calc.careTeam')}` : translated;
      notes.push(h('p', { class: 'note caution', role: 'note', 'data-testid': 'warning', 'data-code': w.id ?? '' },
        text, w.source ? h('span', { class: 'muted', text: ` (${t('calc.sourceShort', { source: w.source })})` }) : null));
    }
    v.refs.notes.replaceChildren(...notes);
  }

  return { renderResults, barLegend, nutrientRow, statusKeyOf, fmtPercent, bar, contributions, renderAcid, warningNutrient, renderNotes };
}

/** SVG elements need their namespace; attributes go through setAttribute (CSP-safe, no style). */
function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  for (const c of children) node.append(c);
  return node;
}
