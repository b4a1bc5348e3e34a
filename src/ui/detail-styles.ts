/**
 * Styles of a meeting's details (`meeting-detail.ts`, `detail-actions.ts`). Scoped under `.detail`
 * so they cannot restyle the list; colours, spacing and radius come from the private tokens of
 * `styles.ts`. Every button and link is a 44px target: the details are mostly used on a phone,
 * often by someone in a hurry.
 */
import { css } from 'lit';
import { BREAKPOINTS } from './breakpoints.js';

export const detailStyles = css`
  .detail {
    display: flex;
    flex-direction: column;
    gap: var(--_ml-space);
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .detail h3 {
    font-size: 1.375em;
    line-height: 1.25;
    margin: 0;
  }
  .detail h3:focus {
    outline: none;
  }
  .detail h3:focus-visible {
    outline: 3px solid var(--_ml-color-accent);
    outline-offset: 2px;
  }
  .detail h4 {
    font-size: 1em;
    margin: 0 0 0.25rem;
  }
  .detail p,
  .detail dl,
  .detail dd,
  .detail ul {
    margin: 0;
  }
  .detail ul {
    padding: 0;
    list-style: none;
  }

  /* Buttons and links a thumb can hit. */
  .detail .back,
  .detail .action,
  .detail .related-meeting {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 44px;
    min-width: 44px;
    padding: 0.5rem 0.875rem;
    font: inherit;
    line-height: 1.25;
    text-align: start;
    text-decoration: none;
    color: var(--_ml-color-accent);
    background: var(--_ml-color-bg);
    border: 1px solid var(--_ml-color-control-border, var(--_ml-color-border));
    border-radius: var(--_ml-radius);
    cursor: pointer;
    margin: 0;
  }
  .detail .back {
    align-self: flex-start;
  }
  .detail .action.primary {
    color: var(--_ml-color-accent-text);
    background: var(--_ml-color-accent);
    border-color: var(--_ml-color-accent);
  }
  /* The back arrow points to where the reading came from: the right, in a right-to-left language. */
  [dir='rtl'] .back svg {
    transform: scaleX(-1);
  }
  .detail .back:hover,
  .detail .action:hover,
  .detail .related-meeting:hover {
    background: var(--_ml-color-surface);
  }
  .detail .action.primary:hover {
    background: var(--_ml-color-accent);
    text-decoration: underline;
  }
  .detail .icon {
    flex: none;
    width: 1.25em;
    height: 1.25em;
  }

  .detail .facts {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: 0.25rem 1rem;
  }
  .detail .facts > div {
    display: contents;
  }
  .detail .facts dt,
  .detail .region .label {
    color: var(--_ml-color-muted);
  }
  .detail .when .yours {
    display: block;
    color: var(--_ml-color-muted);
  }

  .detail .detail-take-along {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .detail .star-action[aria-pressed='true'] {
    background: var(--_ml-color-surface);
  }
  .detail .detail-qr svg {
    display: block;
    width: 12rem;
    height: 12rem;
  }
  .detail .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .detail .phone {
    white-space: nowrap;
  }
  .detail .action-notes,
  .detail .hint {
    color: var(--_ml-color-muted);
    white-space: pre-line;
  }
  .detail .share-status:empty {
    display: none;
  }
  .detail .share-status {
    font-weight: 600;
  }
  .detail .share-field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }
  .detail .share-field input {
    font: inherit;
    color: inherit;
    background: var(--_ml-color-bg);
    min-height: 44px;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_ml-color-control-border, var(--_ml-color-border));
    border-radius: var(--_ml-radius);
    width: 100%;
  }

  /* Notes keep the line breaks their author typed; they are text, never markup. */
  .detail .text {
    white-space: pre-line;
  }
  .detail .place {
    font-weight: 600;
  }

  .detail .described {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
  }
  .detail .described dt {
    font-weight: 600;
  }
  .detail .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
    margin-top: 0.5rem;
  }
  .detail .tags li {
    padding: 0 0.5rem;
    border: 1px solid var(--_ml-color-border);
    border-radius: 999px;
  }

  .detail .related {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }
  .detail .related-meeting {
    width: 100%;
    color: var(--_ml-color-text);
  }
  .detail .related-when {
    flex: none;
    min-width: 8.5rem;
    color: var(--_ml-color-muted);
  }
  .detail .related-name {
    color: var(--_ml-color-accent);
    font-weight: 600;
  }

  .detail .source {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    padding-top: var(--_ml-space);
    border-top: 1px solid var(--_ml-color-border);
    color: var(--_ml-color-muted);
  }
  .detail .contact-links a,
  .detail .report a {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
    min-height: 44px;
    color: var(--_ml-color-accent);
  }
  .detail .contact-links .email,
  .detail .contact-links .host,
  .detail .contact-links .handle {
    color: var(--_ml-color-text);
    overflow-wrap: anywhere;
  }
  .detail .district .label,
  .detail .entity-area {
    color: var(--_ml-color-muted);
  }
  .detail .source a {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
  }

  @container (max-width: ${BREAKPOINTS.stacked}rem) {
    .detail .facts {
      grid-template-columns: minmax(0, 1fr);
    }
    .detail .facts dd {
      margin-bottom: 0.25rem;
    }
    .detail .action {
      flex: 1 1 100%;
    }
  }

  @media (forced-colors: active) {
    .detail .action,
    .detail .back,
    .detail .related-meeting {
      border: 1px solid ButtonText;
    }
  }
`;
