export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**', 'src/**/*.styles.ts', 'src/embed/**'],
  outdir: '.',
  litelement: true,
};
