// All English strings, one place per language: common, schedule and calculator keys (no key twice).
import common from './en/common.js';
import schedule from './en/schedule.js';
import calculator from './en/calculator.js';
import today from './en/today.js';

export default { ...common, ...schedule, ...today, ...calculator };
