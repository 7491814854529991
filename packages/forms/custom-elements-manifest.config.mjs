// The custom-elements manifest (dist/custom-elements.json), for editors and component tools.
// `npm run manifest` at the repository root writes it as part of the build.
export default {
  globs: ['src/opsporing-form.ts', 'src/visitation-form.ts', 'src/hko-check-form.ts', 'src/screening-form.ts', 'src/form-associated.ts', 'src/define.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [
    {
      name: 'rummelig-internal-state',
      // Lit's `state: true` properties are internal; the analyzer lists them as attributes, which they are not.
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            const internal = new Set((declaration.members ?? []).filter((member) => member.privacy === 'private' || member.privacy === 'protected').map((member) => member.name));
            if (declaration.attributes) declaration.attributes = declaration.attributes.filter((attribute) => !internal.has(attribute.fieldName));
            for (const member of declaration.members ?? []) if (internal.has(member.name)) delete member.attribute;
          }
        }
      },
    },
  ],
};
