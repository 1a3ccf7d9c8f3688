// The trades as people name them, in French and English: the labels the web app shows
// (web/src/i18n: `…trade.<code>`, checked equal by a test), and the reading of a trade typed by
// hand (a CSV cell): its code, or its label in either language, whatever the case and accents.
import { TRADES, type Language, type Trade } from './master-data.ts';
import { foldText } from './search-text.ts';

export const TRADE_LABELS: Readonly<Record<Trade, Readonly<Record<Language, string>>>> = {
  plumbing: { fr: 'Plomberie', en: 'Plumbing' },
  electricity: { fr: 'Électricité', en: 'Electricity' },
  heating: { fr: 'Chauffage', en: 'Heating' },
  locksmith: { fr: 'Serrurerie', en: 'Locksmith' },
  glazing: { fr: 'Vitrerie', en: 'Glazing' },
  roofing: { fr: 'Toiture', en: 'Roofing' },
  painting: { fr: 'Peinture', en: 'Painting' },
  masonry: { fr: 'Maçonnerie', en: 'Masonry' },
  carpentry: { fr: 'Menuiserie', en: 'Carpentry' },
  elevator: { fr: 'Ascenseur', en: 'Lift' },
  cleaning: { fr: 'Nettoyage', en: 'Cleaning' },
  gardening: { fr: 'Espaces verts', en: 'Gardening' },
  pest_control: { fr: 'Dératisation, désinsectisation', en: 'Pest control' },
  intercom: { fr: 'Interphonie', en: 'Intercom' },
  garage_door: { fr: 'Porte de garage', en: 'Garage door' },
  chimney_sweeping: { fr: 'Ramonage', en: 'Chimney sweeping' },
  general_works: { fr: 'Travaux généraux', en: 'General works' },
};

/** Folded (no case, accents, extra spaces) for comparing what someone typed. */
const folded = (text: string) => foldText(text).replace(/\s+/g, ' ').trim();

const BY_NAME = new Map<string, Trade>(
  TRADES.flatMap((code) => [[folded(code), code], [folded(TRADE_LABELS[code].fr), code], [folded(TRADE_LABELS[code].en), code]] as [string, Trade][]),
);

/** The trade that `text` names (a code, or a French or English label, any case or accents), or undefined. */
export function tradeNamed(text: string): Trade | undefined {
  return BY_NAME.get(folded(text));
}

/** The trades' labels in `language`, in the catalogue's order. */
export function tradeLabels(language: Language): string[] {
  return TRADES.map((code) => TRADE_LABELS[code][language]);
}
