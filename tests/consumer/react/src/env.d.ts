/// <reference types="vite/client" />
/// <reference types="chronoline/jsx" />
