/// <reference types="mocha" />
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { activeId, settle, shadow, tabToPart } from './browser-test-helpers.js';
import type { RummeligOpsporing } from './opsporing-form.js';
import '../dist/rummelig-forms.js';

const outlineOf = (element: RummeligOpsporing): { style: string; width: number } => {
  const style = getComputedStyle(shadow(element).activeElement as HTMLElement);
  return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
};

async function pressSubmitByKeyboard(element: RummeligOpsporing): Promise<void> {
  await tabToPart(element, 'submit');
  await sendKeys({ press: 'Enter' });
  await settle(element);
}

describe('focus moved by the form, for a keyboard user', () => {
  it('shows no outline on the page heading it focuses, and the outline on the error summary it focuses', async () => {
    const element = await fixture<RummeligOpsporing>(html`<rummelig-opsporing flow="steps"></rummelig-opsporing>`);
    await element.updateComplete;

    await pressSubmitByKeyboard(element); // "Start": personal details
    await pressSubmitByKeyboard(element); // "Fortsæt": the impairments
    expect(activeId(element)).to.equal('page-heading');
    expect(outlineOf(element).style, 'the heading is where reading starts, not a control').to.equal('none');

    await pressSubmitByKeyboard(element); // nothing ticked: refused
    expect(activeId(element)).to.equal('error-summary');
    expect(outlineOf(element).style).to.equal('solid');
    expect(outlineOf(element).width).to.be.at.least(3);
  });
});
