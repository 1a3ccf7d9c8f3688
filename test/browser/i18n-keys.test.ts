// The web app's translations: French and English have the same keys, every key the code asks
// for exists, and every code the server may send (types, statuses, states, actions…) has a label.
// No browser needed; it sits with the web app's tests.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CHANNELS, RELATION_KINDS, TRADES } from '../../src/domain/master-data.ts';
import { ROLES } from '../../src/domain/roles.ts';
import { STAFF_ACTIONS } from '../../src/domain/tickets/action-catalogue.ts';
import {
  DISPATCH_KINDS, DISPATCH_STATES, EVENT_CHANNELS, PRESENCES, SOURCES, TICKET_TYPES, VISIBILITIES, WAITING_ON,
} from '../../src/domain/tickets/codes.ts';
import en from '../../web/src/i18n/en.json' with { type: 'json' };
import fr from '../../web/src/i18n/fr.json' with { type: 'json' };

const webSrc = fileURLToPath(new URL('../../web/src/', import.meta.url));

function flatten(tree: Record<string, unknown>, prefix = ''): Map<string, string> {
  const keys = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === 'object') for (const [k, v] of flatten(value as Record<string, unknown>, path)) keys.set(k, v);
    else keys.set(path, String(value));
  }
  return keys;
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'admin' ? [] : sources(path); // the admin screens have their own owner
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const frKeys = flatten(fr);
const enKeys = flatten(en);
/** A key exists as is, or as i18next plural forms. */
const has = (keys: Map<string, string>, key: string) => keys.has(key) || keys.has(`${key}_one`) || keys.has(`${key}_other`);

describe('translations of the web app', () => {
  it('French and English have exactly the same keys, none empty', () => {
    expect([...frKeys.keys()].filter((k) => !enKeys.has(k))).toEqual([]);
    expect([...enKeys.keys()].filter((k) => !frKeys.has(k))).toEqual([]);
    expect([...frKeys].filter(([, v]) => !v.trim()).map(([k]) => k)).toEqual([]);
  });

  it('every key written in the code exists', () => {
    const used = new Set<string>();
    for (const file of sources(webSrc)) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z0-9_.]+)'/g)) used.add(match[1]!);
    }
    expect(used.size).toBeGreaterThan(100);
    expect([...used].filter((key) => !has(frKeys, key))).toEqual([]);
  });

  it('every code the server sends has a label', () => {
    const expected = [
      ...TICKET_TYPES.flatMap((c) => [`codes.type.${c}`, `codes.typeLong.${c}`]),
      ...SOURCES.map((c) => `codes.source.${c}`),
      ...WAITING_ON.map((c) => `codes.waitingOn.${c}`),
      ...DISPATCH_KINDS.map((c) => `codes.dispatchKind.${c}`),
      ...DISPATCH_STATES.map((c) => `codes.dispatchState.${c}`),
      ...TRADES.map((c) => `codes.trade.${c}`),
      ...CHANNELS.map((c) => `codes.channel.${c}`),
      ...EVENT_CHANNELS.map((c) => `codes.eventChannel.${c}`),
      ...VISIBILITIES.map((c) => `codes.visibility.${c}`),
      ...PRESENCES.map((c) => `codes.presence.${c}`),
      ...RELATION_KINDS.map((c) => `codes.relation.${c}`),
      ...ROLES.map((c) => `roles.${c}`),
      ...STAFF_ACTIONS.flatMap((a) => [`actions.${a}.button`, `actions.${a}.title`]),
    ];
    expect(expected.filter((key) => !frKeys.has(key))).toEqual([]);
  });
});
