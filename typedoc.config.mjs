// `npm run docs`: the API reference of the three packages, in docs/api, with every warning an error.
import { OptionDefaults } from 'typedoc';

/** @type {Partial<import('typedoc').TypeDocOptions>} */
export default {
  name: 'Rummelig',
  entryPoints: ['packages/core', 'packages/rules', 'packages/forms'],
  entryPointStrategy: 'packages',
  packageOptions: {
    entryPoints: ['src/index.ts'],
    tsconfig: '../../tsconfig.json',
    // A published repository address gives source links; until then there are none rather than broken ones.
    disableSources: true,
    // Lit's own members (styles, createProperty and the like) are Lit's to document.
    excludeExternals: true,
    // The web components' tags, which the custom-elements manifest reads too.
    blockTags: [...OptionDefaults.blockTags, '@csspart', '@cssprop', '@fires', '@slot'],
  },
  out: 'docs/api',
  readme: 'README.md',
  // The guides, beside the API: for portal developers, vendors and municipalities, the screening and the schemes.
  projectDocuments: [
    'docs/README.md',
    'docs/guide-portal.md',
    'docs/guide-vendor.md',
    'docs/guide-municipality.md',
    'docs/opsporing.md',
    'docs/operating-models.md',
    'docs/hko.md',
    'docs/hko/*.md',
    'docs/data-contract.md',
    'docs/data-protection.md',
  ],
  treatWarningsAsErrors: true,
  highlightLanguages: ['bash', 'css', 'html', 'javascript', 'json', 'jsonc', 'jsx', 'sh', 'text', 'ts', 'typescript'],
  validation: { notExported: true, invalidLink: true, notDocumented: true },
};
