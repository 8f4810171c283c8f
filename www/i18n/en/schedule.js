// Schedule strings (en). Keys are used by www/views/schedule.js.
export default {
  scheduleHeading: 'Weekly schedule',
};
