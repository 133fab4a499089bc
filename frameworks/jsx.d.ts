/**
 * React 19 JSX: the bare tags `<event-timeline>`, `<actor-card>` and
 * `<topic-badge>` as typed intrinsic elements. A wrong value (`data={42}`,
 * `group-by="lanes"`) is a type error; `onevent-select` gets an
 * `EventSelectEvent` (React 19 sets what the element has as a property,
 * `data`, and listens to `on` + an event's name). Add once, e.g. in a
 * `.d.ts` file of the app:
 *
 *   /// <reference types="chronoline/jsx" />
 *
 * (The wrappers in `chronoline/react` are typed without it.)
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { TemplateTags } from '../template-types.js';

type Elements = {
  [K in keyof TemplateTags]: DetailedHTMLProps<HTMLAttributes<TemplateTags[K]['element']>, TemplateTags[K]['element']> &
    TemplateTags[K]['takes'];
};

declare module 'react' {
  namespace JSX {
    // (Empty: the tags are Elements' members.)
    interface IntrinsicElements extends Elements {}
  }
}

export {};
