// A Vite plugin that hands the light pages (web/exchange.html, web/sign-in.html) only the parts of
// the translations they speak: `import fr from 'virtual:i18n-sections/fr/app,exchange'` is
// `{ app: fr.app, exchange: fr.exchange }` from web/src/i18n/fr.json. The cockpit keeps importing
// the whole files; the light pages do not download the cockpit's words (fr.json is 80 KB).
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const PREFIX = 'virtual:i18n-sections/';
const ID = /^virtual:i18n-sections\/(fr|en)\/([A-Za-z,]+)$/;

/** The plugin; add it to the web app's Vite configuration. */
export function i18nSections(): Plugin {
  return {
    name: 'gardien-i18n-sections',
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : null;
    },
    async load(id) {
      const match = ID.exec(id.replace(/^\0/, ''));
      if (!match) return null;
      const [, language, sections] = match as unknown as [string, string, string];
      const file = fileURLToPath(new URL(`./src/i18n/${language}.json`, import.meta.url));
      this.addWatchFile(file);
      const all = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
      const picked: Record<string, unknown> = {};
      for (const section of sections.split(',')) {
        if (!(section in all)) this.error(`${language}.json has no section "${section}"`);
        picked[section] = all[section];
      }
      return `export default ${JSON.stringify(picked)};`;
    },
  };
}
