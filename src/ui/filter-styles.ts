/**
 * The filter panel's options: fieldsets of chips (a checkbox with its name and count), the long
 * lists behind their own disclosures, the area finder. In the options' chunk, with them.
 */
import { css } from 'lit';

export const filterStyles = css`
  details.more > summary {
    cursor: pointer;
    font-weight: 600;
    padding: 0.25rem 0;
  }
  details.more > summary .n {
    font-weight: normal;
    color: var(--_ml-color-muted);
  }
  .filter-groups {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.625rem;
    margin-top: 0.375rem;
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
  }
  legend {
    padding: 0;
    margin-bottom: 0.25rem;
    font-weight: 600;
    font-size: 0.875em;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    min-height: 2.25rem;
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--_ml-color-control-border);
    border-radius: 999px;
    background: var(--_ml-color-bg);
    font-size: 0.9375em;
    cursor: pointer;
    user-select: none;
  }
  .chip input {
    margin: 0;
    width: 1rem;
    height: 1rem;
    accent-color: var(--_ml-color-accent);
  }
  .chip.on {
    /* Thicker, not only another colour: the state shows without colour vision too. */
    border-color: var(--_ml-color-accent);
    box-shadow: inset 0 0 0 1px var(--_ml-color-accent);
    background: color-mix(in srgb, var(--_ml-color-accent) 10%, var(--_ml-color-bg));
  }
  .chip .n {
    color: var(--_ml-color-muted);
    font-variant-numeric: tabular-nums;
    font-size: 0.875em;
  }
  .chip.off {
    cursor: not-allowed;
    border-style: dashed;
  }
  .chip input:focus-visible {
    outline: 3px solid var(--_ml-color-accent);
    outline-offset: 3px;
  }
  .regions {
    max-height: 16rem;
    overflow: auto;
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    margin-top: 0.5rem;
  }
  .region-search {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    flex-wrap: wrap;
  }

  /* Forced colours (see styles.ts): a chip keeps its edge, a chosen one a thicker edge, a disabled one grey. */
  @media (forced-colors: active) {
    .chip {
      border: 1px solid ButtonText !important;
    }
    .chip.on {
      border: 3px solid Highlight !important;
    }
    .chip.off {
      border-color: GrayText !important;
      color: GrayText;
    }
  }
`;
