// A Preact + TypeScript app as a developer writes it, built by Vite from the packed package and
// run in the browser: importing the package is what makes <meeting-locator> known to TSX, with its
// attributes, `meetings` (Preact sets it as a property, the element having one) and `onml-load`
// (Preact listens to it as `ml-load`), whose `detail` is typed.
import { render } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { MeetingLocator, adaptMeetingGuide, type LoadEventDetail } from 'meeting-locator';
import 'meeting-locator/meeting-locator.js';

const feed = [
  { name: 'Morning Hope', slug: 'morning-hope', day: 1, time: '07:00', address: '1 Main St', city: 'Springfield', latitude: 39.8, longitude: -89.65, types: ['O'] },
  { name: 'Evening Serenity', slug: 'evening-serenity', day: 3, time: '19:30', address: '9 Elm St', city: 'Springfield', latitude: 39.78, longitude: -89.6, types: ['C'] },
];

declare global {
  interface Window {
    consumer?: { sameClass: boolean; isInstance: boolean; adapted: number; loaded?: number; selected?: string };
  }
}

function App() {
  const ref = useRef<MeetingLocator>(null);
  const [loaded, setLoaded] = useState<LoadEventDetail>();
  return (
    <>
      <meeting-locator
        ref={ref}
        view="both"
        timezone="America/Chicago"
        no-url-state
        map-style="/basemap/style.json"
        meetings={feed}
        class="finder"
        onml-load={(event) => {
          setLoaded(event.detail);
          window.consumer = {
            sameClass: customElements.get('meeting-locator') === MeetingLocator,
            isInstance: ref.current instanceof MeetingLocator,
            adapted: adaptMeetingGuide(feed, { source: 'inline', timezone: 'America/Chicago' }).meetings.length,
            loaded: event.detail.meetings,
          };
        }}
        onml-select={(event) => {
          if (window.consumer) window.consumer.selected = event.detail.meeting.name;
        }}
      >
        <a href="https://example.org/meetings">Our meeting list</a>
      </meeting-locator>
      <p id="loaded">{loaded ? `${loaded.meetings} meetings from ${loaded.sources.length} source(s)` : 'Loading'}</p>
    </>
  );
}

render(<App />, document.getElementById('root')!);
