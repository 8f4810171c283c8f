// The element's stylesheet, adopted into each shadow root (no inline <style>: hosts may
// forbid it with CSP style-src 'self'). Custom properties on :host are public API.
export const css = `
:host {
  --osteo-font: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  --osteo-fg: #1d232b;
  --osteo-bg: #ffffff;
  --osteo-surface: #f3f6f9;
  --osteo-muted: #4d5966;
  --osteo-accent: #1f5fa8;
  --osteo-accent-fg: #ffffff;
  --osteo-border: #8794a3;
  --osteo-radius: 8px;
  --osteo-focus: #b3261e;
  --osteo-font-size: 16px;
  --osteo-stop: #a4161a;
  --osteo-warning: #7a4b00;
  --osteo-info: #1f5fa8;
  --osteo-kind-resistance: #1f5fa8;
  --osteo-kind-aerobic: #2e7d32;
  --osteo-kind-impact: #b34700;
  --osteo-kind-balance: #7b3fa0;
  --osteo-kind-flexibility: #00796b;
  display: block;
  box-sizing: border-box;
  max-width: 100%;
}
:host([hidden]) { display: none; }
/* Type and colour are set on the shadow root's top-level children, not on :host, so a host
   page's global rules (even "* { all: unset }" or !important colours) cannot reach inside.
   Hosts theme through the custom properties above. */
:host > * {
  font: var(--osteo-font-size)/1.5 var(--osteo-font);
  color: var(--osteo-fg);
  background: var(--osteo-bg);
  text-align: start;
  letter-spacing: normal;
}
*, *::before, *::after { box-sizing: inherit; }
[hidden] { display: none !important; }
h2 { font-size: 1.25rem; margin: 0 0 .5rem; }
h3 { font-size: 1.1rem; margin: .75rem 0 .5rem; }
h4 { font-size: 1rem; margin: .5rem 0 .25rem; }
p { margin: .25rem 0 .5rem; }
.wrap { display: grid; gap: 1rem; padding: .5rem; min-width: 0; container-type: inline-size; }
.wrap > section { border: 1px solid var(--osteo-border); border-radius: var(--osteo-radius); padding: 1rem; min-width: 0; }
.disclaimer { color: var(--osteo-muted); font-size: .95rem; margin: 0; }
.muted { color: var(--osteo-muted); }
.hint { color: var(--osteo-muted); font-size: .9rem; margin: .15rem 0 0; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip-path: inset(50%); white-space: nowrap; border: 0; }
label { font-weight: 600; }
.field { margin: 0 0 .75rem; min-width: 0; }
.field > label { display: block; margin-bottom: .25rem; }
input, select, button, textarea { font: inherit; color: inherit; }
input[type=number], input[type=date], input[type=text], select {
  padding: .4rem .5rem; border: 1px solid var(--osteo-border); border-radius: 4px; background: var(--osteo-bg);
  width: 10rem; max-width: 100%; min-height: 2.5rem;
}
input[type=checkbox], input[type=radio] { width: 1.25rem; height: 1.25rem; margin: 0; flex: none; accent-color: var(--osteo-accent); }
input[type=range] { width: 14rem; max-width: 100%; accent-color: var(--osteo-accent); }
fieldset { border: 1px solid var(--osteo-border); border-radius: var(--osteo-radius); margin: 0 0 1rem; padding: .5rem .75rem .75rem; min-width: 0; }
legend { font-weight: 700; padding: 0 .25rem; }
.check { display: flex; align-items: flex-start; gap: .5rem; margin: .35rem 0; }
.check label { font-weight: 400; }
.check input { margin-top: .15rem; }
.inline-checks { display: flex; flex-wrap: wrap; gap: .25rem 1rem; }
.inline-checks .check { margin: .2rem 0; }
.question { margin: 0 0 .75rem; }
.question .check label { font-weight: 600; }
.question .hint { margin-left: 1.75rem; }
button, .button {
  display: inline-flex; align-items: center; justify-content: center; gap: .35rem;
  min-height: 2.5rem; min-width: 2.5rem; padding: .4rem .85rem; border-radius: 6px; cursor: pointer;
  border: 1px solid var(--osteo-accent); background: var(--osteo-bg); color: var(--osteo-accent); font-weight: 600;
  text-decoration: none;
}
button.primary { background: var(--osteo-accent); color: var(--osteo-accent-fg); }
button.danger { border-color: var(--osteo-stop); color: var(--osteo-stop); }
button:disabled { opacity: .6; cursor: not-allowed; }
button[aria-busy=true] { opacity: .7; cursor: progress; }
button:hover:not(:disabled) { text-decoration: underline; }
.actions { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; margin: .5rem 0; }
:focus-visible { outline: 3px solid var(--osteo-focus); outline-offset: 2px; }
.error { color: var(--osteo-stop); font-weight: 600; }
.status:empty { display: none; }
.status { margin: .5rem 0; }
/* Today / Week / Food / Your data: tabs on wide screens, a compact bar on phones. */
.tabs { display: flex; gap: .25rem; border-bottom: 2px solid var(--osteo-accent); }
.tabs [role=tab] { flex: 0 1 auto; border-radius: 6px 6px 0 0; border-bottom: 0; min-height: 2.75rem; padding: .4rem 1.1rem; }
.tabs [role=tab][aria-selected=true] { background: var(--osteo-accent); color: var(--osteo-accent-fg); }
@container (max-width: 30rem) {
  .tabs { gap: .15rem; }
  .tabs [role=tab] { flex: 1 1 auto; padding: .35rem .3rem; font-size: .9rem; min-width: 0; }
}
.profile-grid { display: grid; gap: 0 1.5rem; grid-template-columns: 1fr; }
@container (min-width: 46rem) {
  .profile-grid { grid-template-columns: 1fr 1fr; }
}
@container (max-width: 30rem) {
  .wrap > section { padding: .75rem .6rem; }
  fieldset { padding: .4rem .5rem .6rem; }
}
@media (prefers-color-scheme: dark) {
  :host {
    --osteo-fg: #e8edf2; --osteo-bg: #14181d; --osteo-surface: #1d232b; --osteo-muted: #b4c0cc; --osteo-border: #6b7886;
    --osteo-accent: #8ab8ff; --osteo-accent-fg: #0b1520; --osteo-focus: #ffb4ab;
    --osteo-stop: #ffb4ab; --osteo-warning: #f3c76b; --osteo-info: #8ab8ff;
    --osteo-kind-resistance: #8ab8ff; --osteo-kind-aerobic: #81c784; --osteo-kind-impact: #ffab70;
    --osteo-kind-balance: #d1a3f0; --osteo-kind-flexibility: #6fd3c4;
  }
}
@media (prefers-reduced-motion: reduce) {
  *, *::before, *::after { transition: none !important; animation: none !important; scroll-behavior: auto !important; }
}
@media print {
  :host { --osteo-fg: #000; --osteo-bg: #fff; --osteo-muted: #333; --osteo-border: #555; --osteo-font-size: 11pt; }
  .wrap { padding: 0; gap: .5rem; }
  .wrap > section { border: 0; padding: 0; }
  :focus-visible { outline: none; }
  .no-print, .tabs, [part~=profile], [part~=today], [part~=calculator], [part~=data], .disclaimer { display: none !important; }
  /* The printed week comes from the Week tab whichever tab is open. */
  .wrap > .panel-week[hidden] { display: block !important; }
}
/* Exercise figures (views/figure.js): the core's SVG recoloured through classes. */
svg.figure { display: block; width: auto; max-width: 100%; height: 9rem; color: var(--osteo-fg); overflow: visible; }
svg.figure.figure-small { height: 4.5rem; }
svg.figure.figure-print { float: inline-end; height: 1.6em; margin: -.2em 0 -.2em .4em; }
svg.figure .fig-floor, svg.figure .fig-prop, svg.figure .fig-rod, svg.figure .fig-mat { stroke: var(--osteo-muted); }
svg.figure .fig-prop, svg.figure .fig-mat { fill: var(--osteo-muted); }
svg.figure .fig-band { stroke: var(--osteo-kind-resistance); }
svg.figure .fig-water { fill: var(--osteo-info); }
`;
