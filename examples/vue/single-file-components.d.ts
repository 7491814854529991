// What TypeScript sees of a .vue file; the build compiles it (examples/build-apps.mjs), vue-tsc would check it.
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent;
  export default component;
}
