/**
 * Nombres en español (latinoamericano, como en la literatura en español de AA y NA) de las
 * características canónicas (ver `model/features.ts`). El tipo `Record<FeatureKey, …>` obliga a que
 * cada característica tenga nombre. Los idiomas (`language:xx`) se nombran con `Intl.DisplayNames`.
 */
import type { FeatureKey } from '../model/features.js';
import type { FeatureText } from './features-en.js';

export const FEATURES_ES: Readonly<Record<FeatureKey, FeatureText>> = Object.freeze({
  open: {
    name: 'Abierta',
    description: 'Cualquier persona puede asistir, incluidos familiares, amigos y curiosos.',
  },
  closed: {
    name: 'Cerrada',
    description:
      'Para quienes desean dejar de beber o de consumir; en grupos de familiares como Al-Anon, para quienes se ven afectados por el consumo de otra persona.',
  },
  'restricted-access': {
    name: 'Acceso restringido',
    description:
      'Se realiza en un lugar de entrada limitada, como un hospital o un centro penitenciario; consulte antes de ir.',
  },

  wheelchair: {
    name: 'Acceso para silla de ruedas',
    description: 'Se puede llegar a la sala sin escalones.',
  },
  'wheelchair-bathroom': {
    name: 'Baño accesible',
    description: 'Hay un baño accesible para silla de ruedas.',
  },
  'sign-language': {
    name: 'Lengua de señas',
    description: 'Se realiza en lengua de señas o con interpretación a ella.',
  },
  'deaf-hard-of-hearing': {
    name: 'Sordera / hipoacusia',
    description: 'Preparada para recibir a personas sordas o con pérdida auditiva.',
  },
  'visually-impaired': {
    name: 'Ceguera / baja visión',
    description: 'Preparada para recibir a personas ciegas o con baja visión.',
  },
  'fragrance-free': {
    name: 'Sin fragancias',
    description: 'Por favor, no use perfume, colonia ni otros aromas.',
  },

  women: { name: 'Mujeres' },
  men: { name: 'Hombres' },
  'young-people': {
    name: 'Jóvenes',
    description: 'Pensada para personas jóvenes en recuperación.',
  },
  alateen: {
    name: 'Alateen',
    description: 'Reuniones de Al-Anon para adolescentes afectados por la forma de beber de otra persona.',
  },
  seniors: {
    name: 'Personas mayores',
    description: 'Pensada para personas mayores en recuperación.',
  },
  beginners: {
    name: 'Recién llegados',
    description: 'Pensada para quienes empiezan su recuperación; una buena primera reunión.',
  },
  lgbtq: { name: 'LGBTQ+' },
  gay: { name: 'Gay' },
  lesbian: { name: 'Lesbianas' },
  bisexual: { name: 'Bisexuales' },
  transgender: { name: 'Personas trans' },
  'non-binary': { name: 'Personas no binarias' },
  'people-of-color': { name: 'Personas de color' },
  indigenous: {
    name: 'Indígenas',
    description: 'Pensada para personas indígenas y nativas americanas.',
  },
  professionals: {
    name: 'Profesionales',
    description: 'Pensada para personas con profesiones como la medicina o el derecho.',
  },
  secular: {
    name: 'Secular',
    description: 'Para ateos, agnósticos y quienes prefieren un enfoque no religioso.',
  },
  parents: {
    name: 'Padres y madres',
    description: 'Para padres y madres de alguien con problemas con la bebida o las drogas.',
  },
  'adult-children': {
    name: 'Hijos adultos',
    description: 'Pensada para adultos que crecieron con el alcoholismo o la adicción de uno de sus padres.',
  },
  'dual-diagnosis': {
    name: 'Diagnóstico dual',
    description: 'Para personas que viven con una adicción y, a la vez, un problema de salud mental.',
  },

  speaker: {
    name: 'Orador',
    description: 'Uno o más miembros comparten su historia.',
  },
  discussion: {
    name: 'Discusión',
    description: 'Los miembros comparten por turnos sobre un tema.',
  },
  'question-and-answer': {
    name: 'Preguntas y respuestas',
    description: 'Los miembros responden preguntas sobre la recuperación, a menudo de recién llegados.',
  },
  'step-study': {
    name: 'Estudio de pasos',
    description: 'Se estudia uno de los Doce Pasos.',
  },
  'tradition-study': {
    name: 'Estudio de tradiciones',
    description: 'Se estudia una de las Doce Tradiciones.',
  },
  'concept-study': {
    name: 'Estudio de conceptos',
    description: 'Se estudian los Doce Conceptos de servicio.',
  },
  literature: {
    name: 'Estudio de literatura',
    description: 'Se leen y comentan los libros o folletos de la comunidad.',
  },
  meditation: {
    name: 'Meditación',
    description: 'Incluye un tiempo de meditación en silencio.',
  },
  'eleventh-step': {
    name: 'Meditación del Paso 11',
    description: 'Meditación y reflexión sobre el Undécimo Paso.',
  },
  birthday: {
    name: 'Cumpleaños',
    description: 'Se celebran los aniversarios de recuperación de los miembros.',
  },
  'cross-talk': {
    name: 'Comentarios cruzados',
    description: 'Los miembros pueden responder directamente a lo que otros comparten.',
  },

  'big-book': {
    name: 'Libro Grande',
    description: 'Se estudia el libro Alcohólicos Anónimos.',
  },
  'twelve-and-twelve': {
    name: 'Doce Pasos y Doce Tradiciones',
    description: 'Se estudia el libro Doce Pasos y Doce Tradiciones.',
  },
  'as-bill-sees-it': {
    name: 'Como lo ve Bill',
    description: 'Se lee del libro Como lo ve Bill.',
  },
  'daily-reflections': {
    name: 'Reflexiones diarias',
    description: 'Se lee del libro Reflexiones diarias.',
  },
  grapevine: {
    name: 'Grapevine / La Viña',
    description: 'Se lee de las revistas de AA, Grapevine o La Viña.',
  },
  'living-sober': {
    name: 'Viviendo sobrio',
    description: 'Se lee del libro Viviendo sobrio.',
  },

  'basic-text': {
    name: 'Texto Básico',
    description: 'Se estudia el libro Narcóticos Anónimos, el Texto Básico de NA.',
  },
  'just-for-today': {
    name: 'Solo por hoy',
    description: 'Se lee del libro de meditaciones diarias de NA, Solo por hoy.',
  },
  'it-works': {
    name: 'Funciona: cómo y por qué',
    description: 'Se estudia el libro de NA sobre los Doce Pasos y las Doce Tradiciones.',
  },
  'living-clean': {
    name: 'Vivir limpios',
    description: 'Se estudia el libro de NA Vivir limpios: el viaje continúa.',
  },
  'step-working-guide': {
    name: 'Guía para trabajar los pasos',
    description: 'Se trabajan las preguntas de la Guía para trabajar los pasos de NA.',
  },
  'guiding-principles': {
    name: 'Principios guía',
    description: 'Se estudia el libro de NA Principios guía: el espíritu de nuestras tradiciones.',
  },
  'spiritual-principle-a-day': {
    name: 'Un principio espiritual al día',
    description: 'Se lee del libro diario de NA Un principio espiritual al día.',
  },
  'pamphlet-study': {
    name: 'Estudio de folletos',
    description: 'Se leen y comentan los folletos informativos (IP) de la comunidad.',
  },

  candlelight: { name: 'A la luz de las velas' },
  outdoor: {
    name: 'Al aire libre',
    description: 'Se realiza afuera; vístase según el clima.',
  },
  breakfast: { name: 'Desayuno' },
  smoking: { name: 'Se permite fumar' },
  'non-smoking': { name: 'No se permite fumar' },
  'children-welcome': {
    name: 'Niños bienvenidos',
    description: 'Los niños pueden venir acompañados de su madre, padre o cuidador.',
  },
  babysitting: {
    name: 'Cuidado de niños',
    description: 'Alguien cuida a los niños durante la reunión.',
  },
  'concurrent-al-anon': {
    name: 'Al-Anon a la misma hora',
    description: 'A la misma hora y en el mismo lugar hay una reunión de Al-Anon para familiares y amigos.',
  },
  'concurrent-alateen': {
    name: 'Alateen a la misma hora',
    description: 'A la misma hora y en el mismo lugar hay una reunión de Alateen para adolescentes.',
  },
  'concurrent-aa': {
    name: 'AA a la misma hora',
    description: 'A la misma hora y en el mismo lugar hay una reunión de AA.',
  },
  'digital-basket': {
    name: 'Canasta digital',
    description: 'Las contribuciones voluntarias (Séptima Tradición) se pueden hacer en línea.',
  },
  'proof-of-attendance': {
    name: 'Constancia de asistencia',
    description: 'Se puede confirmar su asistencia, por ejemplo para un juzgado o un programa de tratamiento.',
  },
});
