/// <reference types="mocha" />
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LitElement } from 'lit';

/** Helpers the browser tests of every form share: they reach into the element's shadow root as a user would. */

export const shadow = (element: LitElement): ShadowRoot => element.shadowRoot as ShadowRoot;

export const $ = <T extends Element = HTMLElement>(element: LitElement, selector: string): T => {
  const found = shadow(element).querySelector<T>(selector);
  if (!found) throw new Error(`Nothing matches ${selector}`);
  return found;
};

export const activeId = (element: LitElement): string | undefined => shadow(element).activeElement?.id;

export const summaryLinks = (element: LitElement): string[] =>
  [...shadow(element).querySelectorAll('#error-summary a')].map((link) => link.getAttribute('href') ?? '');

export async function tabTo(element: LitElement, id: string, limit = 60): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    await sendKeys({ press: 'Tab' });
    if (activeId(element) === id) return;
  }
  throw new Error(`Tab never reached #${id}; focus is on #${activeId(element) ?? 'nothing'}`);
}

/** Presses Tab until the element's part (such as `submit`) has focus. */
export async function tabToPart(element: LitElement, part: string, limit = 60): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    await sendKeys({ press: 'Tab' });
    if (shadow(element).activeElement?.getAttribute('part') === part) return;
  }
  throw new Error(`Tab never reached [part="${part}"]; focus is on #${activeId(element) ?? 'nothing'}`);
}

/** Types into a text field as a user would, one input event. */
export async function type(element: LitElement, selector: string, value: string): Promise<void> {
  const field = $<HTMLInputElement | HTMLTextAreaElement>(element, selector);
  field.value = value;
  field.dispatchEvent(new Event('input'));
  await element.updateComplete;
}

/** Lets a form catch up with what it was given: the promise of a check, a draft storage, and the render after them. */
export async function settle(element: LitElement): Promise<void> {
  for (let turn = 0; turn < 3; turn += 1) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await element.updateComplete;
  }
}

/** "Start", "Fortsæt" or "Send": the form's own button, then the page it leads to. */
export async function pressSubmit(element: LitElement): Promise<void> {
  $(element, '[part="submit"]').click();
  await settle(element);
}

/** Presses the form's own button, at most `limit` times, until what the selector names is shown; fails if it never is. */
export async function pressSubmitUntil(element: LitElement, selector: string, limit: number, what: string): Promise<void> {
  for (let page = 0; page < limit && !shadow(element).querySelector(selector); page += 1) await pressSubmit(element);
  expect(shadow(element).querySelector(selector), what).to.exist;
}

export async function tick(element: LitElement, selector: string): Promise<void> {
  $(element, selector).click();
  await element.updateComplete;
}

export async function submitByClick(element: LitElement): Promise<void> {
  $(element, '[part="submit"]').click();
  await waitUntil(() => shadow(element).querySelector('#error-summary, #result-heading') !== null, 'no errors or result after submit');
  await element.updateComplete;
}

/**
 * Runs `act` while recording every request the page makes through fetch,
 * XMLHttpRequest, sendBeacon or a new resource, and returns what was asked for.
 */
export async function requestsDuring(act: () => Promise<void>): Promise<string[]> {
  const requests: string[] = [];
  const originalFetch = window.fetch;
  const originalOpen = XMLHttpRequest.prototype.open;
  const originalBeacon = navigator.sendBeacon;
  window.fetch = (input, init) => {
    requests.push(String(input));
    return originalFetch(input, init);
  };
  XMLHttpRequest.prototype.open = function open(this: XMLHttpRequest, ...args: Parameters<XMLHttpRequest['open']>) {
    requests.push(String(args[1]));
    return originalOpen.apply(this, args as Parameters<typeof originalOpen>);
  } as XMLHttpRequest['open'];
  navigator.sendBeacon = (url: string | URL) => {
    requests.push(String(url));
    return false;
  };
  const resourcesBefore = performance.getEntriesByType('resource').length;
  try {
    await act();
  } finally {
    window.fetch = originalFetch;
    XMLHttpRequest.prototype.open = originalOpen;
    navigator.sendBeacon = originalBeacon;
  }
  return [...requests, ...performance.getEntriesByType('resource').slice(resourcesBefore).map((entry) => entry.name)];
}

interface AxeResult {
  readonly violations: readonly { readonly id: string; readonly help: string; readonly nodes: readonly { readonly target: unknown; readonly failureSummary?: string }[] }[];
}
interface Axe {
  run(context: Element, options: unknown): Promise<AxeResult>;
}

/**
 * axe-core over the element and its shadow root, on WCAG 2.0, 2.1 A and AA
 * and axe's best practices, with "label in name" (2.5.3), which axe counts
 * as experimental, switched on. Fails with every violation spelled out.
 */
export async function expectNoAxeViolations(element: Element, state: string): Promise<void> {
  const global = window as unknown as { axe?: Axe };
  if (!global.axe) await import('axe-core/axe.min.js' as string);
  const axe = global.axe as Axe;
  const result = await axe.run(element, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice', 'experimental'] },
    rules: { 'label-content-name-mismatch': { enabled: true } },
  });
  const problems = result.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${violation.help} at ${JSON.stringify(node.target)}\n  ${node.failureSummary ?? ''}`),
  );
  if (problems.length > 0) throw new Error(`axe found ${problems.length} violation(s) ${state}:\n${problems.join('\n')}`);
}
