/** Meetings for the map's tests: only what the map reads is set, the rest is the minimum a Meeting needs. */
import type { Attendance, Meeting } from '../../src/model/meeting.js';

export interface MeetingSpec {
  attendance?: Attendance;
  at?: [latitude: number, longitude: number];
  approximate?: boolean;
  name?: string;
  address?: string;
}

export function meeting(id: string, spec: MeetingSpec = {}): Meeting {
  const [latitude, longitude] = spec.at ?? [];
  return {
    id,
    source: 'test',
    name: `Meeting ${id}`,
    attendance: spec.attendance ?? 'in_person',
    location: {
      ...(spec.name ? { name: spec.name } : {}),
      ...(spec.address ? { formattedAddress: spec.address } : {}),
      ...(latitude !== undefined && longitude !== undefined ? { coordinates: { latitude, longitude } } : {}),
      approximate: spec.approximate ?? false,
      regions: [],
    },
    online: {},
    features: [],
    types: [],
    raw: null,
  };
}

/** Positions 0…n-1: every meeting, in array order. */
export const all = (meetings: readonly unknown[]): number[] => meetings.map((_, index) => index);

// Real places in Memphis and Nashville, far enough apart to be separate markers at any fit.
export const UNION_AVE: [number, number] = [35.14, -90.04];
export const POPLAR_AVE: [number, number] = [35.138, -90.01];
export const NASHVILLE: [number, number] = [36.1627, -86.7816];
