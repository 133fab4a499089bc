/**
 * Shared story data: the June 2025 sample chronology, a parsed copy of it,
 * and small helpers. Not a story file (no `.stories.` in the name).
 */
import { parseChronology, type Chronology, type ChronologyInput } from '../src/schema/index.js';
import raw from '../src/data/june-2025-diplomacy.json';

/** The sample chronology as authors write it (the JSON file). */
export const june2025 = raw as ChronologyInput;

/** The URL the sample is served at by Storybook (`staticDirs` in .storybook/main.ts). */
export const JUNE_2025_URL = 'data/june-2025-diplomacy.json';

let parsed: Chronology | undefined;
/** The sample after validation (for `<actor-card>` and `<topic-badge>`). */
export function june2025Parsed(): Chronology {
  if (!parsed) {
    const result = parseChronology(june2025);
    if (!result.chronology) throw new Error('the sample chronology does not parse');
    parsed = result.chronology;
  }
  return parsed;
}
