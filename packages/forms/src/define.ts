import { RummeligOpsporing } from './opsporing-form.js';
import { RummeligVisitation } from './visitation-form.js';
import { RummeligHkoCheck } from './hko-check-form.js';

// Guarded, so that loading the bundle twice on one page does not throw.
if (!customElements.get('rummelig-opsporing')) customElements.define('rummelig-opsporing', RummeligOpsporing);
if (!customElements.get('rummelig-visitation')) customElements.define('rummelig-visitation', RummeligVisitation);
if (!customElements.get('rummelig-hko-check')) customElements.define('rummelig-hko-check', RummeligHkoCheck);

export { RummeligOpsporing, RummeligVisitation, RummeligHkoCheck };
// The case system's page hands step 1 over to step 2 without a second bundle.
export { handOverToVisitation } from '@rummelig/rules';
