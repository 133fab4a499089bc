'use client';
// Records every `event-select` on the page (the events bubble and are composed) for the test.
import { useEffect } from 'react';

export function SelectLog() {
  useEffect(() => {
    const w = window as unknown as { selected: string[] };
    w.selected = [];
    const on = (e: Event) => w.selected.push((e as CustomEvent<{ id: string }>).detail.id);
    document.addEventListener('event-select', on);
    return () => document.removeEventListener('event-select', on);
  }, []);
  return null;
}
