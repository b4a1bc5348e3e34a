/**
 * On paper: the schedule (`print-schedule.ts`) instead of the interactive element. Controls,
 * the scrolling list (only a few rows of it exist), the map and the host's panels are of no use on
 * paper; the schedule is black on white with no backgrounds (printers skip them, toner is dear),
 * a meeting never split across pages, and a day's heading never left alone at a page's foot.
 */
import { css } from 'lit';

export const printStyles = css`
  .print-schedule {
    display: none;
  }

  @media print {
    :host {
      color: #000;
      background: none;
    }
    .search,
    .near,
    .filters,
    .summary,
    .list,
    .map-pane,
    .map,
    .view-switch,
    .chosen,
    .reachable,
    .mine,
    .helplines,
    .detail,
    .panels,
    .no-results,
    .diagnostics,
    button {
      display: none !important;
    }
    /* Side by side or one-at-a-time layouts would leave the schedule a column or hide it. */
    .columns,
    .main,
    .panes,
    .finder {
      display: block !important;
    }
    .message {
      background: none;
      color: #000;
    }

    .print-schedule {
      display: block !important;
      color: #000;
      background: none;
      line-height: 1.25;
      /* About 10.5 pt: a counselor's page of up to eight meetings and the helpline fits one sheet. */
      font-size: 0.875em;
    }
    .print-schedule * {
      color: #000 !important;
      background: none !important;
      box-shadow: none !important;
      text-shadow: none !important;
    }
    .print-title {
      font-size: 1.375em;
      margin: 0 0 0.25em;
    }
    .print-meta {
      margin: 0 0 0.75em;
      font-size: 0.875em;
    }
    .print-day h3 {
      font-size: 1.125em;
      margin: 0.6em 0 0.2em;
      padding-bottom: 0.125em;
      border-bottom: 1.5pt solid #000;
      break-after: avoid;
      page-break-after: avoid;
    }
    .print-day ul {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .print-meeting {
      display: grid;
      grid-template-columns: minmax(6em, 22%) minmax(0, 1fr);
      gap: 0 0.75em;
      padding: 0.2em 0;
      border-bottom: 0.5pt solid #888;
      break-inside: avoid;
      page-break-inside: avoid;
    }
    .print-time {
      font-weight: 600;
      font-variant-numeric: tabular-nums;
    }
    .print-zone {
      display: block;
      font-weight: normal;
      font-size: 0.875em;
    }
    .print-helplines h3 {
      font-size: 1.125em;
      margin: 0.75em 0 0.2em;
      border-bottom: 1.5pt solid #000;
    }
    .print-helplines ul {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .print-body > * {
      display: block;
    }
    .print-body,
    .print-url {
      /* Long addresses and join links wrap instead of running off the page. */
      overflow-wrap: anywhere;
    }
  }
`;
