import { css } from 'lit';

/** What the hko check adds to the shared look: per scheme an outcome that reads in words. */
export const hkoCheckStyles = css`
  .scheme-result {
    margin: calc(var(--_space) * 2) 0;
  }
  /* The outcome is its words; the bar beside it only repeats them. */
  .outcome {
    border-left: 6px solid var(--_border);
    background: var(--_panel);
    padding: calc(var(--_space) / 2) var(--_space);
  }
  .outcome--likely-eligible {
    border-left-color: var(--_success);
  }
  .outcome--not-eligible {
    border-left-color: var(--_error);
  }
  .outcome--needs-assessment {
    border-left-color: var(--_warning);
  }
  .figures dt {
    font-weight: 600;
  }
  .figures dd {
    margin: 0 0 var(--_space);
  }
  .figures .hint {
    margin-top: 0.25rem;
  }
`;
