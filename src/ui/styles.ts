/**
 * Design tokens and the element's styles. Public tokens are `--ml-*` custom properties a host page
 * may set; each is read once into a private `--_ml-*` variable with its default, so the rest of the
 * sheet never repeats a fallback. Written for hostile pages: host CSS cannot reach in, but inherited
 * font and colour can, so both are set from tokens.
 */
import { css } from 'lit';

export const tokens = css`
  :host {
    --_ml-font: var(--ml-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_ml-font-size: var(--ml-font-size, 1rem);
    --_ml-color-text: var(--ml-color-text, #1d1f23);
    --_ml-color-muted: var(--ml-color-muted, #4f5560);
    --_ml-color-bg: var(--ml-color-bg, #ffffff);
    --_ml-color-surface: var(--ml-color-surface, #f4f5f7);
    --_ml-color-border: var(--ml-color-border, #c9ced6);
    --_ml-color-accent: var(--ml-color-accent, #0b5cad);
    --_ml-color-accent-text: var(--ml-color-accent-text, #ffffff);
    --_ml-color-error: var(--ml-color-error, #a4161a);
    --_ml-color-warning: var(--ml-color-warning, #8a5a00);
    --_ml-color-online: var(--ml-color-online, #5b2a86);
    --_ml-color-in-person: var(--ml-color-in-person, #1e6b33);
    --_ml-radius: var(--ml-radius, 0.5rem);
    --_ml-space: var(--ml-space, 1rem);
    --_ml-list-height: var(--ml-list-height, min(36rem, 80vh));
    --_ml-panels-width: var(--ml-panels-width, 22rem);
    --_ml-time-width: var(--ml-time-width, 9.5rem);
  }
`;

