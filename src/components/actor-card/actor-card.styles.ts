import { css } from 'lit';
import { tokens } from '../../styles/tokens.js';

export const styles = [
  tokens,
  css`
    :host {
      display: block;
      font-size: var(--chronoline-actor-card-font-size, 0.875rem);
      line-height: 1.35;
    }
    .card {
      display: flex;
      gap: 0.75em;
      align-items: flex-start;
      padding: 0.6em 0.75em;
      border-radius: var(--_radius);
      background: var(--chronoline-actor-card-background, var(--_surface));
      min-width: 0;
    }
    .avatar {
      flex: none;
      width: 2.5em;
      height: 2.5em;
      border-radius: 50%;
      display: grid;
      place-items: center;
      font-weight: 700;
      letter-spacing: 0.02em;
      background: var(--chronoline-actor-card-avatar-background, light-dark(#dfe4ea, #3a3f45));
      color: var(--_text);
      overflow: hidden;
    }
    .avatar img {
      width: 100%;
      height: 100%;
      object-fit: cover;
    }
    .body {
      min-width: 0;
    }
    .name {
      margin: 0;
      font-size: 1em;
      font-weight: 700;
    }
    .native-wrap {
      margin-inline-start: 0.4em;
    }
    .native {
      font-weight: 400;
      color: var(--_muted);
      unicode-bidi: isolate;
    }
    .meta,
    .count {
      margin: 0.1em 0 0;
      color: var(--_muted);
      overflow-wrap: anywhere;
    }
    .error {
      margin: 0.1em 0 0;
      color: var(--_text);
      overflow-wrap: anywhere;
    }
    .kind {
      text-transform: uppercase;
      font-size: 0.75em;
      letter-spacing: 0.06em;
    }
    @media (forced-colors: active) {
      .card {
        border: 1px solid CanvasText;
      }
    }
  `,
];
