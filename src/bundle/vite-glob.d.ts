// Vite's `import.meta.glob`, which autoload.ts uses to find the elements' chunks. Declared here
// rather than through vite/client's types, which would give the whole library Vite's globals
// (`import.meta.env`, CSS modules); a .d.ts in src/ is not copied to dist/.
interface ImportMeta {
  glob<T>(pattern: string): Record<string, () => Promise<T>>;
}
