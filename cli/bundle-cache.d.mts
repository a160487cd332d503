// Types for cli/bundle-cache.mjs (plain JS, since it runs before any TypeScript loader).
/** Where `npx hub` keeps its bundle. */
export declare const DEFAULT_CACHE_DIR: string;
/** A bundle of `entry` matching the sources now (built if need be), or null: load the TypeScript instead. */
export declare function freshBundle(entry: string | URL, cacheDir?: string | URL): Promise<{ url: string; built: boolean } | null>;
