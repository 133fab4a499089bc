// A static export: `next build` renders the server components (and
// chronoline/ssr.js in them) at build time into out/. The packages are
// installed one folder up (tests/consumer/run.mjs installs them once for all
// the apps): that is the workspace root.
import { fileURLToPath } from 'node:url';

export default { output: 'export', turbopack: { root: fileURLToPath(new URL('..', import.meta.url)) } };
