import { RummeligHkoCheck } from './hko-check-form.js';

// The page of the compensation schemes' check, on its own.
if (!customElements.get('rummelig-hko-check')) customElements.define('rummelig-hko-check', RummeligHkoCheck);

export { RummeligHkoCheck };
