// Textos en español para <osteo-plan>. Las mismas claves que en en.js.
export default {
  title: 'Planificador de salud ósea',
  disclaimer: 'Educación para la salud, no consejo médico. Consulte con su equipo de atención antes de cambiar su ejercicio, su dieta o sus suplementos.',
  loading: 'Cargando…',
  loadFailed: 'El planificador no pudo cargarse. Vuelva a cargar la página.',
  vitaminDLabel: 'Vitamina D en la etiqueta de su suplemento (µg)',
  vitaminDResult: '{ug} µg de vitamina D son {iu} UI.',
  inputError: 'Escriba un número igual o mayor que 0.',
};
