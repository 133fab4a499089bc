/// <reference types="svelte" />
/// <reference types="vite/client" />
/// <reference types="chronoline/svelte" />
