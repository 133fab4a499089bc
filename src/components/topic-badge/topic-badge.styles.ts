import { css } from 'lit';
import { tokens } from '../../styles/tokens.js';

export const styles = [
  tokens,
  css`
    :host {
      display: inline-block;
      max-width: 100%;
      vertical-align: middle;
      font-size: var(--chronoline-topic-badge-font-size, 0.8125rem);
      line-height: 1.2;
    }
    .badge {
      display: inline-flex;
      align-items: center;
      gap: 0.35em;
      min-height: 24px;
      padding: 0.2em 0.7em;
      border-radius: 999px;
      border: 2px solid var(--_badge-color);
      background: var(--_badge-color);
      color: var(--_badge-text);
      font: inherit;
      font-weight: 600;
      /* Long labels wrap instead of widening a 320 px page. */
      max-width: 100%;
      overflow-wrap: anywhere;
      text-align: start;
    }
    button.badge {
      cursor: pointer;
    }
    /* Off (not filtering): an outlined pill; on: filled with a check mark,
       so the state is visible without colour. */
    button.badge[aria-pressed='false'] {
      background: transparent;
      color: var(--_text);
    }
    button.badge:focus-visible {
      outline: 3px solid var(--_accent);
      outline-offset: 2px;
    }
    /* An id that leads nowhere: dashed, marked, and the reason for screen readers. */
    .badge.unknown {
      border-style: dashed;
      background: transparent;
      color: var(--_text);
    }
    .badge.unknown::before {
      content: '⚠' / '';
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .check {
      font-weight: 700;
    }
    @media (forced-colors: active) {
      .badge {
        border-color: ButtonText;
      }
      button.badge[aria-pressed='true'] {
        background: Highlight;
        color: HighlightText;
      }
    }
  `,
];
