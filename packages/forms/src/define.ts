import { RummeligOpsporing } from './opsporing-form.js';

// Guarded, so that loading the bundle twice on one page does not throw.
if (!customElements.get('rummelig-opsporing')) customElements.define('rummelig-opsporing', RummeligOpsporing);

export { RummeligOpsporing };
