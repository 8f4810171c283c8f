// Calculator strings (es). Keys are used by www/views/calculator.js.
export default {
  calculatorHeading: 'Calculadora de alimentos',
};
