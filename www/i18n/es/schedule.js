// Schedule strings (es). Keys are used by www/views/schedule.js.
export default {
  scheduleHeading: 'Horario semanal',
};
