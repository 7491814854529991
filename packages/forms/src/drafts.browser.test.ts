/// <reference types="mocha" />
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { $, activeId, pressSubmit, pressSubmitUntil, shadow, submitByClick, tick, type, settle } from './browser-test-helpers.js';
import type { DraftStorage } from './draft-storage.js';
import { COMPLETE_OPSPORING } from './test-answers.js';
import type { RummeligHkoCheck } from './hko-check-form.js';
import type { RummeligOpsporing } from './opsporing-form.js';
import type { RummeligVisitation } from './visitation-form.js';
// The tests use the single file a portal ships, not the sources.
import '../dist/rummelig-forms.js';

const KEY = 'test-draft';

async function render(template = html`<rummelig-opsporing save-draft draft-key=${KEY}></rummelig-opsporing>`): Promise<RummeligOpsporing> {
  const element = await fixture<RummeligOpsporing>(template);
  await element.updateComplete;
  return element;
}


const { caseworker: _caseworker, ...citizenPart } = COMPLETE_OPSPORING;

describe('drafts', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => sessionStorage.clear());

  it('keep nothing without save-draft, and show no notice', async () => {
    const element = await render(html`<rummelig-opsporing></rummelig-opsporing>`);
    await type(element, '#name', 'Jens Hansen');
    await settle(element);
    expect(sessionStorage.length).to.equal(0);
    expect(shadow(element).querySelector('[part="draft-notice"]')).to.equal(null);
  });

  it('keep what is typed in sessionStorage, tell the citizen so, and bring it back in a new page', async () => {
    const element = await render();
    expect($(element, '[part="draft-notice"]').textContent).to.include('Dine svar gemmes i denne fane i browseren, indtil du sender dem');
    expect(shadow(element).querySelector('#draft-clear'), 'nothing to delete yet').to.equal(null);
    await tick(element, '#impairment-adhd');
    await type(element, '#score-adhd', '1x');
    await type(element, '#name', 'Jens Hansen');
    await settle(element);
    expect(JSON.parse(sessionStorage.getItem(KEY) ?? '{}')).to.deep.include({ version: 1, form: 'opsporing' });
    await expect(element).to.be.accessible();

    // A reload: a new element with the same key.
    element.remove();
    const again = document.createElement('rummelig-opsporing' as string) as unknown as RummeligOpsporing;
    again.setAttribute('save-draft', '');
    again.setAttribute('draft-key', KEY);
    const restored = oneEvent(again, 'rummelig-draft');
    document.body.append(again);
    expect((await restored).detail).to.deep.equal({ action: 'restored' });
    await settle(again);
    expect($<HTMLInputElement>(again, '#impairment-adhd').checked).to.equal(true);
    expect($<HTMLInputElement>(again, '#score-adhd').value, 'what cannot be in the document is kept too').to.equal('1x');
    expect($<HTMLInputElement>(again, '#name').value).to.equal('Jens Hansen');
    expect($(again, '[role="status"]').textContent).to.equal('Vi har hentet de svar, du var i gang med.');
    again.remove();
  });

  it('are gone once the answers are sent', async () => {
    const element = await render();
    element.answers = citizenPart;
    await settle(element);
    expect(sessionStorage.getItem(KEY)).not.to.equal(null);
    await submitByClick(element);
    await settle(element);
    expect(sessionStorage.getItem(KEY)).to.equal(null);
  });

  it('can be deleted by the citizen, who is asked once more first', async () => {
    const element = await render();
    await type(element, '#name', 'Jens Hansen');
    await settle(element);
    $(element, '#draft-clear').click();
    await element.updateComplete;
    expect($(element, '#draft-confirm').textContent).to.equal('Vil du slette alle dine svar? Det kan ikke fortrydes.');
    expect(activeId(element), 'focus on the safe choice').to.equal('draft-confirm-no');
    // Focus lands on the button, so the question must be read with it, or "Nej, behold dem" answers nothing heard.
    for (const id of ['draft-confirm-no', 'draft-confirm-yes']) expect($(element, `#${id}`).getAttribute('aria-describedby'), id).to.equal('draft-confirm');
    await expect(element).to.be.accessible();
    $(element, '#draft-confirm-no').click();
    await settle(element);
    expect($<HTMLInputElement>(element, '#name').value).to.equal('Jens Hansen');
    expect(activeId(element)).to.equal('draft-clear');

    $(element, '#draft-clear').click();
    await element.updateComplete;
    const cleared = oneEvent(element, 'rummelig-draft');
    $(element, '#draft-confirm-yes').click();
    expect((await cleared).detail).to.deep.equal({ action: 'cleared' });
    await settle(element);
    expect($<HTMLInputElement>(element, '#name').value).to.equal('');
    expect(sessionStorage.getItem(KEY)).to.equal(null);
    expect($(element, '[role="status"]').textContent).to.equal('Dine svar er slettet.');
  });

  it('deleted on check-your-answers lead to the introduction as any page change does: told to the portal, in the history', async () => {
    const element = await fixture<RummeligOpsporing>(html`<rummelig-opsporing flow="steps" history save-draft draft-key=${KEY}></rummelig-opsporing>`);
    element.answers = citizenPart;
    await pressSubmitUntil(element, '.check-answers', 10, 'check-your-answers');
    const entries = history.length;
    $(element, '#draft-clear').click();
    await element.updateComplete;
    const shown = oneEvent(element, 'rummelig-step');
    $(element, '#draft-confirm-yes').click();
    const { detail } = await shown;
    expect([detail.page, detail.step]).to.deep.equal(['intro', 0]);
    expect(detail.title).to.equal('Har du en funktionsnedsættelse med betydning for dine job- og uddannelsesmuligheder?');
    expect(history.length, 'Back returns to check-your-answers, not to a page before it').to.equal(entries + 1);
    expect(activeId(element)).to.equal('draft-heading');
  });

  it('offer to be deleted only once there is something to delete', async () => {
    const element = await render();
    const notice = () => $(element, '[part="draft-notice"]').textContent ?? '';
    expect(notice()).to.include('Dine svar gemmes i denne fane');
    expect(notice(), 'nothing typed yet').not.to.include('Du kan også slette dem nu.');
    expect(shadow(element).querySelector('#draft-clear')).to.equal(null);
    await type(element, '#name', 'Jens Hansen');
    await settle(element);
    expect(notice()).to.include('Du kan også slette dem nu.');
    expect($(element, '#draft-clear').textContent?.trim()).to.equal('Slet mine svar');
  });

  it('are gone when the surrounding form is reset', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><rummelig-opsporing name="s" save-draft draft-key=${KEY}></rummelig-opsporing></form>`);
    const element = form.querySelector('rummelig-opsporing') as unknown as RummeligOpsporing;
    await type(element, '#name', 'Jens Hansen');
    await settle(element);
    expect(sessionStorage.getItem(KEY)).not.to.equal(null);
    form.reset();
    await settle(element);
    expect(sessionStorage.getItem(KEY)).to.equal(null);
  });

  it('go to the portal’s own storage, also an asynchronous one, whose notice does not name the browser tab', async () => {
    const kept = new Map<string, string>([[KEY, JSON.stringify({ version: 1, form: 'opsporing', draft: { rows: {}, answers: { citizen: { name: 'Fra portalen' } } } })]]);
    const later = <T,>(value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), 20));
    const storage: DraftStorage = {
      load: (key) => later(kept.get(key)),
      save: async (key, value) => void kept.set(key, await later(value)),
      remove: async (key) => void (await later(kept.delete(key))),
    };
    const element = document.createElement('rummelig-opsporing' as string) as unknown as RummeligOpsporing;
    element.draftKey = KEY;
    element.draftStorage = storage;
    const restored = oneEvent(element, 'rummelig-draft');
    document.body.append(element);
    await restored;
    await settle(element);
    expect($<HTMLInputElement>(element, '#name').value).to.equal('Fra portalen');
    expect($(element, '[part="draft-notice"]').textContent).to.include('Dine svar gemmes, indtil du sender dem');
    expect($(element, '[part="draft-notice"]').textContent).not.to.include('fane');
    await type(element, '#name', 'Jens Hansen');
    await waitUntil(() => kept.get(KEY)?.includes('Jens Hansen'), 'the portal’s storage did not get the change');
    expect(sessionStorage.length).to.equal(0);
    element.remove();
  });

  it('start when a framework sets save-draft after the element is on the page', async () => {
    sessionStorage.setItem(KEY, JSON.stringify({ version: 1, form: 'opsporing', draft: { rows: {}, answers: { citizen: { name: 'Fra før' } } } }));
    const element = await render(html`<rummelig-opsporing draft-key=${KEY}></rummelig-opsporing>`);
    expect($<HTMLInputElement>(element, '#name').value).to.equal('');
    element.saveDraft = true;
    await settle(element);
    expect($<HTMLInputElement>(element, '#name').value).to.equal('Fra før');
    expect($(element, '[part="draft-notice"]')).to.exist;
  });

  it('say so plainly when the storage cannot keep them', async () => {
    const element = document.createElement('rummelig-opsporing' as string) as unknown as RummeligOpsporing;
    element.draftStorage = {
      load: () => null,
      save: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      remove: () => {},
    };
    document.body.append(element);
    await settle(element);
    await type(element, '#name', 'Jens Hansen');
    await waitUntil(() => shadow(element).querySelector('[part="draft-notice"]')?.textContent?.includes('kan ikke gemmes'), 'no word of the failure');
    element.remove();
  });

  it('ignore a kept value that is not one of the form’s drafts', async () => {
    sessionStorage.setItem(KEY, '{"version":1,"form":"opsporing","draft":"<img src=x onerror=alert(1)>"}');
    const element = await render();
    await settle(element);
    expect($<HTMLInputElement>(element, '#name').value).to.equal('');
    sessionStorage.setItem(KEY, 'not json');
    const other = await render();
    await settle(other);
    expect($<HTMLInputElement>(other, '#name').value).to.equal('');
  });

  it('brought back onto a later page of the steps flow say so on that page, until the citizen moves on', async () => {
    const template = () => html`<rummelig-opsporing flow="steps" save-draft draft-key=${KEY}></rummelig-opsporing>`;
    const element = await fixture<RummeligOpsporing>(template());
    await pressSubmit(element);
    await type(element, '#name', 'Jens Hansen');
    await settle(element);
    expect(JSON.parse(sessionStorage.getItem(KEY) ?? '{}').page).to.equal('personal-details');
    expect(shadow(element).querySelector('[part="draft-notice"]'), 'nothing was brought back here').to.equal(null);
    element.remove();

    const again = await fixture<RummeligOpsporing>(template());
    await settle(again);
    expect($<HTMLInputElement>(again, '#name').value).to.equal('Jens Hansen');
    // A portal's script that starts after the element missed the page's rummelig-step; it reads the page instead.
    expect(again.currentStep).to.deep.equal({ page: 'personal-details', step: 1, steps: 7, title: 'Personoplysninger' });
    const notice = $(again, '[part="draft-notice"]');
    expect(notice.textContent).to.include('Vi har hentet de svar, du var i gang med.');
    expect(notice.querySelector('#draft-clear')?.textContent?.trim(), 'with the way to start over').to.equal('Slet mine svar');
    expect(notice.textContent, 'brief on a page of questions').not.to.include('Dine svar gemmes i denne fane');
    await expect(again).to.be.accessible();
    $(again, '#draft-clear').click();
    await again.updateComplete;
    expect($(again, '#draft-confirm').textContent).to.equal('Vil du slette alle dine svar? Det kan ikke fortrydes.');
    $(again, '#draft-confirm-no').click();
    await settle(again);
    expect(activeId(again)).to.equal('draft-clear');

    await type(again, '#cpr', '010190-1234');
    await pressSubmit(again);
    expect(shadow(again).querySelector('#impairments, [part="impairments"]'), 'on the next page').to.exist;
    expect(shadow(again).querySelector('[part="draft-notice"]'), 'gone once the citizen moves on').to.equal(null);
  });

  it('brought back onto the introduction say so in the notice that is there', async () => {
    sessionStorage.setItem(KEY, JSON.stringify({ version: 1, form: 'opsporing', draft: { rows: {}, answers: { citizen: { name: 'Fra før' } } }, page: 'intro' }));
    const element = await render(html`<rummelig-opsporing flow="steps" save-draft draft-key=${KEY}></rummelig-opsporing>`);
    await settle(element);
    const notice = $(element, '[part="draft-notice"]');
    expect(notice.textContent).to.include('Vi har hentet de svar, du var i gang med.');
    expect(notice.textContent).to.include('Dine svar gemmes i denne fane');
    await pressSubmit(element);
    expect(shadow(element).querySelector('[part="draft-notice"]')).to.equal(null);
  });

  it('work for the job broker’s form too, with the steps flow’s page kept', async () => {
    const element = await fixture<RummeligVisitation>(html`<rummelig-visitation flow="steps" save-draft draft-key=${KEY}></rummelig-visitation>`);
    await pressSubmit(element);
    await pressSubmit(element);
    await type(element, '#experience', 'Lager i seks år.');
    await settle(element);
    element.remove();
    const again = await fixture<RummeligVisitation>(html`<rummelig-visitation flow="steps" save-draft draft-key=${KEY}></rummelig-visitation>`);
    await settle(again);
    expect($<HTMLTextAreaElement>(again, '#experience').value).to.equal('Lager i seks år.');
    // The job broker's answers are about the citizen, and are kept until the assessment is saved.
    const notice = $(again, '[part="draft-notice"]');
    expect(notice.querySelector('#draft-clear')?.textContent?.trim()).to.equal('Slet svarene');
    expect(notice.textContent).not.to.match(/dine svar|dit helbred/i);
  });

  it('work for the check of the schemes: the choice and what was typed come back, and are gone after the result', async () => {
    const template = () => html`<rummelig-hko-check schemes="mentor" save-draft draft-key=${KEY} as-of="2026-11-22"></rummelig-hko-check>`;
    const element = await fixture<RummeligHkoCheck>(template());
    await settle(element);
    expect(sessionStorage.getItem(KEY), 'the attribute’s choice alone is not kept').to.equal(null);
    await tick(element, '#schemes-isbryder');
    await settle(element);
    expect(sessionStorage.getItem(KEY), 'the citizen’s own choice is kept').not.to.equal(null);
    await type(element, '#mentor-requested-months', 'seks');
    await settle(element);
    element.remove();
    const again = await fixture<RummeligHkoCheck>(template());
    await settle(again);
    expect($<HTMLInputElement>(again, '#schemes-isbryder').checked).to.equal(true);
    expect($<HTMLInputElement>(again, '#mentor-requested-months').value, 'what cannot be in the document is kept too').to.equal('seks');
    await type(again, '#mentor-requested-months', '6');
    await submitByClick(again);
    await settle(again);
    expect($(again, '#result-heading')).to.exist;
    expect(sessionStorage.getItem(KEY)).to.equal(null);
  });

  it('deleted from the check of the schemes, go back to the schemes the portal chose', async () => {
    const element = await fixture<RummeligHkoCheck>(html`<rummelig-hko-check schemes="mentor" save-draft draft-key=${KEY}></rummelig-hko-check>`);
    await tick(element, '#schemes-isbryder');
    await type(element, '#mentor-requested-months', '6');
    await settle(element);
    $(element, '#draft-clear').click();
    await element.updateComplete;
    $(element, '#draft-confirm-yes').click();
    await settle(element);
    expect(sessionStorage.getItem(KEY)).to.equal(null);
    expect($<HTMLInputElement>(element, '#schemes-mentor').checked).to.equal(true);
    expect($<HTMLInputElement>(element, '#schemes-isbryder').checked).to.equal(false);
    expect($<HTMLInputElement>(element, '#mentor-requested-months').value).to.equal('');
  });
});
