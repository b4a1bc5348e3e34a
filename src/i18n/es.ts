import type { Strings } from './strings.js';

const meetings = (count: number, formatted: string) => `${formatted} ${count === 1 ? 'reunión' : 'reuniones'}`;

export const ES: Strings = {
  searchLabel: 'Buscar reuniones',
  searchPlaceholder: 'Nombre, lugar, ciudad o tipo',
  meetingsLabel: 'Reuniones',
  loading: 'Cargando reuniones…',
  resultCount: (count, formatted) => (count === 0 ? 'Ninguna reunión' : meetings(count, formatted)),
  resultCountOf: (count, formatted, total) => (count === 0 ? `Ninguna reunión de ${total}` : `${formatted} de ${total} reuniones`),
  noResults: (query) => `Ninguna reunión coincide con «${query}». Pruebe con menos palabras o con otras.`,
  clearSearch: 'Borrar búsqueda',
  today: 'Hoy',
  tomorrow: 'Mañana',
  byAppointment: 'Con cita previa',
  timeNotGiven: 'Hora no indicada',
  timesIn: (zone) => `Horario: ${zone}.`,
  attendance: {
    in_person: 'Presencial',
    online: 'En línea',
    hybrid: 'Presencial y en línea',
    inactive: 'Cerrada temporalmente',
  },
  online: 'En línea',
  joinOnline: (provider) => (provider ? `Entrar por ${provider}` : 'Entrar en línea'),
  dialIn: 'Llamar',
  listing: 'Ficha',
  listingFor: (name) => `Ficha de ${name}`,
  errorTitle: 'No se pudieron cargar las reuniones',
  feedError: {
    network: () => 'No se pudo acceder a la lista de reuniones. Compruebe su conexión e inténtelo de nuevo.',
    timeout: () => 'La lista de reuniones tarda demasiado en responder. Inténtelo de nuevo en un momento.',
    http: ({ status }) => `El servidor de la lista de reuniones respondió con un error${status ? ` (HTTP ${status})` : ''}.`,
    'not-json': () => 'La lista de reuniones respondió con algo que no es una lista de reuniones (no es JSON).',
    'unknown-format': () => 'La lista de reuniones está en un formato que esta página no puede leer.',
    empty: () => 'La lista de reuniones está vacía: ahora no tiene reuniones.',
    'no-valid-records': () => 'No se pudo leer ninguna de las reuniones de la lista.',
    'no-source': () => 'Esta página no tiene una lista de reuniones configurada.',
  },
  retry: 'Reintentar',
  skippedRecords: (count, formatted) => `${formatted} ${count === 1 ? 'ficha no se pudo mostrar' : 'fichas no se pudieron mostrar'}`,
  recordNumber: (number) => `Ficha ${number}`,
};
