// All Spanish strings, one place per language: common, schedule and calculator keys (no key twice).
import common from './es/common.js';
import schedule from './es/schedule.js';
import calculator from './es/calculator.js';
import today from './es/today.js';

export default { ...common, ...schedule, ...today, ...calculator };
