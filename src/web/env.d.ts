// esbuild inlines the stylesheet (scripts/build-web.js); TypeScript only needs to know the import exists.
declare module '*.css';
// The package version, set by esbuild's `define`.
declare const __CADRE_STATS_VERSION__: string;
