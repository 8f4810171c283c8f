// The food search combobox (ARIA 1.2 pattern): typing lists foods, arrows move, Enter picks.
// Part of the calculator view (www/views/calculator.js): `v` is the view's shared state
// (ctx, intake, refs, ui, …) and the other sections' functions.
import { h } from '../../dom.js';
import { SEARCH_LIMIT } from './model.js';

export function createSearch(v) {
  const { t, pid } = v;

  function runSearch() {
    const query = v.refs.search.value.trim();
    v.ui.active = -1;
    if (!query) {
      v.ui.results = [];
      renderOptions();
      v.refs.searchStatus.textContent = '';
      return;
    }
    try {
      v.ui.results = v.ctx.core.searchFoods(query, SEARCH_LIMIT, v.ctx.lang);
    } catch {
      v.ui.results = [];
    }
    renderOptions();
    v.refs.searchStatus.textContent = v.ui.results.length
      ? t('calc.searchCount', { count: v.ui.results.length })
      : t('calc.searchNone', { query });
  }

  function renderOptions() {
    const { listbox, search } = v.refs;
    listbox.replaceChildren(...v.ui.results.map((r, i) => {
      const name = v.ctx.lang === 'es' ? r.nameEs || r.name : r.name;
      const other = v.ctx.lang === 'es' ? r.name : r.nameEs;
      return h('li', {
        role: 'option',
        id: pid(`opt-${i}`),
        'aria-selected': i === v.ui.active ? 'true' : 'false',
        'data-food-id': r.id,
        onmousedown: (e) => e.preventDefault(),
        onclick: () => pick(i),
      }, name, other && other !== name ? h('span', { class: 'muted', lang: v.ctx.lang === 'es' ? 'en' : 'es', text: other }) : null);
    }));
    const open = v.ui.results.length > 0;
    listbox.hidden = !open;
    search.setAttribute('aria-expanded', open ? 'true' : 'false');
    if (v.ui.active >= 0) {
      search.setAttribute('aria-activedescendant', pid(`opt-${v.ui.active}`));
      listbox.children[v.ui.active]?.scrollIntoView?.({ block: 'nearest' });
    } else {
      search.removeAttribute('aria-activedescendant');
    }
  }

  function closeList() {
    v.ui.results = [];
    v.ui.active = -1;
    renderOptions();
  }

  function onSearchKey(e) {
    const n = v.ui.results.length;
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (!n) runSearch();
        if (v.ui.results.length) v.ui.active = (v.ui.active + 1) % v.ui.results.length;
        renderOptions();
        break;
      case 'ArrowUp':
        e.preventDefault();
        if (n) v.ui.active = v.ui.active <= 0 ? n - 1 : v.ui.active - 1;
        renderOptions();
        break;
      case 'Enter':
        e.preventDefault();
        if (n) pick(v.ui.active >= 0 ? v.ui.active : 0);
        break;
      case 'Escape':
        if (n) {
          e.preventDefault();
          closeList();
        } else if (v.refs.search.value) {
          e.preventDefault();
          v.refs.search.value = '';
          v.refs.searchStatus.textContent = '';
        }
        break;
      case 'Tab':
        closeList();
        break;
      default:
    }
  }

  function pick(index) {
    const hit = v.ui.results[index];
    if (!hit) return;
    const food = v.getFood(hit.id);
    if (!food) return;
    v.ui.food = food;
    v.refs.search.value = v.foodName(food);
    closeList();
    v.renderAddForm();
    v.refs.amountKind.focus();
  }

  return { runSearch, renderOptions, closeList, onSearchKey, pick };
}
