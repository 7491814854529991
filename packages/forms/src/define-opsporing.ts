import { RummeligOpsporing } from './opsporing-form.js';

// The citizen's bundle: step 1 only, for a portal page that offers nothing else.
if (!customElements.get('rummelig-opsporing')) customElements.define('rummelig-opsporing', RummeligOpsporing);

export { RummeligOpsporing };
