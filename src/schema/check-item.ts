/**
 * One actor or topic checked against the schema with valibot, with its
 * problems as lines (for inline JSON in a card or badge that the quick path
 * did not take; loaded on first need).
 */
import * as v from 'valibot';
import { ActorSchema, TopicSchema, type Actor, type Topic } from './chronology-schema.js';

export function checkItem(kind: 'actor', json: unknown): { value: Actor } | { problems: string[] };
export function checkItem(kind: 'topic', json: unknown): { value: Topic } | { problems: string[] };
export function checkItem(kind: 'actor' | 'topic', json: unknown): { value: Actor | Topic } | { problems: string[] } {
  const r = v.safeParse(kind === 'actor' ? ActorSchema : TopicSchema, json);
  return r.success ? { value: r.output } : { problems: r.issues.map((issue) => `${v.getDotPath(issue) ?? '$'}: ${issue.message}`) };
}
