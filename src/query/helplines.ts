/**
 * The helplines of the listings shown: each distinct entity's dialable number, named by whose line it
 * is, once per number, the ones behind the most listings first. When nothing is listed, the
 * helplines of every listing loaded: a person who found nothing still needs a number to call.
 */
import type { Meeting, ServiceEntity } from '../model/meeting.js';
import { memoLast } from './memo-last.js';

export interface Helpline {
  /** Whose line it is ("West Tennessee Area"). */
  name: string;
  /** As the feed wrote it. */
  text: string;
  tel: string;
}

/** A meeting's entity: its own (Meeting Guide), else its service body's (BMLT, once loaded). */
export type EntityOf = (meeting: Meeting) => ServiceEntity | undefined;

/** At most this many: beyond it, a list of numbers stops helping someone in a hurry. */
export const HELPLINE_LIMIT = 4;

/**
 * Each meeting's entity with a dialable number, as a small integer, found once per feed (and again
 * when BMLT service bodies arrive): counting the listings behind each line is then one typed-array
 * increment per listing, not a lookup and a Map update (at 200,000 listings that was a quarter of a
 * keystroke's work).
 */
export interface HelplineIndex {
  readonly meetings: number;
  /** By meeting position: an index into `entities`, or -1 (no entity, or one without a number). */
  readonly entityIds: Int32Array;
  readonly entities: readonly ServiceEntity[];
}

export function helplineIndex(meetings: readonly Meeting[], entityOf: EntityOf): HelplineIndex {
  const ids = new Map<ServiceEntity, number>();
  const entities: ServiceEntity[] = [];
  const entityIds = new Int32Array(meetings.length).fill(-1);
  for (let i = 0; i < meetings.length; i++) {
    const entity = entityOf(meetings[i]!);
    if (!entity?.phone?.tel) continue;
    let id = ids.get(entity);
    if (id === undefined) {
      ids.set(entity, (id = entities.length));
      entities.push(entity);
    }
    entityIds[i] = id;
  }
  return { meetings: meetings.length, entityIds, entities };
}

/** The helplines of the listings at `positions` (of every listing when there are none). */
export function helplinesIn(index: HelplineIndex, positions: ArrayLike<number>, limit = HELPLINE_LIMIT): Helpline[] {
  const { entityIds, entities } = index;
  if (entities.length === 0) return [];
  // Slot `entities.length` collects the listings without a line, so the loop has no branch.
  const counts = new Uint32Array(entities.length + 1);
  const none = entities.length;
  if (positions.length > 0) {
    for (let i = 0; i < positions.length; i++) {
      const id = entityIds[positions[i]!]!;
      counts[id < 0 ? none : id]!++;
    }
  } else {
    for (let i = 0; i < entityIds.length; i++) {
      const id = entityIds[i]!;
      counts[id < 0 ? none : id]!++;
    }
  }
  const byTel = new Map<string, { line: Helpline; count: number }>();
  for (let id = 0; id < entities.length; id++) {
    const n = counts[id]!;
    if (n === 0) continue;
    const entity = entities[id]!;
    const tel = entity.phone!.tel!;
    const known = byTel.get(tel);
    if (known) known.count += n;
    else byTel.set(tel, { line: { name: entity.name, text: entity.phone!.text, tel }, count: n });
  }
  return [...byTel.values()]
    .sort((a, b) => b.count - a.count || a.line.name.localeCompare(b.line.name))
    .slice(0, limit)
    .map((entry) => entry.line);
}

export function helplinesOf(meetings: readonly Meeting[], positions: ArrayLike<number>, entityOf: EntityOf, limit = HELPLINE_LIMIT): Helpline[] {
  return helplinesIn(helplineIndex(meetings, entityOf), positions, limit);
}

/**
 * The helplines of the listed meetings as a selector: each meeting's line is found once per feed
 * (and again when `bodies`, BMLT's service bodies, arrive), the listings behind each line counted
 * once per list.
 */
export function helplineSelector(entityOf: EntityOf): (meetings: readonly Meeting[], positions: Int32Array, bodies: unknown) => Helpline[] {
  const index = memoLast((meetings: readonly Meeting[], _bodies: unknown) => helplineIndex(meetings, entityOf));
  return memoLast((meetings: readonly Meeting[], positions: Int32Array, bodies: unknown) => helplinesIn(index(meetings, bodies), positions));
}
