// The sanitizer of internal notes and messages: what the note editor writes (colours included)
// survives; scripts, handlers and style attacks do not.
import { describe, expect, it } from 'vitest';
import { sanitizeRichText } from '../../src/tickets/sanitize.ts';

describe('sanitizing rich text', () => {
  it('keeps a coloured note as the editor writes it: text colour, highlight, bold, lists, link', () => {
    const note =
      '<p>Prévenir <span style="color: #c92a2a">le gardien</span> : <mark data-color="#fff3bf" style="background-color: #fff3bf; color: #1f2328"><strong>accès cave</strong></mark></p>' +
      '<ul><li><p>clé chez <em>Mme Roux</em></p></li></ul><p><a target="_blank" rel="noopener noreferrer nofollow" href="https://example.org/plan">plan</a></p>';
    expect(sanitizeRichText(note)).toBe(
      '<p>Prévenir <span style="color:#c92a2a">le gardien</span> : <mark style="background-color:#fff3bf;color:#1f2328"><strong>accès cave</strong></mark></p>' +
        '<ul><li><p>clé chez <em>Mme Roux</em></p></li></ul><p><a target="_blank" rel="noopener noreferrer" href="https://example.org/plan">plan</a></p>',
    );
  });

  it('keeps rgb() colours and a highlight whose text colour is inherited', () => {
    expect(sanitizeRichText('<span style="color: rgb(24, 100, 171); background-color: #d0ebff">x</span><mark style="background-color: #ffdeeb; color: inherit">y</mark>')).toBe(
      '<span style="color:rgb(24, 100, 171);background-color:#d0ebff">x</span><mark style="background-color:#ffdeeb;color:inherit">y</mark>',
    );
  });

  it('removes scripts, event handlers, javascript: links and frames', () => {
    const attack = '<p onclick="steal()">a<script>steal()</script><img src=x onerror="steal()"><a href="javascript:steal()">b</a><iframe src="https://evil.test"></iframe></p>';
    expect(sanitizeRichText(attack)).toBe('<p>a<a rel="noopener noreferrer" target="_blank">b</a></p>');
  });

  it('drops every style that is not a plain colour on span or mark', () => {
    const attack =
      '<style>body{display:none}</style>' +
      '<span style="background-image: url(https://evil.test/t.gif); color: #123456">a</span>' +
      '<span style="color: red; position: fixed; top: 0; left: 0; width: 100%; height: 100%">b</span>' +
      '<span style="background-color: expression(alert(1))">c</span>' +
      '<mark style="color: #000; background: url(javascript:alert(1))">d</mark>' +
      '<p style="color: #c92a2a">e</p><strong style="color: #c92a2a">f</strong>';
    expect(sanitizeRichText(attack)).toBe('<span style="color:#123456">a</span><span>b</span><span>c</span><mark style="color:#000">d</mark><p>e</p><strong>f</strong>');
  });
});
