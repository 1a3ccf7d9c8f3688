// Punctuation by language: English puts no space before ":", ";", "?" and "!"; French always
// puts one (the same kind everywhere). Sentences glued in the code ("{label} : {value}") would
// carry French spacing into English: labels take their colon from the translations
// (`common.labelled`). No browser needed; it sits with the web app's tests.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import en from '../../web/src/i18n/en.json' with { type: 'json' };
import fr from '../../web/src/i18n/fr.json' with { type: 'json' };

const webSrc = fileURLToPath(new URL('../../web/src/', import.meta.url));

function flatten(tree: Record<string, unknown>, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]): [string, string][] => {
    const path = prefix ? `${prefix}.${key}` : key;
    return value && typeof value === 'object' ? flatten(value as Record<string, unknown>, path) : [[path, String(value)]];
  });
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The text without interpolations, addresses and quoted literals (« Ticket N: » is what an SMS says). */
const prose = (text: string) => text.replace(/\{\{[^}]*\}\}/g, 'X').replace(/https?:\/\/\S+/g, '').replace(/«[^»]*»/g, '');

describe('punctuation in each language', () => {
  it('English has no space before : ; ? !', () => {
    const wrong = flatten(en).filter(([, text]) => /[ \u00a0\u202f][:;?!]/.test(text));
    expect(wrong).toEqual([]);
  });

  it('French has a space before : ; ? ! everywhere, and the same kind of space', () => {
    const texts = flatten(fr).filter(([, text]) => prose(text).replace(/[:;?!]/g, '') !== ''); // a lone "?" is a code's label
    const missing = texts.filter(([, text]) => /[^ \u00a0\u202f][:;?!]/.test(prose(text)));
    expect(missing).toEqual([]);
    const kinds = new Set(texts.flatMap(([, text]) => [...prose(text).matchAll(/([ \u00a0\u202f])[:;?!]/g)].map((match) => match[1])));
    expect(kinds.size).toBe(1);
  });

  it('the code glues no colon after a translated label (the translations hold it)', () => {
    const glued = sources(webSrc).flatMap((path) =>
      readFileSync(path, 'utf8')
        .split('\n')
        .map((line, index) => ({ path: path.slice(webSrc.length), line: index + 1, text: line.trim() }))
        // "{t('x')} : {value}", "{label} :{' '}", `${label} : ${value}` — not the ternary's ") : (".
        .filter(({ text }) => /\}\s+:(\s|\{|$)/.test(text) && !/\?\s/.test(text) && !/^\)\s*:/.test(text)),
    );
    expect(glued).toEqual([]);
  });
});
