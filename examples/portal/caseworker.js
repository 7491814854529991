// The case system's own code: step 1 hands over to step 2, as in the fuldskala model.
import { handOverToVisitation } from '/assets/rummelig-forms.js';

const opsporing = document.querySelector('#opsporing');
const visitation = document.querySelector('#visitation');
const saved = {};
const params = new URLSearchParams(window.location.search);
if (params.get('theme') === 'alternative') document.documentElement.classList.add('theme-alternative');
if (params.has('flow')) for (const form of [opsporing, visitation]) form.setAttribute('flow', params.get('flow'));

opsporing.addEventListener('rummelig-submit', async (event) => {
  const { answers, result } = event.detail;
  saved.opsporing = { answers, result };
  const handover = handOverToVisitation(answers, result);
  const referred = handover.warnings.length === 0;
  document.querySelector('#not-referred').hidden = referred;
  if (!referred) return;
  visitation.handover = handover;
  document.querySelector('#step-2').hidden = false;
  await visitation.updateComplete;
  document.querySelector('#step-2-heading').focus();
});

visitation.addEventListener('rummelig-submit', (event) => {
  saved.visitation = event.detail;
  document.querySelector('#sent-json').textContent = JSON.stringify(saved, null, 2);
  document.querySelector('#sent').hidden = false;
});
