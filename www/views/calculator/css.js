// The calculator view's styles, adopted into the element's shadow root.
export const css = `
.calc { container-type: inline-size; }
.calc h3 { margin: 1.25rem 0 .5rem; }
.calc h3:first-child { margin-top: 0; }
.calc h4 { font-size: 1rem; margin: .75rem 0 .25rem; }
.calc p { margin: .25rem 0 .5rem; }
.calc .muted { color: var(--osteo-muted); font-size: .9rem; }
.calc .sr-only { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip-path: inset(50%); white-space: nowrap; border: 0; }
.calc-grid { display: grid; gap: 0 1.5rem; }
.calc-grid > div { min-width: 0; }
@container (min-width: 720px) { .calc-grid { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); } }
.calc select, .calc input { font: inherit; padding: .4rem .5rem; border: 1px solid var(--osteo-muted); border-radius: 4px; color: inherit; background: var(--osteo-bg); max-width: 100%; }
.calc input[type=number] { width: 6.5rem; }
.calc button { font: inherit; cursor: pointer; border-radius: 4px; padding: .4rem .8rem; border: 1px solid var(--osteo-accent); background: var(--osteo-accent); color: var(--osteo-bg); min-height: 2.25rem; }
.calc button.secondary { background: transparent; color: var(--osteo-accent); }
.calc button.link { background: none; border: none; color: var(--osteo-accent); padding: .25rem 0; text-decoration: underline; min-height: 1.5rem; }
.calc .row { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: end; }
.calc .row > div { display: flex; flex-direction: column; min-width: 0; max-width: 100%; }
.calc fieldset { border: 1px solid var(--osteo-border); border-radius: var(--osteo-radius); padding: .5rem .75rem .75rem; margin: 0 0 .75rem; min-width: 0; }
.calc legend { font-weight: 600; padding: 0 .25rem; }
.calc .check { display: inline-flex; gap: .35rem; align-items: center; font-weight: normal; margin: 0 1rem .25rem 0; }
.calc .check input { width: auto; }
.combo { position: relative; }
.combo input { width: 100%; }
.combo [role=listbox] { list-style: none; margin: .25rem 0 0; padding: .25rem 0; border: 1px solid var(--osteo-border); border-radius: 4px; background: var(--osteo-bg); max-height: 18rem; overflow-y: auto; }
.combo [role=option] { padding: .4rem .6rem; cursor: pointer; }
.combo [role=option] .muted { display: block; font-size: .9rem; }
.combo [role=option][aria-selected=true] { background: var(--osteo-accent); color: var(--osteo-bg); }
.combo [role=option][aria-selected=true] .muted { color: inherit; }
.combo [role=option]:hover { outline: 1px solid var(--osteo-accent); }
.add-food { border: 1px solid var(--osteo-border); border-radius: var(--osteo-radius); padding: .75rem; margin: .75rem 0; }
.add-food h4 { margin-top: 0; }
/* A portion reads in full ("1 cup (244 g) · usual serving"), up to the form's width. */
.add-food select[name=amountKind] { width: auto; }
.calc .alert { color: #b3261e; font-weight: 600; }
.calc .note { border-left: 4px solid var(--osteo-accent); padding: .4rem .75rem; margin: .5rem 0; background: color-mix(in srgb, var(--osteo-accent) 8%, transparent); }
.calc .note.caution { border-left-color: #a65f00; background: color-mix(in srgb, #a65f00 10%, transparent); }
.entries { list-style: none; padding: 0; margin: 0; }
.entries > li { border-bottom: 1px solid var(--osteo-border); padding: .5rem 0; display: flex; flex-wrap: wrap; gap: .25rem .75rem; align-items: center; }
.entries .entry-name { font-weight: 600; flex: 1 1 12rem; }
.entries .entry-name .muted { display: block; font-weight: normal; }
.entries .qty { display: inline-flex; gap: .35rem; align-items: center; }
.nutrients { list-style: none; padding: 0; margin: 0; }
.nutrient { padding: .5rem 0; border-bottom: 1px solid var(--osteo-border); }
.nutrient .head { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 0 .75rem; align-items: baseline; }
.nutrient .head button { font-weight: 600; }
.nutrient .status { font-weight: 600; font-size: .9rem; }
.nutrient .status.above { color: #b3261e; }
.nutrient .status.below-ai { font-weight: 400; }
.nutrient svg { display: block; width: 100%; height: 14px; margin: .25rem 0; }
.calc .track { fill: var(--osteo-border); }
.calc .fill { fill: var(--osteo-accent); }
.calc .fill.above { fill: #b3261e; }
.calc .target-mark { stroke: var(--osteo-fg); stroke-width: 2px; vector-effect: non-scaling-stroke; }
.calc .limit-mark { stroke: #b3261e; stroke-width: 3px; stroke-dasharray: 3 2; vector-effect: non-scaling-stroke; }
.nutrient .contrib { margin: .25rem 0 .25rem 1rem; }
.nutrient .contrib ol { margin: .25rem 0; padding-left: 1.25rem; }
.legend { display: flex; flex-wrap: wrap; gap: .25rem 1rem; font-size: .9rem; color: var(--osteo-muted); }
.legend svg { width: 1.5rem; height: .75rem; vertical-align: middle; }
.suggestions { padding-left: 1.5rem; }
.suggestions li { margin: .5rem 0; }
.suggestions li > span { margin-right: .5rem; }
.suggestions li .muted { display: block; }
.suggestions button { padding: .2rem .7rem; min-height: 2rem; margin-top: .25rem; }
.quick { border: 1px solid var(--osteo-border); border-radius: var(--osteo-radius); padding: .5rem .75rem; margin: .75rem 0; }
.quick summary { font-weight: 600; cursor: pointer; padding: .4rem 0; }
.quick-list { list-style: none; padding: 0; margin: .5rem 0; }
.quick-list > li { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: center; gap: .25rem .75rem; padding: .4rem 0; border-bottom: 1px solid var(--osteo-border); }
.quick-name { flex: 1 1 12rem; }
.quick-name label { font-weight: 600; }
.quick-name .muted { display: block; }
.stepper { display: inline-flex; gap: .35rem; align-items: center; }
.calc .stepper input[type=number] { width: 4rem; text-align: center; }
.calc .stepper button { min-width: 2.75rem; min-height: 2.75rem; font-size: 1.2rem; padding: 0; }
.meals { list-style: none; padding: 0; margin: .5rem 0; }
.meals > li { border-bottom: 1px solid var(--osteo-border); padding: .5rem 0; display: flex; flex-wrap: wrap; gap: .25rem .75rem; align-items: center; }
.meals .entry-name { font-weight: 600; flex: 1 1 12rem; }
.meals .entry-name .muted { display: block; font-weight: normal; }
.save-meal .check { display: flex; margin: .25rem 0; }
.acid dl { display: grid; grid-template-columns: auto 1fr; gap: .25rem .75rem; margin: .25rem 0; }
.acid dt { font-weight: 600; }
.acid dd { margin: 0; }
@media (prefers-color-scheme: dark) {
  .calc .alert, .nutrient .status.above { color: #ffb4ab; }
  .calc .fill.above { fill: #ffb4ab; }
  .calc .limit-mark { stroke: #ffb4ab; }
}
@media (prefers-reduced-motion: no-preference) { .nutrient .fill { transition: width .2s ease-out; } }
`;

