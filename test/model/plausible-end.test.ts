import { expect } from '@open-wc/testing';
import { readEnd } from '../../src/model/plausible-end.js';
import { adaptMeetingGuide } from '../../src/feeds/meeting-guide.js';
import { loadLocalizer, localizer } from '../../src/i18n/localize.js';

const at = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3));

describe('plausible end times', () => {
  it('keeps ends up to six hours after the start, past midnight too', () => {
    for (const [start, end] of [['19:00', '20:30'], ['23:00', '00:30'], ['22:00', '04:00'], ['12:00', '12:00']]) {
      expect(readEnd(at(start!), at(end!)), `${start}–${end}`).to.deep.equal({ kind: 'as-written', end: at(end!) });
    }
  });

  it('reads 12:15–01:15 as the evident 13:15, stated as a guess', () => {
    expect(readEnd(at('12:15'), at('01:15'))).to.deep.equal({ kind: 'guessed', end: at('13:15'), minutes: 780 });
  });

  it('drops an end with no plausible reading, and keeps 00:00–23:59 (a round-the-clock meeting)', () => {
    expect(readEnd(at('17:30'), at('16:30'))).to.deep.equal({ kind: 'dropped', minutes: 1380 });
    expect(readEnd(at('09:00'), at('20:00'))).to.deep.equal({ kind: 'dropped', minutes: 660 });
    expect(readEnd(0, 1439)).to.deep.equal({ kind: 'as-written', end: 1439 });
  });

  it('shows SEPIA\'s "Mustard Seed 2.0" as 12:15 – 1:15 PM with a warning, never as a 13-hour meeting', () => {
    const feed = adaptMeetingGuide(
      [
        { slug: 'mustard', name: 'Mustard Seed 2.0', day: 3, time: '12:15', end_time: '01:15', address: '1 Main St', city: 'Pottstown', state: 'PA' },
        { slug: 'mindful', name: 'Mindful Meditation', day: 1, time: '17:30', end_time: '16:30', address: '2 Main St', city: 'Pottstown', state: 'PA' },
      ],
      { source: 'test', timezone: 'America/New_York' },
    );
    const mustard = feed.meetings.find((meeting) => meeting.name === 'Mustard Seed 2.0')!;
    const mindful = feed.meetings.find((meeting) => meeting.name === 'Mindful Meditation')!;
    expect([mustard.start, mustard.end]).to.deep.equal([at('12:15'), at('13:15')]);
    expect(mindful.end).to.equal(undefined);
    const warnings = feed.diagnostics.filter((d) => d.code === 'implausible-end-time');
    expect(warnings.map((d) => d.message)).to.deep.equal([
      '"Mustard Seed 2.0" ends at 01:15, 13 hours after it starts at 12:15; read as 13:15 (a guess).',
      '"Mindful Meditation" ends 23 hours after it starts at 17:30; that end is ignored and the meeting is shown with its start only.',
    ]);
    expect(warnings.every((d) => d.severity === 'warning')).to.equal(true);
    expect(localizer('en').timeRange(mustard.start!, mustard.end)).to.match(/^12:15\s*–\s*1:15\s*PM$/);
  });

  it('never prints dates in a time range, across midnight too', async () => {
    for (const locale of ['en', 'es'] as const) {
      const text = (await loadLocalizer(locale)).timeRange(at('23:00'), at('01:00'));
      expect(text, locale).not.to.match(/2000|\//);
      expect(text, locale).to.match(/11:00|23:00/);
    }
  });
});
