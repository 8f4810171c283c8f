// Calculator strings (en). Keys are used by www/views/calculator.js.
export default {
  calculatorHeading: 'Food calculator',
};
