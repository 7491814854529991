import { css } from 'lit';

/**
 * The default look follows Det Fælles Designsystem (DKFDS 11): IBM Plex Sans
 * with system fallbacks, black text on white, its grey primary buttons, a
 * 3 px grey focus outline, errors marked by a red bar and a text (never by
 * colour alone), a blue bar for information. Every colour and size is a
 * custom property (`--rummelig-*`, listed in the README and the manifest)
 * and the main blocks are parts, so a portal restyles from outside without
 * touching the shadow DOM. The only motion, the buttons' change of colour,
 * stops under `prefers-reduced-motion`.
 */
export const formStyles = css`
  :host {
    --_font: var(--rummelig-font-family, 'IBM Plex Sans', system-ui, -apple-system, 'Segoe UI', Arial, sans-serif);
    --_text: var(--rummelig-color-text, #1a1a1a);
    --_muted: var(--rummelig-color-hint, #707070);
    --_primary: var(--rummelig-color-primary, #454545);
    --_primary-hover: var(--rummelig-color-primary-hover, #000);
    --_on-primary: var(--rummelig-color-on-primary, #fff);
    --_link: var(--rummelig-color-link, #004d99);
    --_error: var(--rummelig-color-error, #cc0000);
    --_warning: var(--rummelig-color-warning, #febb30);
    --_success: var(--rummelig-color-success, #358000);
    --_info: var(--rummelig-color-info, #1b86c3);
    --_info-background: var(--rummelig-color-info-background, #e2f2fb);
    --_border: var(--rummelig-color-border, #8e8e8e);
    --_panel: var(--rummelig-color-panel, #f5f5f5);
    --_background: var(--rummelig-color-background, #fff);
    --_focus: var(--rummelig-color-focus, #454545);
    --_focus-width: var(--rummelig-focus-width, 3px);
    --_radius: var(--rummelig-radius, 4px);
    --_space: var(--rummelig-space, 1rem);
    --_transition: var(--rummelig-transition-duration, 0.15s);
    display: block;
    max-width: var(--rummelig-max-width, 44rem);
    font-family: var(--_font);
    font-size: var(--rummelig-font-size, 1rem);
    line-height: var(--rummelig-line-height, 1.5);
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
  /* A heading is styled by its rank in the form, not by its tag, which heading-level sets. */
  .heading-2,
  .heading-3,
  .heading-4,
  legend,
  label {
    hyphens: auto;
    /* A heading's word breaks only when it cannot fit on a line of its own. */
    overflow-wrap: break-word;
  }
  .heading-2 {
    font-size: 1.5rem;
    line-height: 1.3;
    margin: 0 0 var(--_space);
  }
  .page-heading {
    font-size: 1.75rem;
    font-weight: 700;
    margin: 0 0 calc(var(--_space) / 2);
  }
  .page-heading label {
    font: inherit;
    margin: 0;
  }
  .heading-3,
  legend.section {
    font-size: 1.25rem;
    font-weight: 700;
    margin: calc(var(--_space) * 2) 0 calc(var(--_space) / 2);
    padding: 0;
  }
  .heading-4 {
    font-size: 1.125rem;
    margin: calc(var(--_space) * 1.5) 0 calc(var(--_space) / 2);
  }
  p,
  label,
  .hint,
  .error-message {
    max-width: 66ch;
  }
  p {
    margin: 0 0 var(--_space);
  }
  a {
    color: var(--_link);
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
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5rem 1rem;
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
    border: 2px solid var(--_error);
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
  .panel {
    background: var(--_panel);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  /* A legend sits in its fieldset's border; floated, it sits inside the panel instead. */
  fieldset.panel > legend {
    float: left;
    width: 100%;
  }
  fieldset.panel > legend + * {
    clear: both;
  }
  .error-summary {
    border: 4px solid var(--_error);
    border-radius: var(--_radius);
    padding: var(--_space);
    margin: 0 0 calc(var(--_space) * 2);
  }
  /* The same at rank 2, above a page's heading, and at rank 3, under the form's. */
  .error-summary .error-summary__title {
    margin: 0 0 var(--_space);
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
    max-width: 100%;
    transition:
      background-color var(--_transition),
      color var(--_transition);
  }
  .button-primary {
    background: var(--_primary);
    color: var(--_on-primary);
    border: 1px solid var(--_primary);
  }
  .button-primary:hover {
    background: var(--_primary-hover);
    text-decoration: underline;
  }
  .button-secondary {
    background: var(--_background);
    color: var(--_primary);
    border: 1px solid var(--_primary);
  }
  .button-secondary:hover {
    text-decoration: underline;
  }
  .button-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
  }
  .back-link {
    all: unset;
    display: inline-block;
    position: relative;
    margin: 0 0 var(--_space);
    padding: 0.25rem 0 0.25rem 1rem;
    color: var(--_text);
    text-decoration: underline;
    cursor: pointer;
  }
  /* A chevron drawn with borders: no image to load, and it follows the text colour. */
  .back-link::before {
    content: '';
    position: absolute;
    left: 0.125rem;
    top: 50%;
    width: 0.45rem;
    height: 0.45rem;
    border: solid currentColor;
    border-width: 0 0 2px 2px;
    transform: translateY(-50%) rotate(45deg);
  }
  .progress {
    margin: 0 0 var(--_space);
  }
  .progress__text {
    margin: 0 0 0.25rem;
    color: var(--_muted);
    font-weight: 600;
  }
  .progress__bar {
    display: flex;
    gap: 2px;
    max-width: 24rem;
  }
  .progress__bar span {
    flex: 1;
    height: 0.5rem;
    border: 1px solid var(--_border);
    background: var(--_background);
  }
  .progress__bar .done,
  .progress__bar .current {
    background: var(--_primary);
    border-color: var(--_primary);
  }
  .summary-list {
    margin: 0 0 calc(var(--_space) * 1.5);
    border-top: 1px solid var(--_border);
  }
  .summary-list__row {
    display: grid;
    grid-template-columns: minmax(0, 2fr) minmax(0, 2fr) auto;
    gap: 0.25rem var(--_space);
    padding: 0.75rem 0;
    border-bottom: 1px solid var(--_border);
  }
  .summary-list dt {
    font-weight: 600;
  }
  .summary-list + .summary-list {
    border-top: 0;
  }
  .summary-list dd {
    margin: 0;
  }
  /* A term hidden on screen leaves the grid, so its answer takes the term's column too and "Ændr" stays at the right. */
  .summary-list dt.visually-hidden + dd {
    grid-column: 1 / 3;
  }
  .summary-list ul {
    margin: 0;
    padding-left: 1.25rem;
  }
  .not-answered {
    color: var(--_muted);
  }
  .free-text {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
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
  .notice--info {
    border-left-color: var(--_info);
    background: var(--_info-background);
    margin: var(--_space) 0 calc(var(--_space) * 1.5);
  }
  .notice .heading-3,
  .notice .heading-4 {
    margin-top: 0.5rem;
  }
  .source {
    display: block;
    color: var(--_muted);
    font-size: 0.875rem;
  }
  :focus-visible,
  a:focus,
  [tabindex='-1']:focus {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 1px;
  }
  /* A heading that takes focus is where reading starts, not a control; as GOV.UK does with the element its skip link
     focuses, it shows no outline. The error summary keeps its outline: it holds the links the citizen goes on to. */
  [tabindex='-1']:focus:not(:focus-visible),
  .heading-2[tabindex='-1']:focus,
  .heading-3[tabindex='-1']:focus {
    outline: none;
  }
  @media (max-width: 30rem) {
    input[type='text']:not(.score) {
      width: 100%;
    }
    .page-heading {
      font-size: 1.5rem;
    }
    .summary-list__row {
      grid-template-columns: minmax(0, 1fr);
    }
    .summary-list dt.visually-hidden + dd {
      grid-column: auto;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition-duration: 0s !important;
      animation-duration: 0s !important;
      scroll-behavior: auto !important;
    }
  }
  /* Windows' contrast themes: the bar's steps keep their borders, and the chosen ones take the highlight. */
  @media (forced-colors: active) {
    .progress__bar .done,
    .progress__bar .current {
      background: Highlight;
    }
  }
`;
