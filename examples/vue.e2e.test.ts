import { describeFrameworkApp } from './framework-app-suite.js';

// The Vue example (examples/vue, built by `npm run build`) in Chromium under the portal's strict policy: Vue 3's
// runtime rendering the custom element, with Vue Router's entries, which hold its position, in the browser's history.
describeFrameworkApp({ framework: 'Vue', path: '/vue', routerStateKeys: ['back', 'current', 'forward', 'position', 'replaced', 'scroll'] });
