import type { ArgTypes, Preview } from '@storybook/web-components-vite';
import { getCustomElements, setCustomElementsManifest } from '@storybook/web-components';
import { DEFAULT_TIMEOUT_MS } from '../src/load/load.js';

// The Custom Elements Manifest is written by `npm run analyze` (cem analyze)
// into dist/: `npm run build-storybook` runs it first, and .storybook/main.ts
// runs it when the file is missing or stale. A glob that matches nothing is
// an empty object, so Storybook still starts without it (the docs then show
// only the stories' own argTypes).
const manifests = import.meta.glob<Record<string, unknown>>('../dist/custom-elements.json', {
  eager: true,
  import: 'default',
});
const manifest = Object.values(manifests)[0];
if (manifest) setCustomElementsManifest(manifest);

interface Described {
  name?: string;
  description?: string;
  summary?: string;
  type?: { text?: string };
  default?: string;
}
interface Member extends Described {
  kind?: 'field' | 'method';
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
  parameters?: Described[];
  return?: { type?: { text?: string } };
}
interface Attribute extends Described {
  fieldName?: string;
}
interface Declaration {
  tagName?: string;
  description?: string;
  members?: Member[];
  attributes?: Attribute[];
  events?: Described[];
  slots?: Described[];
  cssProperties?: Described[];
  cssParts?: Described[];
}
interface Manifest {
  modules?: { declarations?: Declaration[] }[];
}

/**
 * Defaults the analyzer records as the name of a constant: what they are.
 * (Imported, so the table cannot drift from the code.)
 */
const CONSTANTS: Record<string, string> = { DEFAULT_TIMEOUT_MS: String(DEFAULT_TIMEOUT_MS) };

function declarationOf(tagName: string): Declaration | undefined {
  const cem = getCustomElements() as Manifest | undefined;
  for (const mod of cem?.modules ?? []) {
    for (const decl of mod.declarations ?? []) if (decl.tagName === tagName) return decl;
  }
  return undefined;
}

const isPublic = (m: Member) => m.privacy !== 'private' && m.privacy !== 'protected' && !m.static && !m.name?.startsWith('_');

/**
 * The docs tables, from the manifest. Storybook's own extractor keys every
 * row by its bare name, so a part and a property with the same name (the
 * timeline's `problems`) or a slot and a part (`filters`) overwrite each
 * other, and it gives parts, events and CSS properties "Set object" controls
 * that do nothing. Here:
 *
 * - attributes are keyed by the attribute name and properties (those without
 *   an attribute: the attribute row already describes the others) by their
 *   name, which is what the stories' args use; methods, events, slots and
 *   parts get prefixed keys (`part:title`) with the plain name shown;
 * - nothing has a control unless a story's argTypes give it one (only the
 *   stories know which args their render function passes on);
 * - a default that is a constant's name shows its value.
 */
export function argTypesFromManifest(tagName: string): ArgTypes | null {
  const decl = declarationOf(tagName);
  if (!decl) return null;
  const argTypes: ArgTypes = {};
  const fields = new Map((decl.members ?? []).filter((m) => m.kind === 'field').map((m) => [m.name, m]));
  const row = (key: string, name: string, category: string, description: string | undefined, type?: string, defaultValue?: string) => {
    const value = defaultValue === undefined ? undefined : (CONSTANTS[defaultValue] ?? defaultValue);
    argTypes[key] = {
      name,
      description: description ?? '',
      control: false,
      table: {
        category,
        // No type: an empty summary (`undefined` would show a "-" line).
        type: { summary: type },
        defaultValue: value === undefined ? undefined : { summary: value },
      },
    };
  };

  for (const a of decl.attributes ?? []) {
    if (!a.name) continue;
    const field = a.fieldName ? fields.get(a.fieldName) : undefined;
    const description = a.description ?? field?.description;
    const property = a.fieldName && a.fieldName !== a.name ? `\n\nProperty: \`${a.fieldName}\`.` : '';
    row(
      a.name,
      a.name,
      'attributes',
      description && description + property,
      a.type?.text ?? field?.type?.text,
      a.default ?? field?.default,
    );
  }
  for (const m of decl.members ?? []) {
    if (m.kind !== 'field' || !m.name || !isPublic(m) || m.attribute) continue;
    const description = [m.description, m.readonly ? 'Read-only.' : ''].filter(Boolean).join(' ');
    row(m.name, m.name, 'properties', description, m.type?.text, m.default);
  }
  for (const m of decl.members ?? []) {
    if (m.kind !== 'method' || !m.name || !isPublic(m)) continue;
    const params = (m.parameters ?? []).map((p) => `${p.name}${p.type?.text ? `: ${p.type.text}` : ''}`).join(', ');
    row(`method:${m.name}`, `${m.name}()`, 'methods', m.description, `(${params}) => ${m.return?.type?.text ?? 'void'}`);
  }
  for (const e of decl.events ?? []) {
    if (!e.name) continue;
    row(`event:${e.name}`, e.name, 'events', e.description, e.type?.text);
  }
  for (const s of decl.slots ?? []) {
    row(`slot:${s.name || 'default'}`, s.name || '(default)', 'slots', s.description ?? s.summary, s.name ? `slot="${s.name}"` : undefined);
  }
  for (const p of decl.cssProperties ?? []) {
    if (p.name) row(p.name, p.name, 'css custom properties', p.description ?? p.summary, undefined, p.default);
  }
  for (const p of decl.cssParts ?? []) {
    if (p.name) row(`part:${p.name}`, p.name, 'css shadow parts', p.description ?? p.summary, `${tagName}::part(${p.name})`);
  }
  return argTypes;
}

const preview: Preview = {
  parameters: {
    docs: {
      extractArgTypes: argTypesFromManifest,
    },
    a11y: {
      // An axe violation fails the story (in the test runner and addon-vitest).
      test: 'error',
    },
    options: {
      storySort: {
        order: ['Guides', ['Getting started', 'Theming', 'npm', 'Plain HTML', 'React', 'SSR'], 'Components'],
      },
    },
  },
};

export default preview;
