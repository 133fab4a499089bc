import 'chronoline';
import june from 'chronoline/data/june-2025-diplomacy.json';
import { EventTimeline } from 'chronoline/react';
import { createRoot } from 'react-dom/client';

const selected: string[] = ((window as unknown as { selected: string[] }).selected = []);

function App() {
  return (
    <>
      {/* The bare tag (React 19 sets `data` as a property and listens to `onevent-select`). */}
      <event-timeline id="t" data={june} group-by="topic" max-lanes={6} onevent-select={(e) => selected.push(e.detail.id)} />
      {/* The wrapper. */}
      <EventTimeline id="w" data={june} groupBy="topic" onEventSelect={(e) => selected.push(`wrapper:${e.detail.id}`)} />
    </>
  );
}

createRoot(document.getElementById('app')!).render(<App />);
