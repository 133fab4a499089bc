// Types for bench/generate.mjs (so TypeScript tests can import it).
import type { ChronologyInput } from '../src/schema/chronology-schema.js';

/** Start of every generated chronology (UTC midnight, 2025-01-06). */
export declare const GENERATOR_EPOCH: number;
/** mulberry32: a seeded PRNG; each call of the result gives the next number in [0, 1). */
export declare function mulberry32(seed: number): () => number;
/** Days the events of an n-event chronology span: 30 (n ≤ 30) to 365 (n ≥ 100,000), log-linear between. */
export declare function extentDays(n: number): number;
/** The 12 actors every generated chronology has. */
export declare const ACTORS: ReadonlyArray<{ id: string; name: string; shortName?: string; kind: 'person' | 'state' | 'organization' }>;
/** The 6 topics every generated chronology has. */
export declare const TOPICS: ReadonlyArray<{ id: string; label: string; color: string }>;
/** A valid chronology (schema version 1) with `n` events; the same for the same `n` and `seed`. */
export declare function generateChronology(n: number, seed?: number): ChronologyInput & { schemaVersion: 1; timeZone: 'UTC' };
