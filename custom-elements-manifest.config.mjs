// custom-elements.json for editors, Storybook and type generators (`npm run build` writes it to
// dist/), and the framework types generated from it (dist/types/frameworks/). Only the element's
// modules are analysed; the paths name the npm build's files, which are what an app imports.
import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';

const toBuilt = (path) => path.replace(/^\/?src\//, 'dist/lib/').replace(/\.ts$/, '.js');

/**
 * The generators read an event's type as its *detail* type and wrap it in `CustomEvent<…>`
 * themselves, and offer every public field as a settable prop. The manifest follows the schema
 * (an event's type is the event's: `CustomEvent<LoadEventDetail>`; getters are `readonly`), so the
 * generators get a copy with the details unwrapped and the read-only getters left out; otherwise
 * `onml-load` would receive `CustomEvent<CustomEvent<…>>`, whose `detail` is untyped.
 */
function forGenerators(manifest) {
  const copy = structuredClone(manifest);
  for (const module of copy.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement) continue;
      declaration.members = declaration.members?.filter((member) => !(member.kind === 'field' && member.readonly));
      for (const event of declaration.events ?? []) {
        const detail = event.type?.text.match(/^CustomEvent<(.+)>$/)?.[1];
        if (detail) event.type = { text: detail };
      }
    }
  }
  return copy;
}

/** Runs a generator plugin on `forGenerators(manifest)` instead of the manifest itself. */
const onCopy = (plugin) => ({
  name: plugin.name,
  packageLinkPhase: ({ customElementsManifest }) => plugin.packageLinkPhase({ customElementsManifest: forGenerators(customElementsManifest) }),
});

// Paths in the generated files are relative to their folder; `../index.js` exports the class and
// every event detail type.
const generated = { outdir: 'dist/types/frameworks', globalTypePath: '../index.js', hideLogs: true };

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
    onCopy(customElementJsxPlugin({ ...generated, fileName: 'jsx.d.ts' })),
    onCopy(customElementVuejsPlugin({ ...generated, fileName: 'vue.d.ts' })),
  ],
};
