import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './portal-server.mjs';
import { startPortal, type RunningPortal } from './portal-on-loopback.js';

let portal: RunningPortal;
let origin: string;

beforeAll(async () => {
  portal = await startPortal();
  origin = portal.origin;
});

afterAll(() => portal.close());

describe('the example portal server', () => {
  it('serves the page with the strict Content-Security-Policy and no unsafe sources', async () => {
    const response = await fetch(`${origin}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe("default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const html = await response.text();
    expect(html).toContain('<rummelig-opsporing');
    expect(html).toContain('src="/assets/rummelig-forms.js"');
  });

  const strict = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";
  it.each([
    ['/', strict],
    ['/sagsbehandler', strict],
    ['/react', strict],
    // Vue's runtime makes a Trusted Types policy of its own as it loads.
    ['/vue', `${strict} vue`],
    ['/vue/om', `${strict} vue`],
  ])('has no inline script or style on %s, which its policy would block', async (path, policy) => {
    const response = await fetch(`${origin}${path}`);
    expect(response.headers.get('content-security-policy')).toBe(policy);
    const html = await response.text();
    expect(html).toMatch(/src="\/(assets\/rummelig-forms|react\/app|vue\/app)\.js"/);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/<style|\sstyle=|\son[a-z]+=/i);
  });

  it('serves the built bundle of the components as JavaScript', async () => {
    const response = await fetch(`${origin}/assets/rummelig-forms.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(await response.text()).toContain('rummelig-opsporing');
  });

  it.each(['/../package.json', '/%2e%2e/package.json', '/examples/portal-server.mjs', '/assets/', '/nope'])(
    'answers 404 for %s, serving only its fixed files',
    async (path) => {
      expect((await fetch(`${origin}${path}`)).status).toBe(404);
    },
  );

  it('refuses methods other than GET and HEAD', async () => {
    const response = await fetch(`${origin}/`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
  });
});
