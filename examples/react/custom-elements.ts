import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { RummeligOpsporing } from '@rummelig/forms';

/**
 * Tells TypeScript's JSX about the custom element, with the properties React
 * 19 sets on it (objects such as `contact` and `texts` go in as properties,
 * not as attributes). Events are listened to with a ref, typed through
 * `HTMLElementEventMap`, which @rummelig/forms extends.
 */
type OpsporingProps = DetailedHTMLProps<HTMLAttributes<RummeligOpsporing>, RummeligOpsporing> &
  Partial<Pick<RummeligOpsporing, 'contact' | 'texts' | 'ui' | 'draftStorage'>> & {
    readonly flow?: 'single-page' | 'steps' | 'auto';
    readonly mode?: 'citizen' | 'caseworker';
    readonly name?: string;
    readonly history?: boolean;
    readonly 'save-draft'?: boolean;
    readonly 'as-of'?: string;
  };

declare module 'react' {
  // React's own way to add elements to JSX: an interface merged into its JSX namespace.
  namespace JSX {
    interface IntrinsicElements {
      'rummelig-opsporing': OpsporingProps;
    }
  }
}
