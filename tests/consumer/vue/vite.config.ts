import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// The one setting Vue needs: leave the three tags to the browser.
const tags = ['event-timeline', 'actor-card', 'topic-badge'];
export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tags.includes(tag) } } })],
});
