/**
 * The normalized meeting: the contract between the feed adapters and everything after them
 * (query, views, export). Adapters turn each format's quirks into this one shape, so no other
 * module ever needs to know which fellowship or which software published a meeting.
 */

/** 0 = Sunday … 6 = Saturday, as in Meeting Guide JSON and `Date#getDay()`. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

import type { Contribution, Feedback, MeetingContact, Phone, ServiceEntity } from './contacts.js';

export type { Contribution, ContributionService, Feedback, MeetingContact, Phone, ServiceEntity } from './contacts.js';

/**
 * How a person can attend. `hybrid` is both in person and online; `inactive` means neither is
 * possible right now (typically a location temporarily closed with no online option).
 */
export type Attendance = 'in_person' | 'online' | 'hybrid' | 'inactive';

export interface Coordinates {
  latitude: number;
  longitude: number;
}

export interface MeetingLocation {
  /** The place's own name ("St. Mark's Church"). */
  name?: string;
  /** One line, as a person would write it on an envelope. */
  formattedAddress?: string;
  street?: string;
  city?: string;
  state?: string;
  postalCode?: string;
  country?: string;
  coordinates?: Coordinates;
  /**
   * True when the feed says the address is only approximate (e.g. a town centre for an online
   * group). Such locations are never shown as an exact point.
   */
  approximate: boolean;
  notes?: string;
  /** Region path from broad to narrow, e.g. ["Shelby County", "Midtown"]. */
  regions: string[];
}

export interface OnlineAccess {
  /** Only `https:`/`http:` URLs are kept. */
  url?: string;
  /** A human label for the host of `url` ("Zoom", "Google Meet"), when it is a known one. */
  provider?: string;
  urlNotes?: string;
  /** Dial-in number as given by the feed, may contain pauses (`,`) and `#`. */
  phone?: string;
  phoneNotes?: string;
}

/** One type code as the feed wrote it, with what we know of it. */
export interface MeetingType {
  /** The feed's own code, e.g. "O", "LGBTQIA", "12x12". */
  code: string;
  /** Canonical feature key when the code maps into the shared vocabulary (e.g. "open"). */
  feature?: string;
  /** The feed's own label for the code, when the feed provides one. */
  label?: string;
  /** The feed's own description of the code (BMLT formats have one). */
  description?: string;
  /** A BMLT world id that maps to no feature (e.g. "VM", "TC", "NC"), kept for attendance and advanced use. */
  worldId?: string;
}

export interface Meeting {
  /** Unique and stable across reloads: source id + the feed's own key (+ day for multi-day rows). */
  id: string;
  /** Which source (feed) this meeting came from. */
  source: string;
  name: string;
  /** Undefined for meetings "by appointment" that have no weekly day. */
  day?: Weekday;
  /** Minutes after local midnight. */
  start?: number;
  end?: number;
  /** IANA zone of the meeting's wall-clock time; undefined when neither feed nor page gave one. */
  timezone?: string;
  attendance: Attendance;
  location: MeetingLocation;
  online: OnlineAccess;
  /** Canonical feature keys (see `model/features.ts`), deduplicated. */
  features: string[];
  /** Every type code of the record, including ones that map to no feature. */
  types: MeetingType[];
  notes?: string;
  group?: string;
  groupNotes?: string;
  /** As given by the feed (Meeting Guide uses "YYYY-MM-DD HH:MM:SS"). */
  updated?: string;
  /** Link back to the source listing (http/https only). */
  url?: string;
  /** Who runs the listing (shared, frozen: one object per entity in a feed). */
  entity?: ServiceEntity;
  /** BMLT: the meeting's service body id; its entity comes from `GetServiceBodies`, later. */
  serviceBody?: string;
  /** The group's own e-mail address (checked), phone and website (http/https). */
  email?: string;
  phone?: Phone;
  website?: string;
  /** Contact people the feed publishes for this meeting. */
  contacts?: MeetingContact[];
  /** 7th Tradition links, built from checked handles. */
  contributions?: Contribution[];
  district?: string;
  /** Where to report a problem with the listing (shared, frozen, like `entity`). */
  feedback?: Feedback;
  /** The original record, untouched, for advanced use. */
  raw: unknown;
}

export type DiagnosticSeverity =
  /** The record could not be shown. */
  | 'error'
  /** The record is shown, but part of it was ignored or guessed. */
  | 'warning';

/** Why a record (or a part of it) was not used; addressed to the site's maintainer, in English. */
export interface Diagnostic {
  severity: DiagnosticSeverity;
  /** Machine-readable reason, e.g. "invalid-day". */
  code: string;
  message: string;
  source: string;
  /** Index of the record in the feed, when the diagnostic is about one record. */
  record?: number;
  /** The record's own key (slug, id) when it has one. */
  key?: string;
  field?: string;
}

/** What an adapter produces from one feed. */
export interface NormalizedFeed {
  meetings: Meeting[];
  diagnostics: Diagnostic[];
  /** Records in the feed, whether or not they became meetings. */
  records: number;
}
