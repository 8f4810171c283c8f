// The food table (USDA SR28, 751 foods) is a file of its own beside the wasm, `foods.tsv`,
// not part of the wasm: a page that shows only the schedule never downloads it, and the
// schedule never waits for it. The core checks that the text is the table it was built with.
//
// Unbundled, this module sits in www/ and the build output in www/pkg/; `make bundle`
// (tools/build.mjs) puts the element beside foods.tsv and rewrites the path, and the
// single-file build replaces this module with one that returns the table inlined.

/** The table's text, from beside the wasm; rejects on a network error or an HTTP error status. */
export async function fetchFoodTable() {
  const response = await fetch(new URL('./pkg/foods.tsv', import.meta.url));
  if (!response.ok) throw new Error(`foods.tsv: HTTP ${response.status}`);
  return response.text();
}
