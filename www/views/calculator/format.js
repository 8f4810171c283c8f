// Formatting for display (the numbers come from the core) and the small controls every form shares.
// Part of the calculator view (www/views/calculator.js): `v` is the view's shared state
// (ctx, intake, refs, ui, …) and the other sections' functions.
import { h } from '../../dom.js';

export function createFormat(v) {
  const { t } = v;

  const fmt = (value) => {
    if (value === null || value === undefined || Number.isNaN(value)) return '—';
    return v.ctx.nf(Math.abs(value) >= 20 ? 0 : 1).format(value);
  };
  const unitLabel = (unit) => t(`unit.${unit}`);
  const amountText = (nutrient, value, unit) => {
    const base = `${fmt(value)} ${unitLabel(unit)}`;
    if (nutrient !== 'vitaminD' || value === null || value === undefined) return base;
    let iu;
    try {
      iu = v.ctx.core.vitaminDToIu(value);
    } catch {
      return base;
    }
    return t('calc.vitaminDWithIu', { amount: base, iu: v.ctx.nf(0).format(iu) });
  };
  const nutrientName = (id) => t(`nutrient.${id}`);
  /** The nutrient's name inside a sentence ("where your vitamin D comes from"). */
  const nutrientWord = (id) => {
    const name = nutrientName(id);
    return name.charAt(0).toLocaleLowerCase(v.ctx.lang) + name.slice(1);
  };

  function getFood(id) {
    if (!v.foods.has(id)) {
      try {
        v.foods.set(id, v.ctx.core.getFood(id));
      } catch {
        v.foods.set(id, null);
      }
    }
    return v.foods.get(id);
  }
  const foodName = (food) => (food ? (v.ctx.lang === 'es' ? food.nameEs || food.name : food.name) : t('calc.unknownFood'));
  /** Ounces for US units, or null (metric, or grams the core v.rejects, e.g. a broken import). */
  const ouncesOf = (grams) => {
    if (v.ctx.units !== 'us') return null;
    try {
      return v.ctx.core.gramsToOunces(grams);
    } catch {
      return null;
    }
  };
  const gramsToDisplay = (grams) => {
    const oz = ouncesOf(grams);
    return oz === null ? `${fmt(grams)} ${t('unit.g')}` : `${fmt(oz)} ${t('unit.oz')}`;
  };
  /** A portion with its weight: "1 cup (244 g)"; in US units "1 cup (8.6 oz)". A label that
   *  already says that weight ("1 oz", "1 container (6 oz)") shows it once, not "1 oz (1 oz)". */
  const portionText = (portion, food) => {
    const label = measureLabel(food, portion.label);
    const weight = gramsToDisplay(portion.grams);
    return mentions(label, weight) ? label : `${label} (${weight})`;
  };
  /** Whether `text` holds `words` as whole words ("1 oz" is in "1 oz, raw", not in "11 oz"). */
  const mentions = (text, words) => {
    const escaped = words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(^|[^\\p{L}\\p{N}.,])${escaped}(?![\\p{L}\\p{N}])`, 'iu').test(text);
  };
  /** The food's portions an entry can name: its usual serving first, then SR28's others. */
  const portionsOf = (food) => {
    const serving = food?.serving;
    const sr28 = food?.portions ?? [];
    return serving ? [{ label: serving.label, grams: serving.grams }, ...sr28.filter((p) => p.label !== serving.label)] : sr28;
  };
  /** A portion's label in the person's language: the usual serving's own Spanish label, or
   *  the SR28 measure through portionLabel(). */
  const measureLabel = (food, label) => {
    if (v.ctx.lang !== 'es') return label;
    // One Spanish wording per SR28 measure: the core's, also when it is the usual serving.
    const sr28 = food?.portions?.find((p) => p.label === label)?.labelEs;
    if (sr28) return sr28;
    const serving = food?.serving;
    if (serving && serving.label === label) return serving.labelEs || label;
    return portionLabel(label);
  };

  /** An SR28 household measure in the person's language: the core's Spanish label of that
   *  portion ("1 cup, chopped" → "1 taza, picado"); otherwise as SR28 prints it. Display only:
   *  the saved entry keeps SR28's label, which is what the core looks portions up by. */
  function portionLabel(label) {
    if (v.ctx.lang !== 'es') return label;
    for (const food of v.foods.values()) {
      const spanish = food?.portions?.find((p) => p.label === label)?.labelEs;
      if (spanish) return spanish;
    }
    return label;
  }
  const perText = (per) => t(per === 'week' ? 'calc.perWeek' : 'calc.perDay');
  /** The amount typed in `input` when it is a number above zero, else null. */
  const positiveValue = (input) => {
    const n = Number(input.value);
    return input.value.trim() !== '' && n > 0 ? n : null;
  };

  /** What an entry is: the food's name, or "Supplement: vitamin D". */
  function entryName(entry) {
    return entry.supplement ? t('calc.supplementName', { nutrient: nutrientWord(entry.supplement) }) : foodName(getFood(entry.foodId));
  }

  /** The whole entry in one line, for lists and announcements ("Milk, whole: 2 × 1 cup (244 g) per week"). */
  function entryLabel(entry) {
    return t('calc.entryLabel', { name: entryName(entry), detail: describeEntry(entry) });
  }

  /** How much and how often, in the person's words ("2 × 1 cup (244 g) per week"). */
  function describeEntry(entry) {
    if (entry.supplement) {
      return t('calc.supplementEntry', {
        nutrient: nutrientWord(entry.supplement),
        amount: fmt(entry.amount),
        unit: unitLabel(entry.unit === 'ug' ? 'µg' : entry.unit),
        per: perText(entry.per),
      });
    }
    const food = getFood(entry.foodId);
    if (entry.portion !== undefined) {
      const portion = portionsOf(food).find((p) => p.label === entry.portion);
      return t('calc.portionEntry', {
        food: foodName(food),
        servings: fmt(entry.servings),
        portion: portion ? portionText(portion, food) : entry.portion,
        per: perText(entry.per),
      });
    }
    return t('calc.weightEntry', { food: foodName(food), weight: gramsToDisplay(entry.grams), per: perText(entry.per) });
  }


  function perSelect(id, value) {
    const select = h('select', { id, name: 'per' },
      h('option', { value: 'day', text: t('calc.perDay') }),
      h('option', { value: 'week', text: t('calc.perWeek') }));
    select.value = value === 'week' ? 'week' : 'day';
    return select;
  }

  return { fmt, unitLabel, amountText, nutrientName, nutrientWord, getFood, foodName, ouncesOf, gramsToDisplay, portionText, portionsOf, measureLabel, portionLabel, perText, positiveValue, entryName, entryLabel, describeEntry, perSelect };
}
