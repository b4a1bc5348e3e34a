/**
 * The strings of "Still possible tonight" and the compact view (`view="next"`): a table of their own,
 * in that view's chunk, so the first load does not carry them. Every locale of `localize.ts` has one;
 * the compiler checks that none is missing a string.
 */
import type { Locale } from './localize.js';

export interface ReachableStrings {
  /** Heading of the meetings a person can still make, in the evening and night… */
  reachableTonight: string;
  /** …and during the day. */
  reachableToday: string;
  /** Heading of the compact view (`view="next"`). */
  nextMeetings: string;
  /** An online meeting under way that can still be joined: "Started 12 min ago". */
  startedAgo: (minutes: number, formatted: string) => string;
  /** A rough travel time: "About 12 min on foot", "About 25 min by car". */
  travelOnFoot: (minutes: number, formatted: string) => string;
  travelByCar: (minutes: number, formatted: string) => string;
  /** Says the travel times are estimates, under the list. */
  travelNote: string;
  /** One-tap actions; visible text, and the accessible name that says which meeting. */
  join: string;
  joinNamed: (name: string) => string;
  call: string;
  callNamed: (name: string) => string;
  directions: string;
  directionsNamed: (name: string) => string;
  /** Nothing can be reached any more. */
  noneReachable: string;
  /** "The next one is Sunrise Serenity, Tomorrow at 7:00 AM." */
  nextOne: (name: string, when: string) => string;
  /** "Tomorrow at 7:00 AM". */
  dayAt: (day: string, time: string) => string;
  /** The compact view's link to the host's full finder page. */
  seeAllMeetings: string;
}

const EN: ReachableStrings = {
  reachableTonight: 'Still possible tonight',
  reachableToday: 'Still possible today',
  nextMeetings: 'Next meetings',
  startedAgo: (minutes, formatted) => (minutes <= 1 ? 'Just started' : `Started ${formatted} min ago`),
  travelOnFoot: (_minutes, formatted) => `About ${formatted} min on foot`,
  travelByCar: (_minutes, formatted) => `About ${formatted} min by car`,
  travelNote: 'Travel times are rough straight-line estimates, not directions.',
  join: 'Join',
  joinNamed: (name) => `Join ${name} online`,
  call: 'Call',
  callNamed: (name) => `Call in to ${name}`,
  directions: 'Directions',
  directionsNamed: (name) => `Directions to ${name}`,
  noneReachable: 'No more meetings tonight that you can reach.',
  nextOne: (name, when) => `The next one is ${name}, ${when}.`,
  dayAt: (day, time) => `${day} at ${time}`,
  seeAllMeetings: 'See all meetings',
};

const ES: ReachableStrings = {
  reachableTonight: 'Todavía a tiempo esta noche',
  reachableToday: 'Todavía a tiempo hoy',
  nextMeetings: 'Próximas reuniones',
  startedAgo: (minutes, formatted) => (minutes <= 1 ? 'Acaba de empezar' : `Empezó hace ${formatted} min`),
  travelOnFoot: (_minutes, formatted) => `Unos ${formatted} min a pie`,
  travelByCar: (_minutes, formatted) => `Unos ${formatted} min en coche`,
  travelNote: 'Los tiempos de viaje son estimaciones aproximadas en línea recta, no indicaciones de ruta.',
  join: 'Unirse',
  joinNamed: (name) => `Unirse a ${name} en línea`,
  call: 'Llamar',
  callNamed: (name) => `Llamar a ${name}`,
  directions: 'Cómo llegar',
  directionsNamed: (name) => `Cómo llegar a ${name}`,
  noneReachable: 'Esta noche ya no quedan reuniones a las que pueda llegar.',
  nextOne: (name, when) => `La próxima es ${name}, ${when}.`,
  dayAt: (day, time) => `${day}, ${time}`,
  seeAllMeetings: 'Ver todas las reuniones',
};

export const REACHABLE_STRINGS: Readonly<Record<Locale, ReachableStrings>> = { en: EN, es: ES };
