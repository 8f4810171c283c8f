// English strings for <osteo-plan>. Keys, not sentences, in code; one file per language.
export default {
  title: 'Bone-health planner',
  disclaimer: 'Health education, not medical advice. Check with your care team before you change your exercise, diet or supplements.',
  loading: 'Loading…',
  loadFailed: 'The planner could not load. Please reload the page.',
  vitaminDLabel: 'Vitamin D on your supplement label (µg)',
  vitaminDResult: '{ug} µg of vitamin D is {iu} IU.',
  inputError: 'Please enter a number of 0 or more.',
};
