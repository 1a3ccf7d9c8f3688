// What a reply shows: the writer's words, without the quoted history or the signature, as the
// clients of the agencies' tenants and contractors write them.
import { describe, expect, it } from 'vitest';
import { trimReply } from '../../src/domain/inbound/trim-reply.ts';

const shown = (...lines: string[]) => trimReply(lines.join('\n')).shown;

describe('trimming a reply', () => {
  it.each([
    ['Gmail', ['Oui, jeudi 9h.', '', 'On Tue, Dec 1, 2026 at 9:30 AM Agence Durand <agence@gardien.test> wrote:', '> Quand passer ?']],
    ['Gmail wrapped over two lines', ['Oui, jeudi 9h.', '', 'On Tue, Dec 1, 2026 at 9:30 AM Agence Durand <', 'agence@gardien.test> wrote:', '', '> Quand passer ?']],
    ['Gmail in French', ['Oui, jeudi 9h.', '', 'Le mar. 1 déc. 2026 à 09:30, Agence Durand <agence@gardien.test> a écrit :', '> Quand passer ?']],
    ['Apple Mail in German', ['Oui, jeudi 9h.', '', 'Am 01.12.2026 um 09:30 schrieb Agence Durand <agence@gardien.test>:', '> Quand passer ?']],
    ['Outlook separator', ['Oui, jeudi 9h.', '', '-----Original Message-----', 'From: Agence', 'Quand passer ?']],
    ['Outlook in French', ['Oui, jeudi 9h.', '-----Message d\'origine-----', 'De : Agence', 'Quand passer ?']],
    ['Outlook header block in French', ['Oui, jeudi 9h.', '', 'De : Agence Durand <agence@gardien.test>', 'Envoyé : mardi 1 décembre 2026 09:30', 'À : Paul', 'Objet : Intervention', '', 'Quand passer ?']],
    ['Outlook header block in English, bold', ['Oui, jeudi 9h.', '________________________________', '*From:* Agence Durand', '*Sent:* Tuesday, December 1, 2026 9:30 AM', '*To:* Paul', '*Subject:* Intervention']],
    ['Outlook header block in German', ['Oui, jeudi 9h.', '', 'Von: Agence Durand <agence@gardien.test>', 'Gesendet: Dienstag, 1. Dezember 2026 09:30', 'An: Paul', 'Betreff: Intervention']],
    ['signature separator', ['Oui, jeudi 9h.', '-- ', 'Paul Martin, plombier', '06 12 34 56 78']],
    ['iPhone in French', ['Oui, jeudi 9h.', '', 'Envoyé de mon iPhone', '', '> Le 1 déc. 2026 à 09:30, Agence a écrit :']],
    ['iPhone in English', ['Oui, jeudi 9h.', 'Sent from my iPhone']],
    ['Android', ['Oui, jeudi 9h.', 'Sent from my Android phone']],
    ['Outlook for iOS', ['Oui, jeudi 9h.', '', 'Get Outlook for iOS']],
    ['Outlook for iOS in French', ['Oui, jeudi 9h.', '', 'Télécharger Outlook pour iOS']],
  ])('%s', (_client, lines) => {
    expect(trimReply(lines.join('\n'))).toEqual({ shown: 'Oui, jeudi 9h.', trimmed: true });
  });

  it('keeps the answers written between quoted lines', () => {
    expect(shown('> Quand passer ?', 'Jeudi 9h.', '> Avec la clé ?', 'Oui, chez la gardienne.')).toBe('Jeudi 9h.\nOui, chez la gardienne.');
  });

  it('keeps an answer written below the quote', () => {
    expect(shown('On Tue, Dec 1, 2026 at 9:30 AM Agence <agence@gardien.test> wrote:', '> Quand passer ?', '', 'Jeudi 9h.')).toBe('Jeudi 9h.');
  });

  it('does not cut a line that only ends like an attribution', () => {
    expect(shown('Le plombier est passé ce matin.', 'Merci.')).toBe('Le plombier est passé ce matin.\nMerci.');
    expect(trimReply('Appelez-moi au 06 12 34 56 78\n\nOn Tue, Dec 1, 2026 at 9:30 AM A <a@b.test> wrote:\n> x').shown).toBe('Appelez-moi au 06 12 34 56 78');
  });

  it('leaves a forward whole: by its subject (Fwd:, TR :, WG:) or its marker, even after a signature', () => {
    const thunderbird = ['Pour info.', '', '-------- Original Message --------', 'Subject: Fuite', 'Il y a une fuite.'].join('\n');
    expect(trimReply(thunderbird, 'Fwd: Fuite').trimmed).toBe(false);
    expect(trimReply(thunderbird, 'TR : Fuite').trimmed).toBe(false);
    expect(trimReply(thunderbird, 'Re: Fuite')).toEqual({ shown: 'Pour info.', trimmed: true });
    const apple = ['Voir plus bas', '-- ', 'Paul', '', 'Début du message réexpédié :', '', 'De: Locataire', 'Objet: Fuite', 'Il y a une fuite.'].join('\n');
    expect(trimReply(apple)).toEqual({ shown: apple, trimmed: false });
  });

  it('keeps a forwarded message, and falls back to the original when nothing with words would be left', () => {
    const forward = ['Voir ci-dessous.', '', '---------- Forwarded message ---------', 'From: Locataire <l@example.fr>', 'Subject: Fuite', '', 'Il y a une fuite.'].join('\n');
    expect(trimReply(forward)).toEqual({ shown: forward, trimmed: false });
    expect(trimReply('> only a quote\n> again')).toEqual({ shown: '> only a quote\n> again', trimmed: false });
    expect(trimReply('Merci !')).toEqual({ shown: 'Merci !', trimmed: false });
  });
});
