/** The styles of "Still possible tonight" and the compact view (they come with its chunk). */
import { css } from 'lit';

export const reachableStyles = css`
  /* "Still possible tonight": a few meetings with their one-tap actions. */
  .reachable {
    border: 2px solid var(--_ml-color-accent);
    border-radius: var(--_ml-radius);
    padding: 0.5rem 0.75rem;
  }
  .reachable h3 {
    font-size: 1em;
  }
  .reachable-list {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .reachable-item {
    padding: 0.5rem 0;
    border-bottom: 1px solid var(--_ml-color-border);
  }
  .reachable-item:last-child {
    border-bottom: 0;
  }
  .reachable-item h4 {
    overflow-wrap: anywhere;
  }
  .reachable .status,
  .reachable .travel {
    font-weight: 600;
    color: var(--_ml-color-in-person);
  }
  .reachable .where,
  .reachable .when,
  .travel-note {
    color: var(--_ml-color-muted);
    overflow-wrap: anywhere;
  }
  .travel-note {
    font-size: 0.875em;
  }
  .reach-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-top: 0.25rem;
  }
  /* One tap: targets of 44 px, as on a phone. */
  .reach-actions a {
    display: inline-flex;
    align-items: center;
    min-height: 2.75rem;
    padding: 0 1rem;
    border: 1px solid var(--_ml-color-accent);
    border-radius: var(--_ml-radius);
    font-weight: 600;
    text-decoration: none;
  }
  .reach-actions a.primary {
    background: var(--_ml-color-accent);
    color: var(--_ml-color-accent-text);
  }
  /* Folded in a short element: one line, a button of 44 px that opens it. */
  .reachable.folded {
    padding-block: 0;
  }
  .reach-fold {
    font: inherit;
    font-weight: 600;
    color: var(--_ml-color-text);
    background: none;
    border: 0;
    margin: 0;
    padding: 0;
    width: 100%;
    min-height: 2.75rem;
    display: flex;
    align-items: center;
    gap: 0.5rem;
    text-align: start;
    cursor: pointer;
  }
  .none-reachable,
  .see-all {
    padding: 0.5rem 0;
  }
`;
