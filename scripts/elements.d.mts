// Types of scripts/elements.mjs, for vite.config.ts.
export declare const root: string;
export declare function elementTags(base?: string): string[];
export declare function className(tag: string): string;
