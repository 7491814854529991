import { createApp, defineComponent, h, ref } from 'vue';
import { RouterLink, RouterView, createRouter, createWebHistory } from 'vue-router';
// Registers the elements; the file is self-contained, so the app needs no other part of the SDK at run time.
import '@rummelig/forms/bundle';
import type { OpsporingSubmitDetail, StepDetail } from '@rummelig/forms';

const CONTACT = { organisation: 'Jobcenter Eksempelby', phone: '12 34 56 78', email: 'jobcenter@eksempelby.dk' };
const TEXTS = { da: { submit: 'Send til jobcentret' }, en: { submit: 'Send to the job centre' } };

/**
 * A municipality's Vue app with the screening in it, written with render
 * functions, as Vue's compiler makes of a single-file component: Vue's
 * runtime alone compiles no template in the browser, so nothing needs eval
 * under the strict CSP. Vue sets objects such as `contact` as properties of
 * the element and listens to its events with `on…`.
 *
 * The app has its own routes (Vue Router, whose state in each entry of the
 * browser's history holds its position). The form adds its pages to the
 * history (`history`) beside the router's entries and keeps the router's
 * state in them, so Back and Forward move between the form's pages without
 * leaving the route; leaving it and coming back finds the form where it was,
 * from its draft (`save-draft`).
 */
const Screening = defineComponent({
  name: 'ScreeningPage',
  setup() {
    const lang = ref<'da' | 'en'>('da');
    const step = ref<StepDetail | undefined>(undefined);
    const sent = ref<OpsporingSubmitDetail | undefined>(undefined);
    const onStep = (event: HTMLElementEventMap['rummelig-step']) => (step.value = event.detail);
    const onSubmit = (event: HTMLElementEventMap['rummelig-submit']) => {
      if (event.detail.answers.form === 'opsporing') sent.value = event.detail as OpsporingSubmitDetail;
    };
    return () =>
      h('main', { id: 'main', class: 'portal-width' }, [
        h('h1', lang.value === 'da' ? 'Screening af funktionsnedsættelse' : 'Screening for impairments'),
        h('p', [
          h('button', { type: 'button', id: 'switch-language', onClick: () => (lang.value = lang.value === 'da' ? 'en' : 'da') }, lang.value === 'da' ? 'Read in English' : 'Læs på dansk'),
        ]),
        h('p', { id: 'app-step', role: 'status' }, step.value && step.value.step > 0 ? `${step.value.step}/${step.value.steps}: ${step.value.title}` : ''),
        h('rummelig-opsporing', {
          lang: lang.value,
          flow: 'auto',
          history: true,
          'save-draft': '',
          name: 'opsporing',
          contact: CONTACT,
          texts: TEXTS,
          'onRummelig-step': onStep,
          'onRummelig-submit': onSubmit,
        }),
        sent.value
          ? h('section', { id: 'app-sent', 'aria-labelledby': 'app-sent-heading' }, [
              h('h2', { id: 'app-sent-heading' }, lang.value === 'da' ? 'Modtaget af appen' : 'Received by the app'),
              h('p', { id: 'app-recommendation' }, sent.value.result.recommendation),
            ])
          : null,
      ]);
  },
});

const About = defineComponent({
  name: 'AboutPage',
  setup: () => () =>
    h('main', { id: 'main', class: 'portal-width' }, [
      h('h1', { id: 'about-heading' }, 'Om screeningen'),
      h('p', 'Screeningen hjælper jobcentret med at se, om du har en funktionsnedsættelse, der har betydning for dit job.'),
    ]),
});

const App = defineComponent({
  name: 'PortalApp',
  setup: () => () => [
    h('nav', { class: 'portal-width', 'aria-label': 'Jobcentret' }, [
      h(RouterLink, { to: '/vue' }, () => 'Screening'),
      ' · ',
      h(RouterLink, { to: '/vue/om' }, () => 'Om screeningen'),
    ]),
    h(RouterView),
  ],
});

const router = createRouter({
  history: createWebHistory(),
  routes: [
    { path: '/vue', component: Screening },
    { path: '/vue/om', component: About },
  ],
});

const root = document.querySelector('#app');
if (root) createApp(App).use(router).mount(root);
