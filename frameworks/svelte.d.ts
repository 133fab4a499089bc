/**
 * Svelte 5 templates: `<event-timeline>`, `<actor-card>` and `<topic-badge>`
 * as typed elements for `svelte-check` and the editor. A wrong value
 * (`data={42}`, `group-by="lanes"`) is a type error; `onevent-select`
 * gets an `EventSelectEvent`. Add once, e.g. in `src/app.d.ts`:
 *
 *   /// <reference types="chronoline/svelte" />
 *
 * Svelte sets what the element has as a property (`data`, `groupBy`) and the
 * rest as attributes, so both spellings are typed.
 */
import type { HTMLAttributes } from 'svelte/elements';
import type { TemplateTags } from '../template-types.js';

type Elements = { [K in keyof TemplateTags]: HTMLAttributes<TemplateTags[K]['element']> & TemplateTags[K]['takes'] };

declare module 'svelte/elements' {
  // (Empty: the tags are Elements' members.)
  interface SvelteHTMLElements extends Elements {}
}

export {};
