// The printable invitation letters of a property (pdfkit, standard Helvetica, as pdf.ts): one A4
// page per unit, with the agency, the unit, its occupants' names, the code in large type, the
// portal's address and how to register. French (the agency's language), English on request.
import PDFDocument from 'pdfkit';
import type { Language } from '../domain/master-data.ts';
import { winAnsi, type PdfOptions } from './pdf.ts';

export interface InvitationLetter {
  unitReference: string;
  names: string[];
  code: string;
}

export interface InvitationLetters {
  agency: string;
  propertyName: string;
  address: string;
  portalUrl: string;
  /** The codes' last day, formatted for the language. */
  validUntil: string;
  generatedAt: Date;
  letters: InvitationLetter[];
}

const WORDS = {
  fr: {
    title: 'Votre espace résident en ligne',
    unit: (ref: string) => `Lot ${ref}`,
    to: 'À l\'attention de',
    intro: (agency: string) => `${agency} vous propose un espace résident en ligne : signalez un problème dans votre logement ou votre immeuble, suivez l'avancement de vos demandes et échangez avec votre gestionnaire, sans téléphoner.`,
    code: 'Votre code d\'inscription',
    steps: (url: string) => [
      `1. Ouvrez ${url} sur votre téléphone ou votre ordinateur.`,
      '2. Choisissez « Créer mon accès avec un code ».',
      '3. Saisissez le code ci-dessus, votre nom tel qu\'il figure sur ce courrier, votre adresse e-mail et un mot de passe (10 caractères au moins).',
    ],
    valid: (until: string) => `Ce code est valable jusqu'au ${until} pour les occupants de ce lot. Gardez ce courrier pour vous : le code ouvre l'accès à votre logement.`,
    none: 'Aucun lot occupé dans cet immeuble.',
  },
  en: {
    title: 'Your online resident space',
    unit: (ref: string) => `Unit ${ref}`,
    to: 'For the attention of',
    intro: (agency: string) => `${agency} offers you an online resident space: report a problem in your home or building, follow your requests and write to your manager, without calling.`,
    code: 'Your registration code',
    steps: (url: string) => [
      `1. Open ${url} on your phone or computer.`,
      '2. Choose "Create my access with a code".',
      '3. Type the code above, your name as written on this letter, your email and a password (at least 10 characters).',
    ],
    valid: (until: string) => `This code is valid until ${until} for the occupants of this unit. Keep this letter to yourself: the code opens access to your home.`,
    none: 'No occupied unit in this building.',
  },
} as const;

const MARGIN = 56;

export function renderInvitationLetters(input: InvitationLetters, language: Language, options: PdfOptions = {}): Promise<Buffer> {
  const w = WORDS[language];
  const doc = new PDFDocument({
    size: 'A4', margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN }, compress: options.compress ?? true, autoFirstPage: false,
    lang: language === 'fr' ? 'fr-FR' : 'en-GB',
    info: { Title: winAnsi(`${w.title} – ${input.propertyName}`), Author: winAnsi(input.agency), Creator: 'Gardien', Producer: 'Gardien', CreationDate: input.generatedAt },
  });
  const done = new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = doc.page ? doc.page.width - 2 * MARGIN : 595.28 - 2 * MARGIN;
  if (input.letters.length === 0) {
    doc.addPage();
    doc.font('Helvetica').fontSize(12).text(winAnsi(w.none), { width });
  }
  for (const letter of input.letters) {
    doc.addPage();
    doc.font('Helvetica-Bold').fontSize(11).fillColor('black').text(winAnsi(input.agency), { width });
    doc.moveDown(1.5);
    doc.font('Helvetica').fontSize(10).fillColor('#555555').text(winAnsi(w.to), { width });
    doc.font('Helvetica-Bold').fontSize(12).fillColor('black').text(winAnsi(letter.names.join(', ')), { width });
    doc.font('Helvetica').fontSize(11).text(winAnsi(`${input.propertyName} – ${w.unit(letter.unitReference)}`), { width });
    doc.text(winAnsi(input.address), { width });
    doc.moveDown(2);
    doc.font('Helvetica-Bold').fontSize(18).text(winAnsi(w.title), { width });
    doc.moveDown(0.8);
    doc.font('Helvetica').fontSize(11).text(winAnsi(w.intro(input.agency)), { width, align: 'justify' });
    doc.moveDown(1.5);
    doc.font('Helvetica').fontSize(11).fillColor('#555555').text(winAnsi(w.code), { width, align: 'center' });
    doc.moveDown(0.3);
    doc.font('Courier-Bold').fontSize(32).fillColor('black').text(letter.code, { width, align: 'center' });
    doc.moveDown(1.5);
    doc.font('Helvetica').fontSize(11);
    for (const step of w.steps(input.portalUrl)) doc.text(winAnsi(step), { width }).moveDown(0.4);
    doc.moveDown(1);
    doc.fontSize(9).fillColor('#555555').text(winAnsi(w.valid(input.validUntil)), { width });
  }
  doc.end();
  return done;
}
