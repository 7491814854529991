// A tiny static server for the example portal. It sends the strict Content-Security-Policy
// that a municipal portal would, so the example proves the components work under it.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

export const CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";
// Vue's runtime makes a Trusted Types policy named "vue" as it loads, for the markup its compiler writes; refused, it
// does without, but the refusal is a violation. A page with Vue names the policy too.
export const VUE_CONTENT_SECURITY_POLICY = `${CONTENT_SECURITY_POLICY} vue`;

const file = (path) => fileURLToPath(new URL(path, import.meta.url));

// Only these files are served: a fixed table leaves no path to traverse.
const ROUTES = new Map([
  ['/', { path: file('./portal/index.html'), type: 'text/html; charset=utf-8' }],
  ['/index.html', { path: file('./portal/index.html'), type: 'text/html; charset=utf-8' }],
  ['/sagsbehandler', { path: file('./portal/caseworker.html'), type: 'text/html; charset=utf-8' }],
  ['/caseworker.js', { path: file('./portal/caseworker.js'), type: 'text/javascript; charset=utf-8' }],
  ['/ordninger', { path: file('./portal/schemes.html'), type: 'text/html; charset=utf-8' }],
  ['/schemes.js', { path: file('./portal/schemes.js'), type: 'text/javascript; charset=utf-8' }],
  ['/portal.js', { path: file('./portal/portal.js'), type: 'text/javascript; charset=utf-8' }],
  ['/english.js', { path: file('./portal/english.js'), type: 'text/javascript; charset=utf-8' }],
  ['/page-title.js', { path: file('./portal/page-title.js'), type: 'text/javascript; charset=utf-8' }],
  ['/portal.css', { path: file('./portal/portal.css'), type: 'text/css; charset=utf-8' }],
  ['/theme-alternative.css', { path: file('./portal/theme-alternative.css'), type: 'text/css; charset=utf-8' }],
  ['/react', { path: file('./react/index.html'), type: 'text/html; charset=utf-8' }],
  // A route of the React app's own router: the app's page, which the router then shows.
  ['/react/om', { path: file('./react/index.html'), type: 'text/html; charset=utf-8' }],
  ['/react/app.js', { path: file('./react/dist/app.js'), type: 'text/javascript; charset=utf-8' }],
  ['/react/app.js.map', { path: file('./react/dist/app.js.map'), type: 'application/json; charset=utf-8' }],
  ['/vue', { path: file('./vue/index.html'), type: 'text/html; charset=utf-8', policy: VUE_CONTENT_SECURITY_POLICY }],
  // A route of the Vue app's own router, as /react/om is of the React app's.
  ['/vue/om', { path: file('./vue/index.html'), type: 'text/html; charset=utf-8', policy: VUE_CONTENT_SECURITY_POLICY }],
  ['/vue/app.js', { path: file('./vue/dist/app.js'), type: 'text/javascript; charset=utf-8' }],
  ['/vue/app.js.map', { path: file('./vue/dist/app.js.map'), type: 'application/json; charset=utf-8' }],
  ['/assets/rummelig-forms.js', { path: file('../packages/forms/dist/rummelig-forms.js'), type: 'text/javascript; charset=utf-8' }],
  ['/assets/rummelig-forms.js.map', { path: file('../packages/forms/dist/rummelig-forms.js.map'), type: 'application/json; charset=utf-8' }],
]);

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

export function createPortalServer() {
  return createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const route = ROUTES.get(pathname);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return send(response, 405, 'text/plain; charset=utf-8', 'Method not allowed\n', { Allow: 'GET, HEAD' });
    }
    // Browsers ask for an icon on their own; no content beats a 404 in the console.
    if (pathname === '/favicon.ico') return send(response, 204, 'image/x-icon', '');
    if (!route) return send(response, 404, 'text/plain; charset=utf-8', 'Not found\n');
    try {
      const body = await readFile(route.path);
      send(response, 200, route.type, request.method === 'HEAD' ? '' : body, route.policy ? { 'Content-Security-Policy': route.policy } : {});
    } catch {
      send(response, 500, 'text/plain; charset=utf-8', 'The example is not built. Run npm run build.\n');
    }
  });
}

function send(response, status, type, body, extra = {}) {
  response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, ...extra });
  response.end(body);
}
