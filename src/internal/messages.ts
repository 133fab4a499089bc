/**
 * Interface strings. One catalog for now (English); the keys are the
 * contract that other catalogs will fill.
 */
export const messages = {
  loading: 'Loading the chronology…',
  loadFailed: 'The chronology could not be loaded',
  retry: 'Retry',
  empty: 'No events to show.',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  resetZoom: 'Reset zoom',
  close: 'Close details',
  others: 'Others',
  sources: 'Sources',
  who: 'Who',
  topics: 'Topics',
  filterTopics: 'Filter by topic',
  legendPoint: 'instant or day',
  legendRange: 'period',
  legendApprox: 'approximate',
  correction: 'Correction',
  inDisplayZone: 'Shown in',
  events: (n: number) => `${n} ${n === 1 ? 'event' : 'events'}`,
  notShown: (n: number) => `${n} ${n === 1 ? 'event' : 'events'} could not be shown`,
  problemsIn: (n: number) => `${n} ${n === 1 ? 'problem' : 'problems'} in the data`,
  chartLabel: (title: string, n: number) => `${title ? title + ': ' : ''}timeline of ${n} ${n === 1 ? 'event' : 'events'}`,
  kinds: { person: 'Person', state: 'State', organization: 'Organization' } as Record<string, string>,
};