export const styles = css`
  :host {
    display: block;
    box-sizing: border-box;
    container-type: inline-size;
    font-family: var(--_ml-font);
    font-size: var(--_ml-font-size);
    line-height: 1.45;
    color: var(--_ml-color-text);
    background: var(--_ml-color-bg);
    text-align: start;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  [hidden] {
    display: none !important;
  }
  h3,
  h4,
  p {
    margin: 0;
  }
  a {
    color: var(--_ml-color-accent);
  }
  a:focus-visible,
  button:focus-visible,
  input:focus-visible,
  summary:focus-visible {
    outline: 3px solid var(--_ml-color-accent);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  .columns {
    display: grid;
    gap: var(--_ml-space);
    grid-template-columns: minmax(0, 1fr);
  }
  @container (min-width: 52rem) {
    .columns.with-panels {
      grid-template-columns: minmax(0, 1fr) minmax(16rem, var(--_ml-panels-width));
    }
  }
  .finder {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_ml-space) / 2);
    min-width: 0;
  }

  .search {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }
  .search label {
    font-weight: 600;
  }
  .search input {
    font: inherit;
    color: inherit;
    background: var(--_ml-color-bg);
    width: 100%;
    min-height: 2.75rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_ml-color-border);
    border-radius: var(--_ml-radius);
    margin: 0;
  }
  .summary {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    color: var(--_ml-color-muted);
    font-size: 0.9375em;
  }
  .count {
    font-weight: 600;
    color: var(--_ml-color-text);
  }

  .list {
    height: var(--_ml-list-height);
    overflow: auto;
    overscroll-behavior: contain;
    border: 1px solid var(--_ml-color-border);
    border-radius: var(--_ml-radius);
  }
  .day {
    width: 100%;
    padding: 0.5rem 0.75rem;
    background: var(--_ml-color-surface);
    border-bottom: 1px solid var(--_ml-color-border);
    font-size: 1em;
  }
  .day small {
    font-weight: normal;
    color: var(--_ml-color-muted);
  }
  .meeting {
    width: 100%;
    display: grid;
    /* A fixed time column keeps names aligned down the list. */
    grid-template-columns: var(--_ml-time-width) minmax(0, 1fr);
    gap: 0.25rem 0.75rem;
    padding: 0.75rem;
    border-bottom: 1px solid var(--_ml-color-border);
  }
  .meeting .time {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
    /* Wraps after the dash rather than run into the name when a locale's times are long. */
    overflow-wrap: anywhere;
  }
  .meeting .time .yours,
  .meeting .time .status {
    display: block;
    font-weight: normal;
    font-size: 0.875em;
    color: var(--_ml-color-muted);
  }
  .meeting .time .status {
    color: var(--_ml-color-in-person);
    font-weight: 600;
  }
  .meeting .distance {
    font-weight: 600;
    color: var(--_ml-color-text);
  }
  .meeting h4 {
    font-size: 1.0625em;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  .meeting .where,
  .meeting .types {
    color: var(--_ml-color-muted);
    overflow-wrap: anywhere;
  }
  .meeting .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
  }
  .badge {
    display: inline-block;
    padding: 0 0.4rem;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.8125em;
    font-weight: 600;
    white-space: nowrap;
  }
  .badge.in_person {
    color: var(--_ml-color-in-person);
  }
  .badge.online,
  .badge.hybrid {
    color: var(--_ml-color-online);
  }
  .badge.inactive {
    color: var(--_ml-color-muted);
  }
  @container (max-width: 26rem) {
    .meeting {
      grid-template-columns: minmax(0, 1fr);
    }
  }

  .message {
    padding: var(--_ml-space);
    border: 1px solid var(--_ml-color-border);
    border-radius: var(--_ml-radius);
    background: var(--_ml-color-surface);
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.5rem;
  }
  .message.error {
    border-color: var(--_ml-color-error);
  }
  .message.warning {
    border-color: var(--_ml-color-warning);
  }
  .message ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .message.error h3 {
    color: var(--_ml-color-error);
  }
  button {
    font: inherit;
    min-height: 2.75rem;
    padding: 0.5rem 1rem;
    border: 1px solid var(--_ml-color-accent);
    border-radius: var(--_ml-radius);
    background: var(--_ml-color-accent);
    color: var(--_ml-color-accent-text);
    cursor: pointer;
    text-transform: none;
    letter-spacing: normal;
    margin: 0;
  }
  button.quiet {
    background: transparent;
    color: var(--_ml-color-accent);
  }
  .diagnostics {
    font-size: 0.875em;
    color: var(--_ml-color-muted);
  }
  .diagnostics ul {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25rem;
    max-height: 12rem;
    overflow: auto;
  }

  .filters {
    border: 1px solid var(--_ml-color-border);
    border-radius: var(--_ml-radius);
    padding: 0.5rem 0.75rem;
  }
  .filters > summary,
  details.more > summary {
    cursor: pointer;
    font-weight: 600;
    padding: 0.25rem 0;
  }
  .filters > summary .n,
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
    border: 1px solid var(--_ml-color-border);
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
    border-color: var(--_ml-color-accent);
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
  .hint {
    flex-basis: 100%;
    font-size: 0.875em;
    color: var(--_ml-color-muted);
  }
  .regions {
    max-height: 16rem;
    overflow: auto;
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    margin-top: 0.5rem;
  }
  .region-search,
  .near label {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    flex-wrap: wrap;
  }
  .region-search input,
  .near input,
  .near select {
    font: inherit;
    color: inherit;
    min-height: 2.25rem;
    padding: 0.25rem 0.5rem;
    border: 1px solid var(--_ml-color-border);
    border-radius: var(--_ml-radius);
    background: var(--_ml-color-bg);
    margin: 0;
  }
  .near {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
  }
  .near-me {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
  }
  .near-me[aria-pressed='true'] {
    background: var(--_ml-color-accent);
    color: var(--_ml-color-accent-text);
  }
  .near-status {
    flex-basis: 100%;
    color: var(--_ml-color-muted);
    font-size: 0.9375em;
  }
  .near-status:empty {
    display: none;
  }
  .no-results ul {
    list-style: none;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
  }

  .panels {
    display: flex;
    flex-direction: column;
    gap: var(--_ml-space);
    min-width: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      scroll-behavior: auto !important;
      transition: none !important;
      animation: none !important;
    }
  }
`;
