import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components';

// The Custom Elements Manifest is written by `npm run analyze` (cem analyze)
// into dist/. Load it when it is there; a glob that matches nothing is an
// empty object, so Storybook still starts without it (no controls from the
// manifest, the stories' own argTypes remain).
const manifests = import.meta.glob<Record<string, unknown>>('../dist/custom-elements.json', {
  eager: true,
  import: 'default',
});
const manifest = Object.values(manifests)[0];
if (manifest) setCustomElementsManifest(publicApiOnly(manifest));

interface Member {
  kind?: string;
  name?: string;
  privacy?: string;
  static?: boolean;
  attribute?: string;
}

/**
 * The docs table lists every member of the manifest, private ones included.
 * Keep what a page author can use: public instance members, and of the
 * properties only those without an attribute (the attribute rows already
 * describe the others).
 */
function publicApiOnly(cem: Record<string, unknown>): Record<string, unknown> {
  const copy = structuredClone(cem) as { modules?: { declarations?: { members?: Member[] }[] }[] };
  for (const mod of copy.modules ?? []) {
    for (const decl of mod.declarations ?? []) {
      if (!decl.members) continue;
      decl.members = decl.members.filter(
        (m) =>
          m.privacy !== 'private' &&
          m.privacy !== 'protected' &&
          !m.static &&
          !m.name?.startsWith('_') &&
          !(m.kind === 'field' && m.attribute),
      );
    }
  }
  return copy as Record<string, unknown>;
}

const preview: Preview = {
  parameters: {
    a11y: {
      // An axe violation fails the story (in the test runner and addon-vitest).
      test: 'error',
    },
  },
};

export default preview;
