/** The styles of "My meetings" taken along (they come with its chunk). */
import { css } from 'lit';

export const takeAlongStyles = css`
  .mine {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_ml-color-border);
    border-radius: var(--_ml-radius);
    background: var(--_ml-color-surface);
  }
  .mine > p:first-child {
    font-weight: 600;
  }
  .mine-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .mine-actions .action {
    display: inline-flex;
    align-items: center;
    min-height: 2.75rem;
    padding: 0 1rem;
    border: 1px solid var(--_ml-color-accent);
    border-radius: var(--_ml-radius);
    font: inherit;
    font-weight: 600;
    color: var(--_ml-color-accent);
    background: var(--_ml-color-bg);
    text-decoration: none;
    cursor: pointer;
  }
  .copy-fallback {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }
  .copy-fallback textarea {
    font: inherit;
    color: inherit;
    background: var(--_ml-color-bg);
    border: 1px solid var(--_ml-color-control-border);
    border-radius: var(--_ml-radius);
    padding: 0.5rem;
  }
  .mine > .quiet {
    align-self: flex-start;
  }
`;
