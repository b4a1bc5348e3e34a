/**
 * The helplines of the listings shown: each distinct entity's dialable number, named by whose line it
 * is, once per number, the ones behind the most listings first. When nothing is listed, the
 * helplines of every listing loaded: a person who found nothing still needs a number to call.
 */
import type { Meeting, ServiceEntity } from '../model/meeting.js';

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

export function helplinesOf(meetings: readonly Meeting[], positions: ArrayLike<number>, entityOf: EntityOf, limit = HELPLINE_LIMIT): Helpline[] {
  // Entities are shared objects, so counting by identity is one Map lookup per meeting.
  const counts = new Map<ServiceEntity, number>();
  const count = (meeting: Meeting | undefined) => {
    const entity = meeting && entityOf(meeting);
    if (entity?.phone?.tel) counts.set(entity, (counts.get(entity) ?? 0) + 1);
  };
  if (positions.length > 0) for (let i = 0; i < positions.length; i++) count(meetings[positions[i]!]);
  else for (const meeting of meetings) count(meeting);
  const byTel = new Map<string, { line: Helpline; count: number }>();
  for (const [entity, n] of counts) {
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
