import { defineConfig } from 'astro/config';

// Static output (the default): the page's frontmatter runs at build time.
export default defineConfig({});
