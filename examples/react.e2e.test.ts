import { describeFrameworkApp } from './framework-app-suite.js';

// The React example (examples/react, built by `npm run build`) in Chromium under the portal's strict policy:
// React 19 rendering the custom element, with React Router's entries in the browser's history.
describeFrameworkApp({ framework: 'React', path: '/react', routerStateKeys: ['idx'] });
