// Saved meals: "Save as a meal" for some of the list's entries ("My breakfast"), and add a
// saved meal again in one step. Meals are part of the saved and exported intake.
// Part of the calculator view (www/views/calculator.js): `v` is the view's shared state
// (ctx, intake, refs, ui, …) and the other sections' functions.
import { h } from '../../dom.js';
import { MAX_MEALS, MAX_MEAL_NAME } from './model.js';

export function createMeals(v) {
  const { t, pid } = v;

  /** Draws the save form (when the list has entries) and the saved meals. */
  function renderMeals() {
    const { meals } = v.refs;
    const parts = [];
    if (v.intake.entries.length) parts.push(saveForm());
    if (v.intake.meals.length) {
      parts.push(h('ul', { class: 'meals', 'aria-label': t('calc.savedMeals') }, ...v.intake.meals.map((meal, i) => {
        const summary = meal.entries.map((e) => v.entryName(e)).join(', ');
        return h('li', { 'data-meal': String(i) },
          h('span', { class: 'entry-name' }, meal.name, h('span', { class: 'muted', text: summary })),
          h('button', { type: 'button', id: pid(`meal-${i}-add`), 'aria-label': t('calc.addMealNamed', { name: meal.name }), text: t('calc.addMeal'), onclick: () => addMeal(i) }),
          h('button', { type: 'button', class: 'secondary', id: pid(`meal-${i}-delete`), 'aria-label': t('calc.deleteMealNamed', { name: meal.name }), text: t('calc.deleteMeal'), onclick: () => deleteMeal(i) }));
      })));
    }
    meals.replaceChildren(...parts);
  }

  function saveForm() {
    // A name typed and not saved yet stays through a redraw (another food added, a language switch).
    const nameInput = h('input', { id: pid('meal-name'), type: 'text', maxlength: String(MAX_MEAL_NAME), autocomplete: 'off', placeholder: t('calc.mealNameExample'),
      value: v.ui.mealName, oninput: () => { v.ui.mealName = nameInput.value; } });
    const boxes = v.intake.entries.map((entry, i) => h('input', { type: 'checkbox', id: pid(`meal-entry-${i}`), value: String(i), checked: true }));
    const error = h('p', { class: 'alert', role: 'alert' });
    const form = h('form', { class: 'save-meal', 'aria-labelledby': pid('meals-heading') },
      h('fieldset', {}, h('legend', { text: t('calc.mealWhich') }),
        ...boxes.map((box, i) => h('label', { class: 'check', for: box.id }, box, v.entryLabel(v.intake.entries[i])))),
      h('div', { class: 'row' },
        h('div', {}, h('label', { for: nameInput.id, text: t('calc.mealName') }), nameInput),
        h('button', { type: 'submit', id: pid('meal-save'), text: t('calc.saveMeal') })),
      error);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const name = nameInput.value.trim();
      const entries = boxes.filter((b) => b.checked).map((b) => v.intake.entries[Number(b.value)]).filter(Boolean);
      if (!name) {
        error.textContent = t('calc.mealNeedsName');
        nameInput.focus();
        return;
      }
      if (!entries.length) {
        error.textContent = t('calc.mealNeedsEntries');
        return;
      }
      if (v.intake.meals.length >= MAX_MEALS) {
        error.textContent = t('calc.mealsFull', { max: MAX_MEALS });
        return;
      }
      const meals = [...v.intake.meals.filter((m) => m.name !== name), { name, entries: entries.map((x) => ({ ...x })) }];
      v.ui.mealName = '';
      v.commit({ ...v.intake, meals }, t('calc.mealSaved', { name }));
      v.focusById(pid(`meal-${meals.length - 1}-add`));
    });
    return form;
  }

  function addMeal(index) {
    const meal = v.intake.meals[index];
    if (!meal) return;
    const entries = [...v.intake.entries, ...meal.entries.map((x) => ({ ...x }))];
    if (v.rejects(entries)) {
      v.announce(t('calc.entryRejected'));
      return;
    }
    v.commit({ ...v.intake, entries }, t('calc.mealAdded', { name: meal.name }));
    v.focusById(pid(`meal-${index}-add`));
  }

  function deleteMeal(index) {
    const meal = v.intake.meals[index];
    if (!meal) return;
    const meals = v.intake.meals.filter((_, i) => i !== index);
    v.commit({ ...v.intake, meals }, t('calc.mealDeleted', { name: meal.name }));
    v.focusById(pid('meals-heading'));
  }

  return { renderMeals };
}
