// A React 19 + TypeScript app as a developer writes it: no declaration file of its own; importing
// the package is what makes <meeting-locator> known to TSX, with its attributes, its properties
// (`meetings` as an array) and its events (`onml-load`, whose `detail` is typed).
import { useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
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
        className="finder"
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

createRoot(document.getElementById('root')!).render(<App />);
