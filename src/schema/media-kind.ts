/**
 * What an event's media is, read from its `kind` or else from its URL's host
 * and extension: an image is shown, a video, audio, map or post is a link
 * card (chronoline embeds nothing: no iframes, no third-party scripts).
 */
import type { MediaKind } from './chronology-schema.js';

const IMAGE = /\.(jpe?g|png|gif|webp|avif|svg|bmp)$/i;
const VIDEO = /\.(mp4|webm|ogv|mov|m4v)$/i;
const AUDIO = /\.(mp3|ogg|oga|wav|m4a|aac|flac|opus)$/i;

/** Hosts (and their subdomains) by kind. */
const HOSTS: [MediaKind, string[]][] = [
  ['video', ['youtube.com', 'youtu.be', 'youtube-nocookie.com', 'vimeo.com', 'dailymotion.com', 'twitch.tv', 'tiktok.com', 'ted.com']],
  ['audio', ['soundcloud.com', 'spotify.com', 'mixcloud.com', 'podcasts.apple.com', 'bandcamp.com']],
  ['map', ['openstreetmap.org', 'maps.google.com', 'maps.apple.com', 'bing.com/maps']],
  [
    'post',
    [
      'twitter.com',
      'x.com',
      'instagram.com',
      'facebook.com',
      'threads.net',
      'bsky.app',
      'tumblr.com',
      'reddit.com',
      'linkedin.com',
      't.me',
    ],
  ],
];

const under = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`);

/** The URL's host without `www.`, or '' when it is not a URL. */
export function mediaHost(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/**
 * The kind of a media item: its `kind` when given, else read from the URL
 * (`.jpg` … an image, YouTube or Vimeo a video, SoundCloud audio, Google or
 * OpenStreetMap maps a map, X/Twitter or Instagram a post), else `link`.
 */
export function mediaKind(media: { url: string; kind?: MediaKind }): MediaKind {
  if (media.kind) return media.kind;
  let u: URL;
  try {
    u = new URL(media.url);
  } catch {
    return 'link';
  }
  const host = u.hostname.replace(/^www\./, '');
  const path = u.pathname;
  if (IMAGE.test(path)) return 'image';
  if (VIDEO.test(path)) return 'video';
  if (AUDIO.test(path)) return 'audio';
  if (/^(maps\.)?google\.[a-z.]+$/.test(host) && (host.startsWith('maps.') || path.startsWith('/maps'))) return 'map';
  if (host === 'goo.gl' && path.startsWith('/maps')) return 'map';
  for (const [kind, domains] of HOSTS) {
    if (domains.some((d) => (d.includes('/') ? `${host}${path}`.startsWith(d) : under(host, d)))) return kind;
  }
  return 'link';
}
