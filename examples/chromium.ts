/** Debian's Chromium, or the one CHROME_PATH names: no browser is ever downloaded. */
export function chromiumPath(): string {
  return process.env['CHROME_PATH'] ?? '/usr/bin/chromium';
}

/** Flags for running as root in a container with no network beyond localhost. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];
