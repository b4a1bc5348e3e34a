/**
 * Every Intl constructor fed from the environment is guarded: an engine that refuses an option or
 * answers nothing gets a plain fallback, never an exception in the middle of drawing the list.
 */
import { expect } from '@open-wc/testing';
import { viewerTimeZone } from '../../src/model/time.js';
import { loadLocalizer, localizer } from '../../src/i18n/localize.js';
import { distanceUnitFor } from '../../src/i18n/distance-unit.js';

/** Replaces Intl.DateTimeFormat for the duration of `run`. */
function withDateTimeFormat(fake: typeof Intl.DateTimeFormat, run: () => void): void {
  const real = Intl.DateTimeFormat;
  Object.defineProperty(Intl, 'DateTimeFormat', { value: fake, configurable: true, writable: true });
  try {
    run();
  } finally {
    Object.defineProperty(Intl, 'DateTimeFormat', { value: real, configurable: true, writable: true });
  }
}

describe('Intl from the environment', () => {
  it('takes kilometres for a language tag Intl refuses, miles for the US and UK', () => {
    for (const tag of ['C', 'C.UTF-8', 'en_US.UTF-8', '!!', 'x-private', '']) expect(distanceUnitFor(tag), tag).to.be.oneOf(['km', 'mi']);
    expect(distanceUnitFor('C')).to.equal('km');
    expect(distanceUnitFor('en-US')).to.equal('mi');
    expect(distanceUnitFor('en-GB')).to.equal('mi');
    expect(distanceUnitFor('de-DE')).to.equal('km');
    expect(distanceUnitFor(undefined), 'no language: the US default').to.equal('mi');
  });

  it("names a zone by its IANA name where the engine has no 'longGeneric' names", async () => {
    const spanish = await loadLocalizer('es');
    const real = Intl.DateTimeFormat;
    const refusing = function (locale?: string | string[], options?: Intl.DateTimeFormatOptions) {
      if (options?.timeZoneName === 'longGeneric') throw new RangeError('Value longGeneric out of range for Intl.DateTimeFormat options property timeZoneName');
      return new real(locale, options);
    } as unknown as typeof Intl.DateTimeFormat;
    withDateTimeFormat(refusing, () => {
      // A zone this localizer has not named yet (names are cached per zone).
      expect(spanish.zoneName('Pacific/Chatham')).to.equal('Pacific/Chatham');
    });
    expect(localizer('en').zoneName('America/Chicago')).to.equal('Central Time');
  });

  it('takes UTC for the viewer when the engine answers no zone', () => {
    const real = Intl.DateTimeFormat;
    const zoneless = function (locale?: string | string[], options?: Intl.DateTimeFormatOptions) {
      const format = new real(locale, options);
      const resolved = format.resolvedOptions();
      return { ...format, resolvedOptions: () => ({ ...resolved, timeZone: undefined }) };
    } as unknown as typeof Intl.DateTimeFormat;
    // Far from any cached answer (the zone is asked at most once a minute).
    const later = Date.now() + 10 * 60_000;
    withDateTimeFormat(zoneless, () => {
      expect(viewerTimeZone(later)).to.equal('UTC');
    });
    expect(viewerTimeZone(later + 5 * 60_000)).to.equal('America/Chicago');
  });
});
