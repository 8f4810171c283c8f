// The element's stylesheet, adopted into each shadow root (no inline <style>: hosts may
// forbid it with CSP style-src 'self'). Custom properties on :host are public API.
export const css = `
:host {
  --osteo-font: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  --osteo-fg: #1d232b;
  --osteo-bg: #ffffff;
  --osteo-muted: #4d5966;
  --osteo-accent: #1f5fa8;
  --osteo-border: #c9d1da;
  --osteo-radius: 8px;
  --osteo-focus: #b3261e;
  --osteo-font-size: 16px;
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
h2 { font-size: 1.25rem; margin: 0 0 .5rem; }
.wrap { display: grid; gap: 1rem; padding: .75rem; }
section { border: 1px solid var(--osteo-border); border-radius: var(--osteo-radius); padding: 1rem; min-width: 0; }
.disclaimer { color: var(--osteo-muted); font-size: .9rem; margin: 0; }
label { display: block; font-weight: 600; margin-bottom: .25rem; }
input { font: inherit; padding: .4rem .5rem; border: 1px solid var(--osteo-muted); border-radius: 4px; width: 10rem; max-width: 100%; color: inherit; background: inherit; }
:focus-visible { outline: 3px solid var(--osteo-focus); outline-offset: 2px; }
.error { color: #b3261e; }
@media (min-width: 800px) { .wrap { grid-template-columns: 1fr 1fr; } .disclaimer { grid-column: 1 / -1; } }
@media (prefers-color-scheme: dark) {
  :host { --osteo-fg: #e8edf2; --osteo-bg: #14181d; --osteo-muted: #aab6c3; --osteo-border: #3a4450; --osteo-accent: #8ab8ff; --osteo-focus: #ffb4ab; }
  .error { color: #ffb4ab; }
}
`;
