// A Preact + TypeScript app: importing the package is what makes <meeting-locator> known to TSX.
import { useRef } from 'preact/hooks';
import { MeetingLocator } from 'meeting-locator';
import 'meeting-locator/meeting-locator.js';

export function App({ records }: { records: unknown[] }) {
  const ref = useRef<MeetingLocator>(null);
  return (
    <meeting-locator ref={ref} src="/meetings.json" view="list" recursive radius={5} class="finder" meetings={records}
      onml-load={(event) => console.log(event.detail.meetings.toFixed(), event.detail.sources[0]?.source)}
      onml-select={(event) => console.log(event.detail.meeting.name)}>
      <a href="/meetings">Our meeting list</a>
    </meeting-locator>
  );
}

// Each line below must NOT type-check (tsc fails on an unused `@ts-expect-error`).
export const mistakes = (
  <>
    {/* @ts-expect-error `src` is a string */}
    <meeting-locator src={42} />
    {/* @ts-expect-error `view` is 'auto' | 'list' | 'map' | 'both' */}
    <meeting-locator view="grid" />
    {/* @ts-expect-error ml-load's detail has no `count` */}
    <meeting-locator onml-load={(event) => event.detail.count} />
    {/* @ts-expect-error `status` is read-only */}
    <meeting-locator status="ready" />
  </>
);
