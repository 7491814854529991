import { css } from 'lit';

/**
 * The default look follows Det Fælles Designsystem (DKFDS): IBM Plex Sans,
 * dark text on white, a thick grey focus outline, errors marked by a red bar
 * and a text (never by colour alone). Nothing moves, so there is no motion to reduce. Every colour and size is a custom
 * property, and the main blocks are parts, so a portal restyles from outside.
 */
export const formStyles = css`
  :host {
    --_font: var(--rummelig-font-family, 'IBM Plex Sans', system-ui, -apple-system, 'Segoe UI', Arial, sans-serif);
    --_text: var(--rummelig-color-text, #1a1a1a);
    --_muted: var(--rummelig-color-hint, #545454);
    --_primary: var(--rummelig-color-primary, #0059b3);
    --_primary-hover: var(--rummelig-color-primary-hover, #004993);
    --_on-primary: var(--rummelig-color-on-primary, #ffffff);
    --_error: var(--rummelig-color-error, #b51d09);
    --_warning: var(--rummelig-color-warning, #d88b00);
    --_border: var(--rummelig-color-border, #747474);
    --_panel: var(--rummelig-color-panel, #f5f5f5);
    --_focus: var(--rummelig-color-focus, #747474);
    --_radius: var(--rummelig-radius, 4px);
    --_space: var(--rummelig-space, 1rem);
    display: block;
    max-width: var(--rummelig-max-width, 44rem);
    font-family: var(--_font);
    font-size: var(--rummelig-font-size, 1rem);
    line-height: 1.5;
    color: var(--_text);
    /* Danish compounds are long ("beskæftigelses-/uddannelsesmuligheder"); at 320 px or 200 % zoom they must wrap rather than scroll. */
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  h2,
  h3,
  legend,
  label {
    hyphens: auto;
  }
  h2 {
    font-size: 1.5rem;
    line-height: 1.3;
    margin: 0 0 var(--_space);
  }
  h3,
  legend.section {
    font-size: 1.25rem;
    font-weight: 700;
    margin: calc(var(--_space) * 2) 0 calc(var(--_space) / 2);
    padding: 0;
  }
  p {
    margin: 0 0 var(--_space);
    max-width: 40rem;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
    font-weight: 600;
    max-width: 100%;
  }
  .field {
    margin: 0 0 calc(var(--_space) * 1.5);
  }
  .field--error {
    border-left: 4px solid var(--_error);
    padding-left: calc(var(--_space) * 0.75);
  }
  label,
  .label {
    display: block;
    font-weight: 600;
    margin-bottom: 0.25rem;
  }
  .hint {
    display: block;
    color: var(--_muted);
    font-weight: 400;
    margin: 0 0 0.5rem;
  }
  .error-message {
    display: block;
    color: var(--_error);
    font-weight: 600;
    margin: 0 0 0.5rem;
  }
  input[type='text'],
  textarea,
  select {
    font: inherit;
    color: inherit;
    background: #fff;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5rem 0.75rem;
    max-width: 100%;
  }
  input[type='text'] {
    width: 24rem;
  }
  input.narrow {
    width: 10rem;
  }
  input.score {
    width: 5rem;
  }
  textarea {
    width: 100%;
    min-height: 7rem;
    resize: vertical;
  }
  [aria-invalid='true'] {
    border-color: var(--_error);
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: 0.75rem;
    margin: 0 0 0.5rem;
  }
  .choice input {
    flex: none;
    width: 1.5rem;
    height: 1.5rem;
    margin: 0.125rem 0 0;
    accent-color: var(--_primary);
  }
  .choice label {
    font-weight: 400;
    margin: 0;
  }
  .choices--inline {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.5rem;
  }
  .reveal {
    margin: 0.25rem 0 1rem 0.75rem;
    padding-left: 1.25rem;
    border-left: 4px solid var(--_border);
  }
  .divider {
    margin: 0.5rem 0 0.75rem;
    font-weight: 600;
  }
  .section {
    margin-top: calc(var(--_space) * 2);
  }
  .section--caseworker {
    background: var(--_panel);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  .error-summary {
    border: 4px solid var(--_error);
    border-radius: var(--_radius);
    padding: var(--_space);
    margin: 0 0 calc(var(--_space) * 2);
  }
  .error-summary h2 {
    font-size: 1.25rem;
  }
  .error-summary ul {
    margin: 0;
    padding-left: 1.25rem;
  }
  .error-summary a {
    color: var(--_error);
    font-weight: 600;
  }
  button {
    font: inherit;
    font-weight: 600;
    border-radius: var(--_radius);
    padding: 0.625rem 1.25rem;
    cursor: pointer;
    min-height: 2.75rem;
  }
  .button-primary {
    background: var(--_primary);
    color: var(--_on-primary);
    border: 2px solid var(--_primary);
  }
  .button-primary:hover {
    background: var(--_primary-hover);
  }
  .button-secondary {
    background: #fff;
    color: var(--_primary);
    border: 2px solid var(--_primary);
  }
  .result {
    border-left: 6px solid var(--_primary);
    padding-left: var(--_space);
  }
  .result ul {
    padding-left: 1.25rem;
  }
  .result li {
    margin-bottom: 0.5rem;
  }
  .notice {
    border-left: 6px solid var(--_warning);
    background: var(--_panel);
    padding: calc(var(--_space) / 2) var(--_space);
    margin: 0 0 var(--_space);
  }
  .notice h3 {
    margin-top: 0;
  }
  .source {
    display: block;
    color: var(--_muted);
    font-size: 0.875rem;
  }
  :focus-visible,
  a:focus,
  [tabindex='-1']:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  [tabindex='-1']:focus:not(:focus-visible) {
    outline: none;
  }
  @media (max-width: 30rem) {
    input[type='text']:not(.score) {
      width: 100%;
    }
  }
`;
