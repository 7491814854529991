// `npm run screenshots`: pictures of each component for reviewers, in Danish, at a phone's width, in the
// default theme (DKFDS) and the example portal's alternative theme. Writes PNGs to docs/screenshots/.
// Uses Debian's Chromium (CHROME_PATH, default /usr/bin/chromium) through puppeteer-core; run `npm run build` first.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { createPortalServer } from '../examples/portal-server.mjs';

const OUT = new URL('../docs/screenshots/', import.meta.url);
const PHONE = { width: 375, height: 812, deviceScaleFactor: 1 };
const ARGS = ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

const server = createPortalServer();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ARGS, headless: true });
await rm(OUT, { recursive: true, force: true });
await mkdir(OUT, { recursive: true });
/** Each picture and what it shows, for the index the script writes beside them. */
const written = [];

try {
  for (const theme of ['default', 'alternative']) {
    await citizenSteps(theme);
    await citizenSinglePage(theme);
    await jobBroker(theme);
    await schemesCheck(theme);
  }
} finally {
  await browser.close();
  server.close();
}
await writeFile(
  new URL('README.md', OUT),
  [
    '# Screenshots',
    '',
    `Written by \`npm run screenshots\` from the example portal in Chromium: Danish, ${PHONE.width} px wide (a phone), in the default theme (DKFDS) and the example portal's alternative theme (\`examples/portal/theme-alternative.css\`). The citizen's form is in the steps flow, as \`flow="auto"\` gives it on a phone, except where it says single page.`,
    '',
    ...written.map(({ file, form, caption }) => `## \`<rummelig-${form}>\`, ${caption}\n\n![rummelig-${form}, ${caption}](${file})\n`),
  ].join('\n'),
);
console.log(`Wrote ${written.length} screenshots to docs/screenshots/:\n${written.map(({ file }) => `  ${file}`).join('\n')}`);

/** The citizen on a phone: one thing per page, from the introduction to the explained result. */
async function citizenSteps(theme) {
  const page = await open(`/?theme=${theme}`);
  await shot(page, `opsporing-${theme}-1-introduction`);
  await press(page, 'rummelig-opsporing'); // Start
  await press(page, 'rummelig-opsporing'); // Personoplysninger, left out
  await press(page, 'rummelig-opsporing'); // Fortsæt without an answer
  await page.waitForFunction(() => document.querySelector('rummelig-opsporing').shadowRoot.querySelector('#error-summary'));
  await shot(page, `opsporing-${theme}-2-error`);
  await click(page, 'rummelig-opsporing', ['#impairment-mobility']);
  await click(page, 'rummelig-opsporing', ['#impact-mobility-medium']);
  await shot(page, `opsporing-${theme}-3-question`);
  await press(page, 'rummelig-opsporing');
  await fill(page, 'rummelig-opsporing', '#impact-description', 'Jeg kan ikke stå op i længere tid ad gangen.');
  await press(page, 'rummelig-opsporing');
  for (const id of ['#medically-documented-yes', '#prior-compensation-schemes-no', '#prior-limitation-yes']) {
    await click(page, 'rummelig-opsporing', [id]);
    await press(page, 'rummelig-opsporing');
  }
  await shot(page, `opsporing-${theme}-4-check-answers`);
  await press(page, 'rummelig-opsporing'); // Send svar
  await page.waitForFunction(() => document.querySelector('rummelig-opsporing').shadowRoot.querySelector('#result-heading'));
  await shot(page, `opsporing-${theme}-5-result`, 'rummelig-opsporing');
  await page.close();
}

/** The whole form on one page, as a portal sets it with flow="single-page", after a send with nothing answered. */
async function citizenSinglePage(theme) {
  const page = await open(`/?theme=${theme}&flow=single-page`);
  await press(page, 'rummelig-opsporing');
  await page.waitForFunction(() => document.querySelector('rummelig-opsporing').shadowRoot.querySelector('#error-summary'));
  await click(page, 'rummelig-opsporing', ['#impairment-other']);
  await shot(page, `opsporing-${theme}-6-single-page-with-errors`, 'rummelig-opsporing');
  await page.close();
}

