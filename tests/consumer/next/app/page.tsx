// A server component (no 'use client'): the React wrapper as it is, and the
// server-rendered list from chronoline/ssr.js.
import june from 'chronoline/data/june-2025-diplomacy.json';
import { EventTimeline } from 'chronoline/react';
import { renderTimelineToString } from 'chronoline/ssr.js';
import { SelectLog } from './select-log';

export default async function Page() {
  const list = await renderTimelineToString(june, { view: 'list', id: 's' });
  return (
    <main>
      <EventTimeline id="t" data={june} groupBy="topic" />
      <div dangerouslySetInnerHTML={{ __html: list }} />
      <SelectLog />
    </main>
  );
}
