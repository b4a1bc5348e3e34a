// Vue's own shim for importing .vue files from TypeScript (what `npm create vue` writes).
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent;
  export default component;
}
