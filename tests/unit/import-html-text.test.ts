import { describe, expect, test } from 'vitest';
import { checkUrl, decodeEntities, htmlToText, htmlToTextDom, htmlToTextFallback, slugify } from '../../src/import/index.js';

describe('htmlToTextFallback() (no DOM: what Node uses)', () => {
  test('htmlToText is the fallback when there is no DOMParser', () => {
    expect(typeof globalThis.DOMParser).toBe('undefined');
    expect(htmlToText('a&hearts;b').text).toBe(htmlToTextFallback('a&hearts;b').text);
    expect(() => htmlToTextDom('<p>x</p>')).toThrow('htmlToTextDom: there is no DOMParser in this runtime; use htmlToTextFallback');
  });

  test.each([
    ['plain text,   collapsed\n\twhitespace', 'plain text, collapsed whitespace'],
    ['<p>One</p><p>Two <b>bold <i>nested</i></b>.</p>', 'One\n\nTwo bold nested.'],
    ['a<br>b<br/><br />c', 'a\nb\n\nc'],
    ['<ul><li>x</li><li>y</li></ul>', 'x\n\ny'],
    ['<table><tr><td>a</td><td>b</td></tr><tr><th>c</th></tr></table>', 'a b\n\nc'],
    [
      '&amp; &lt;b&gt; &quot;q&quot; &#39;s&#39; &nbsp;|&eacute;&Eacute;&szlig; &mdash;&ndash;&hellip; &ldquo;x&rdquo;',
      '& <b> "q" \'s\' \u00a0|éÉß —–… “x”',
    ],
    ['&#8220;dec&#x201D; &#X41; &#150; &#0; &#xD800; &#1114112;', '“dec” A – \ufffd \ufffd \ufffd'],
    ['AT&T &amp &copy 2025 &unknown; &hearts;', 'AT&T & © 2025 &unknown; &hearts;'],
    ['1 < 2 and 3 > 2, a <3 b', '1 < 2 and 3 > 2, a <3 b'],
    ['x<!-- a comment <b>bold</b> -->y<!DOCTYPE html><?xml version="1.0"?>z', 'xyz'],
    ['<script>if (a < b) document.write("<p>no</p>")</script>ok', 'ok'],
    ['<SCRIPT type="text/javascript">x()</SCRIPT >ok<style>p { color: red }</style>', 'ok'],
    ['<svg><g><text>inside svg</text></g></svg>after', 'after'],
    ['<template><p>t</p></template>shown<noscript>ns</noscript>', 'shown'],
    ['<p title="a > b">attr with &gt;</p>', 'attr with >'],
    ['<span class="tl-note">note</span>  <em>em</em>', 'note em'],
    ['unterminated <b', 'unterminated'],
  ])('%j → %j', (html, text) => {
    expect(htmlToTextFallback(html).text).toBe(text);
  });

  test('keeps links with their text and the href as written (decoded)', () => {
    const r = htmlToTextFallback(
      `Take <a href="https://en.wikipedia.org/wiki/Ada_Lovelace">Ada <b>Lovelace</b></a>, <A HREF='/x?a=1&amp;b=2' target=_blank>rel</A> and <a href=javascript:alert(1)>js</a> <a name="anchor">no href</a>`,
    );
    expect(r.text).toBe('Take Ada Lovelace, rel and js no href');
    expect(r.links).toEqual([
      { href: 'https://en.wikipedia.org/wiki/Ada_Lovelace', text: 'Ada Lovelace' },
      { href: '/x?a=1&b=2', text: 'rel' },
      { href: 'javascript:alert(1)', text: 'js' },
    ]);
  });

  test('reports what it drops: images, scripts, frames', () => {
    const r = htmlToTextFallback(
      'a<img src="x.png" onerror="alert(1)">b<iframe src="https://e.org/"></iframe>c<script src="s.js"></script>',
    );
    expect(r.text).toBe('abc');
    expect(r.dropped).toEqual([
      { tag: 'img', src: 'x.png' },
      { tag: 'iframe', src: 'https://e.org/' },
      { tag: 'script', src: 's.js' },
    ]);
  });
});

describe('decodeEntities()', () => {
  test('decodes numeric and common named references, leaves unknown ones', () => {
    expect(decodeEntities('&lt;&#60;&#x3c;&LT &bogus; & &amp')).toBe('<<<&LT &bogus; & &');
  });
});

describe('checkUrl()', () => {
  test.each([
    ['https://example.org/a b', { url: 'https://example.org/a%20b' }],
    ['  HTTP://Example.ORG  ', { url: 'http://example.org/' }],
    ['javascript:alert(1)', { reason: 'is a javascript: URL, which is never kept' }],
    [' JaVa\tScRiPt:alert(1)', { reason: 'is a javascript: URL, which is never kept' }],
    ['\u0000javascript:alert(1)', { reason: 'is a javascript: URL, which is never kept' }],
    ['data:text/html;base64,PHNjcmlwdD4=', { reason: 'is a data: URL, which is never kept' }],
    ['vbscript:msgbox', { reason: 'is a vbscript: URL, which is never kept' }],
    ['ftp://example.org/', { reason: 'is a ftp: link, not an http(s) URL' }],
    ['/relative', { reason: 'is a relative link and no baseUrl was given to resolve it' }],
    ['//example.org/x', { reason: 'is a relative link and no baseUrl was given to resolve it' }],
    ['http://', { reason: 'is not a valid URL' }],
    ['', { reason: 'is empty' }],
  ])('checkUrl(%j)', (raw, expected) => {
    expect(checkUrl(raw)).toEqual(expected);
  });

  test('resolves relative links against a base, and still refuses what resolves to another scheme', () => {
    expect(checkUrl('/static/x.png', 'https://timeline.knightlab.com/docs/')).toEqual({
      url: 'https://timeline.knightlab.com/static/x.png',
    });
    expect(checkUrl('#make', 'https://timeline.knightlab.com/')).toEqual({ url: 'https://timeline.knightlab.com/#make' });
    expect(checkUrl('x', 'file:///etc/')).toEqual({ reason: 'resolves to a file: URL, not http(s)' });
  });
});

describe('slugify()', () => {
  test.each([
    ["It's Easy to Make Your Own Timeline", 'its-easy-to-make-your-own-timeline'],
    ['Rózsa Péter writes recursion', 'rozsa-peter-writes-recursion'],
    ['"The Mother of the Internet"', 'the-mother-of-the-internet'],
    ['عراقچی', ''],
    ['a'.repeat(35) + ' ' + 'b'.repeat(40), 'a'.repeat(35)],
    ['c'.repeat(70), 'c'.repeat(60)],
  ])('slugify(%j)', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });
});
