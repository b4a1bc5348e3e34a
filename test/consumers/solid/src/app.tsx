// A Solid 2 + TypeScript app: importing the package is what makes <meeting-locator> known to JSX.
// Solid 2 sets a custom element's `name={…}` as an attribute, `prop:name={…}` as a property, and
// listens to `onml-load={…}` as the `ml-load` event.
import { MeetingLocator } from 'meeting-locator';
import 'meeting-locator/meeting-locator.js';

export function App(props: { records: unknown[] }) {
  let finder!: MeetingLocator;
  return (
    <meeting-locator ref={finder} src="/meetings.json" view="list" recursive radius={5} no-url-state class="finder" prop:meetings={props.records}
      prop:mapStyle={{ version: 8, sources: {}, layers: [] }}
      onml-load={(event) => console.log(event.detail.meetings.toFixed(), event.detail.sources[0]?.source, event.currentTarget.status)}
      onml-select={(event) => console.log(event.detail.meeting.name, finder.results.length)}
      onClick={(event) => console.log(event.clientX)}>
      <a href="/meetings">Our meeting list</a>
    </meeting-locator>
  );
}

export const withCallbackRef = <meeting-locator ref={(element) => element.results.length} view="both" />;

// Each line below must NOT type-check (tsc fails on an unused `@ts-expect-error`).
export const mistakes = (
  <>
    {/* @ts-expect-error `src` is a string */}
    <meeting-locator src={42} />
    {/* @ts-expect-error `view` is 'auto' | 'list' | 'map' | 'both' | 'next' */}
    <meeting-locator view="grid" />
    {/* @ts-expect-error `meetings` is no attribute: Solid would write "[object Object]"; it is `prop:meetings` */}
    <meeting-locator meetings={[]} />
    {/* @ts-expect-error `prop:meetings` is an array */}
    <meeting-locator prop:meetings="all" />
    {/* @ts-expect-error ml-load's detail has no `count` */}
    <meeting-locator onml-load={(event) => event.detail.count} />
    {/* @ts-expect-error Solid listens to `onMlLoad` as "mlload", never sent */}
    <meeting-locator onMlLoad={(event: CustomEvent) => event.detail} />
    {/* @ts-expect-error `status` is read-only */}
    <meeting-locator prop:status="ready" />
    {/* @ts-expect-error not an attribute of the element */}
    <meeting-locator colour="red" />
  </>
);
