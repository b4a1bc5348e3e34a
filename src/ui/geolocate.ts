/**
 * The person's position, asked for only when they press "near me". It is used in this browser to
 * sort and measure, and is never sent anywhere or written into the page's URL.
 */
import type { Coordinates } from '../model/meeting.js';

export type LocateProblem = 'denied' | 'unavailable' | 'timeout' | 'unsupported';

export class LocateError extends Error {
  constructor(readonly problem: LocateProblem) {
    super(`Position not available: ${problem}`);
  }
}

export function locate(timeout = 15_000): Promise<Coordinates> {
  if (!('geolocation' in navigator)) return Promise.reject(new LocateError('unsupported'));
  return new Promise((resolve, reject) => {
    navigator.geolocation.getCurrentPosition(
      (position) => resolve({ latitude: position.coords.latitude, longitude: position.coords.longitude }),
      (error) => reject(new LocateError(error.code === error.PERMISSION_DENIED ? 'denied' : error.code === error.TIMEOUT ? 'timeout' : 'unavailable')),
      // A city-block's accuracy is plenty to sort meetings, and quicker and kinder to the battery.
      { enableHighAccuracy: false, timeout, maximumAge: 5 * 60_000 },
    );
  });
}
