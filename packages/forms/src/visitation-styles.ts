import { css } from 'lit';

/**
 * What the job broker's form adds to the common look: it is wider, the
 * step-1 answers sit in a panel, and the recommendation stands beside the
 * decision when there is room, above it when there is not (320 px, 200 % zoom).
 */
export const visitationStyles = css`
  :host {
    max-width: var(--rummelig-max-width, 60rem);
  }
  legend .heading-4 {
    font-size: 1.125rem;
    font-weight: 700;
    margin: calc(var(--_space) * 1.5) 0 calc(var(--_space) / 2);
  }
  .theme-label {
    font-size: 1.125rem;
    font-weight: 700;
  }
  .hint p {
    margin: 0 0 0.5rem;
  }
  .help-questions-title {
    font-weight: 600;
  }
  .help-questions {
    margin: 0 0 0.5rem;
    padding-left: 1.25rem;
  }
  .handover {
    margin: 0 0 calc(var(--_space) * 2);
  }
  .handover .heading-3 {
    margin-top: 0;
  }
  dl {
    margin: 0 0 var(--_space);
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0 0 0.75rem;
  }
  .verdict {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 20rem), 1fr));
    gap: calc(var(--_space) * 1.5);
    margin: calc(var(--_space) * 2) 0;
    align-items: start;
  }
  .recommendation {
    border-left: 6px solid var(--_primary);
    padding-left: var(--_space);
  }
  .recommendation .heading-3,
  .decision legend .heading-3 {
    margin-top: 0;
  }
  .recommendation ul {
    padding-left: 1.25rem;
  }
`;
