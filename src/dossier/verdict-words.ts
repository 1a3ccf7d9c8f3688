// The verdict of a dossier's check in words, French and English, one line per finding (the
// CLI's; the cockpit has its own in web/src/i18n, section `dossier`).
import type { Language } from '../domain/master-data.ts';
import type { DossierFinding, DossierVerdict, FindingCode } from './verify-dossier.ts';

const FINDINGS: Record<FindingCode, Record<Language, (path: string) => string>> = {
  manifest_missing: { fr: () => 'Le manifeste (manifest.json) est absent.', en: () => 'The manifest (manifest.json) is missing.' },
  manifest_unreadable: { fr: () => "Le manifeste (manifest.json) n'a pas la forme d'un manifeste Gardien.", en: () => "The manifest (manifest.json) is not in Gardien's form." },
  manifest_altered: { fr: () => "Le manifeste a été modifié : ce n'est pas celui qui a été signé.", en: () => 'The manifest was altered: it is not the one that was signed.' },
  signature_missing: { fr: () => 'La signature (signature.json) est absente.', en: () => 'The signature (signature.json) is missing.' },
  signature_unreadable: { fr: () => "La signature (signature.json) n'a pas la forme d'une signature Gardien.", en: () => "The signature (signature.json) is not in Gardien's form." },
  signature_invalid: { fr: () => 'La signature ne correspond pas : elle a été modifiée ou ne couvre pas ce dossier.', en: () => 'The signature does not verify: it was altered or does not cover this dossier.' },
  key_unknown: { fr: () => "La signature est valide mais la clé qui l'a faite n'est pas une clé de ce serveur.", en: () => "The signature is valid but was made by a key that is not one of this server's." },
  file_changed: { fr: (p) => `Fichier modifié : ${p}`, en: (p) => `File changed: ${p}` },
  file_missing: { fr: (p) => `Fichier manquant : ${p}`, en: (p) => `File missing: ${p}` },
  extra_file: { fr: (p) => `Fichier ajouté : ${p}`, en: (p) => `File added: ${p}` },
  duplicate_entry: { fr: (p) => `Fichier présent plusieurs fois : ${p}`, en: (p) => `File present more than once: ${p}` },
};

export function findingLine(finding: DossierFinding, language: Language): string {
  return FINDINGS[finding.code][language](finding.path ?? '');
}

/** One sentence that sums the verdict up. */
export function verdictLine(verdict: DossierVerdict, language: Language): string {
  const ticket = verdict.ticket ? (language === 'fr' ? ` du ticket n°${verdict.ticket.number} (${verdict.ticket.agency})` : ` of ticket ${verdict.ticket.number} (${verdict.ticket.agency})`) : '';
  if (verdict.verdict === 'not_a_dossier') return language === 'fr' ? "Ce zip n'est pas un dossier Gardien : il n'a ni manifeste ni signature." : 'This zip is not a Gardien dossier: it has neither manifest nor signature.';
  if (verdict.verdict === 'intact') {
    return language === 'fr'
      ? `Dossier intact${ticket} : la signature du serveur est valide et les ${verdict.files + 1} fichiers sont ceux d'origine.`
      : `Dossier intact${ticket}: the server's signature is valid and the ${verdict.files + 1} files are the original ones.`;
  }
  const n = verdict.findings.length;
  return language === 'fr' ? `Dossier modifié${ticket} : ${n} anomalie${n > 1 ? 's' : ''}.` : `Dossier altered${ticket}: ${n} finding${n > 1 ? 's' : ''}.`;
}