/** The job broker's form after step 1 was handed over: its start, the recommendation beside the decision, and the saved assessment. */
async function jobBroker(theme) {
  const page = await open(`/sagsbehandler?theme=${theme}`);
  await click(page, 'rummelig-opsporing', ['#impairment-mental-illness', '#impact-mental-illness-large']);
  await fill(page, 'rummelig-opsporing', '#impact-description', 'Angst i store grupper.');
  await click(page, 'rummelig-opsporing', ['#medically-documented-yes', '#prior-compensation-schemes-no', '#prior-limitation-yes', '#citizen-wants-visitation-yes', '#refer-to-visitation-yes']);
  await press(page, 'rummelig-opsporing');
  await page.waitForSelector('#step-2:not([hidden])');
  const box = await (await page.$('rummelig-visitation')).boundingBox();
  await shot(page, `visitation-${theme}-1-start`, undefined, { x: box.x, y: box.y, width: box.width, height: 1600 });
  await page.evaluate(() => {
    const visitation = document.querySelector('rummelig-visitation');
    visitation.answers = {
      ...visitation.answers,
      dialogue: { experience: 'Lager i seks år.', jobFunctions: 'Plukning og truckkørsel.', impairment: 'Angst i store grupper.', supportAndStartConditions: 'Faste opgaver, opstart på 15 timer.', goals: ['Lagermedarbejder', 'Chauffør', 'Pedelmedhjælper'] },
      impairments: { primary: 'mental-illness', note: visitation.answers.impairments?.note },
      impactPast: 'large',
      impactFuture: 'medium',
      hkoNeededBefore: false,
      hkoNeededNow: false,
      prospectsCitizen: 'poor',
      prospectsJobformidler: 'some',
      motivated: true,
      decision: { referToProgramme: true },
    };
  });
  await settle(page, 'rummelig-visitation');
  await shot(page, `visitation-${theme}-2-recommendation-and-decision`, ['rummelig-visitation', '.verdict']);
  await press(page, 'rummelig-visitation');
  const problems = await page.evaluate(() => [...document.querySelector('rummelig-visitation').shadowRoot.querySelectorAll('#error-summary a')].map((a) => a.textContent));
  if (problems.length > 0) throw new Error(`The example assessment is incomplete: ${problems.join(' ')}`);
  await page.waitForFunction(() => document.querySelector('rummelig-visitation').shadowRoot.querySelector('#result-heading'));
  await shot(page, `visitation-${theme}-3-saved`, 'rummelig-visitation');
  await page.close();
}

/** The check of the schemes on a phone: the choice, one scheme's questions, check-your-answers and the explained result. */
async function schemesCheck(theme) {
  const tag = 'rummelig-hko-check';
  const page = await open(`/ordninger?theme=${theme}`);
  await press(page, tag); // Start
  await click(page, tag, ['#schemes-personlig-assistance']);
  await shot(page, `hko-check-${theme}-1-choice`);
  await press(page, tag);
  await click(page, tag, ['#situation-employed']);
  await press(page, tag);
  await fill(page, tag, '#weekly-hours', '37');
  await press(page, tag);
  await click(page, tag, ['#impairment-long-lasting-yes', '#impairment-significant-yes']);
  await press(page, tag);
  await fill(page, tag, '#personal-assistance-needed-hours-per-week', '25');
  await click(page, tag, ['#personal-assistance-core-tasks-self-yes']);
  await shot(page, `hko-check-${theme}-2-conditional-question`);
  await press(page, tag);
  await shot(page, `hko-check-${theme}-3-check-answers`);
  await press(page, tag);
  await page.waitForFunction(() => document.querySelector('rummelig-hko-check').shadowRoot.querySelector('#result-heading'));
  await shot(page, `hko-check-${theme}-4-result`, tag);
  await page.close();
}

async function open(path) {
  const page = await browser.newPage();
  await page.setViewport(PHONE);
  await page.goto(`${origin}${path}`, { waitUntil: 'networkidle0' });
  await page.waitForFunction(() => customElements.get('rummelig-opsporing') !== undefined);
  return page;
}

/** The form's own button (Start, Fortsæt, Send svar), then the page it leads to. */
async function press(page, tag) {
  await page.evaluate((selector) => document.querySelector(selector).shadowRoot.querySelector('[part="submit"]').click(), tag);
  await settle(page, tag);
}

async function click(page, tag, ids) {
  for (const id of ids) {
    await page.evaluate((selector, target) => document.querySelector(selector).shadowRoot.querySelector(target).click(), tag, id);
    await settle(page, tag);
  }
}

async function fill(page, tag, id, text) {
  await page.evaluate(
    (selector, target, value) => {
      const field = document.querySelector(selector).shadowRoot.querySelector(target);
      field.value = value;
      field.dispatchEvent(new Event('input'));
    },
    tag,
    id,
    text,
  );
  await settle(page, tag);
}

async function settle(page, tag) {
  await page.evaluate(async (selector) => {
    const element = document.querySelector(selector);
    for (let turn = 0; turn < 3; turn += 1) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      await element.updateComplete;
    }
  }, tag);
}

/** The whole page, an element of it (a selector, or a host and a selector in its shadow root), or a region; no caret or focus ring caught halfway. */
async function shot(page, name, target, clip) {
  await page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (active instanceof HTMLElement) active.blur();
  });
  const path = fileURLToPath(new URL(`${name}.png`, OUT));
  if (clip) await page.screenshot({ path, clip, captureBeyondViewport: true });
  else if (Array.isArray(target)) {
    const [host, inner] = target;
    const element = await page.evaluateHandle((h, i) => document.querySelector(h).shadowRoot.querySelector(i), host, inner);
    await element.asElement().screenshot({ path });
  } else if (target) await (await page.$(target)).screenshot({ path });
  else await page.screenshot({ path, fullPage: true });
  const [, form, theme, , what] = /^(hko-check|[a-z]+)-([a-z]+)-(\d+)-(.*)$/.exec(name);
  written.push({ file: `${name}.png`, form, caption: `${theme} theme: ${what.replace(/-/g, ' ')}` });
}
