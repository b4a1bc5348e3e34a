/**
 * What "Still possible tonight" and the compact view (`view="next"`) say: the `reachable` part of
 * each language's catalog.
 */
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
