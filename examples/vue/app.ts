import { createApp } from 'vue';
import { createRouter, createWebHistory } from 'vue-router';
// Registers the elements; the file is self-contained, so the app needs no other part of the SDK at run time.
import '@rummelig/forms/bundle';
import AboutPage from './AboutPage.vue';
import PortalApp from './PortalApp.vue';
import ScreeningPage from './ScreeningPage.vue';

/**
 * A municipality's Vue app with the screening in it, written as single-file
 * components. The build compiles their templates, as Vite would, so the page
 * runs Vue's runtime alone and nothing needs eval under the strict CSP.
 *
 * The app has its own routes (Vue Router, whose state in each entry of the
 * browser's history holds its position). The form adds its pages to the
 * history (`history`) beside the router's entries and keeps the router's
 * state in them, so Back and Forward move between the form's pages without
 * leaving the route; leaving it and coming back finds the form where it was,
 * from its draft (`save-draft`).
 */
const router = createRouter({
  history: createWebHistory(),
  routes: [
    { path: '/vue', component: ScreeningPage },
    { path: '/vue/om', component: AboutPage },
  ],
});

const root = document.querySelector('#app');
if (root) createApp(PortalApp).use(router).mount(root);
