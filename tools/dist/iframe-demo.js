// Host-page side of the iframe embed: size the iframe to the height the frame reports.
// Copy this into your site; keep the source check so other frames cannot resize it.
const frame = document.getElementById('osteoplan-frame');
window.addEventListener('message', (event) => {
  if (event.source !== frame.contentWindow) return;
  const { type, height } = event.data ?? {};
  if (type !== 'osteoplan:height' || !Number.isFinite(height) || height <= 0) return;
  frame.height = String(Math.ceil(height));
  frame.dataset.sized = 'true';
});
