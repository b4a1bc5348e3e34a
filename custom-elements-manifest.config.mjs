// custom-elements.json for editors, Storybook and type generators (`npm run build` writes it to
// dist/). Only the element's modules are analysed; the paths name the npm build's files, which are
// what an app imports.
const toBuilt = (path) => path.replace(/^\/?src\//, 'dist/lib/').replace(/\.ts$/, '.js');

export default {
  globs: ['src/meeting-locator.ts', 'src/ui/meeting-locator-element.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [
    {
      name: 'built-paths',
      packageLinkPhase({ customElementsManifest }) {
        const rewrite = (value) => {
          if (Array.isArray(value)) return value.forEach(rewrite);
          if (!value || typeof value !== 'object') return;
          for (const [key, inner] of Object.entries(value)) {
            if ((key === 'path' || key === 'module') && typeof inner === 'string') value[key] = toBuilt(inner);
            else rewrite(inner);
          }
        };
        rewrite(customElementsManifest.modules);
      },
    },
  ],
};
