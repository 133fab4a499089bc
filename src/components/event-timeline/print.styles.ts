/**
 * Printing's styles: the list view's module carries them (printing shows
 * the list, so the module has loaded before anything prints; see
 * print-controller.ts), not the first paint's.
 */
import { css } from 'lit';

export const printStyles = css`
  @media print {
    .controls,
    .filters,
    .legend,
    #chart-help,
    .more button {
      display: none;
    }
  }
`;
