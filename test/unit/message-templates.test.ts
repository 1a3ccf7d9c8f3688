// The shipped message templates (DOMAIN.md §8) and the renderer: every default renders, the French
// SMS stay GSM-7 and within one SMS with the parts the system adds, and a template reads nothing
// but its variables.
import { describe, it, expect } from 'vitest';
import { TEMPLATES, TEMPLATE_KEYS } from '../../src/domain/messages/template-catalogue.ts';
import { countSms, isGsmCharacter } from '../../src/domain/messages/sms-count.ts';
import { LANGUAGES } from '../../src/domain/master-data.ts';
import { DEFAULT_TEMPLATES, defaultSource } from '../../src/messages/default-templates.ts';
import { SAMPLE_VARIABLES } from '../support/sample-variables.ts';
import { renderTemplate, validateTemplate } from '../../src/messages/render-template.ts';
import { composeSms, textToHtml, emailSubject } from '../../src/messages/message-parts.ts';
import { DomainError } from '../../src/domain/errors.ts';

const LINK_60 = `https://gardien.example.fr/x/${'A'.repeat(60 - 'https://gardien.example.fr/x/'.length)}`;
const AGENCY_25 = 'Agence Immobiliere Durand';
const every = TEMPLATE_KEYS.flatMap((key) => LANGUAGES.flatMap((language) => TEMPLATES[key].channels.map((channel) => ({ key, language, channel }))));

describe('the shipped templates', () => {
  it('when the catalogue is read, then every key has French and English defaults for exactly its channels', () => {
    expect(LINK_60).toHaveLength(60);
    expect(AGENCY_25).toHaveLength(25);
    expect(Object.keys(DEFAULT_TEMPLATES).sort()).toEqual([...TEMPLATE_KEYS].sort());
    for (const key of TEMPLATE_KEYS) {
      for (const language of LANGUAGES) {
        const texts = DEFAULT_TEMPLATES[key][language];
        expect(texts.email.subject.trim(), `${key}/${language}`).not.toBe('');
        expect(texts.email.body.trim(), `${key}/${language}`).not.toBe('');
        expect(texts.sms !== undefined, `${key}/${language} sms`).toBe((TEMPLATES[key].channels as readonly string[]).includes('sms'));
      }
    }
  });

  it('when every default is checked, then none has a syntax error or an unknown variable', () => {
    for (const { key, language, channel } of every) {
      expect(validateTemplate(defaultSource(key, channel, language)!), `${key}/${channel}/${language}`).toEqual([]);
    }
  });

  it('when every default of every key, language and channel is rendered with a full set of variables, then it renders without error', async () => {
    for (const { key, language, channel } of every) {
      const rendered = await renderTemplate({ key, channel, language, variables: SAMPLE_VARIABLES[language] });
      expect(rendered.text.trim(), `${key}/${channel}/${language}`).not.toBe('');
      expect(rendered.text, `${key}/${channel}/${language}`).not.toMatch(/\{\{|\{%|\n\n\n/);
      if (channel === 'email') {
        expect(rendered.subject, key).toBeTruthy();
        expect(rendered.subject, key).not.toMatch(/Ticket/);
        expect(rendered.html, key).toContain('<p>');
      }
    }
  });

  it('when every default is rendered with no variables at all, then it still renders (empty values)', async () => {
    for (const { key, language, channel } of every) {
      await expect(renderTemplate({ key, channel, language, variables: {} }), `${key}/${channel}/${language}`).resolves.toBeDefined();
    }
  });

  it('when a contractor or approver email is read, then it carries the personal link (when the message has one) and the help link', () => {
    for (const key of TEMPLATE_KEYS) {
      const spec = TEMPLATES[key];
      if (spec.audience !== 'contractor' && spec.audience !== 'approver') continue;
      for (const language of LANGUAGES) {
        const body = DEFAULT_TEMPLATES[key][language].email.body;
        expect(body, `${key}/${language}`).toContain('{{ help_link }}');
        if (spec.withLink) expect(body, `${key}/${language}`).toContain('{{ link }}');
      }
    }
  });

  it('when any default is read, then the agency email only appears through {{ agency.email }}, and no SMS writes the link or signature itself', () => {
    for (const { key, language, channel } of every) {
      const source = defaultSource(key, channel, language)!;
      expect(`${source.subject ?? ''}${source.body}`, key).not.toMatch(/@[a-z0-9-]+\.[a-z]/i);
      if (channel === 'sms') {
        expect(source.body, key).not.toContain('{{ link }}');
        expect(source.body, key).not.toContain('agency.name');
        expect(source.body, key).not.toMatch(/Ticket/);
      }
    }
  });

  it('when the French SMS defaults are read, then they are written in GSM-7 characters only', () => {
    for (const key of TEMPLATE_KEYS) {
      const sms = DEFAULT_TEMPLATES[key].fr.sms;
      if (sms === undefined) continue;
      const outside = Array.from(sms).filter((c) => !isGsmCharacter(c));
      expect(outside, `${key}: ${sms}`).toEqual([]);
    }
  });

  it('when a default SMS is sent with the ticket prefix, a 60-character link and a 25-character agency signature, then it fits one GSM-7 SMS', async () => {
    for (const key of TEMPLATE_KEYS) {
      if (!(TEMPLATES[key].channels as readonly string[]).includes('sms')) continue;
      for (const language of LANGUAGES) {
        const { text: body } = await renderTemplate({ key, channel: 'sms', language, variables: SAMPLE_VARIABLES[language] });
        const full = composeSms({ ticketNumber: 12345, body, link: LINK_60, agencyName: AGENCY_25 });
        const count = countSms(full);
        expect(count, `${key}/${language}: ${full}`).toMatchObject({ encoding: 'GSM-7', parts: 1 });
      }
    }
  });
});

describe('the system parts', () => {
  it('when the email subject is made, then it is "[Ticket n°N] " and the title', () => {
    expect(emailSubject(1104, 'Ordre de service')).toBe('[Ticket n°1104] Ordre de service');
  });

  it('when an SMS is composed, then its system parts are GSM-7 so that they never force UCS-2', () => {
    const sms = composeSms({ ticketNumber: 1104, body: 'Un ordre de service vous a été transmis.', link: LINK_60, agencyName: 'Agence Fenêtre & Façade' });
    expect(sms).toBe(`Ticket 1104: Un ordre de service vous a été transmis.\n${LINK_60} - Agence Fenetre & Facade`);
    expect(countSms(sms).encoding).toBe('GSM-7');
  });

  it('when an SMS variable holds ê or ç, then its value is sent in GSM-7 look-alikes while the agency text stays as written', async () => {
    const rendered = await renderTemplate({
      key: 'contact_informed', channel: 'sms', language: 'fr',
      source: { body: 'Bientôt : {{ contractor.name }}' }, variables: { contractor: { name: 'Vitrerie Françoise Crêpe' } },
    });
    expect(rendered.text).toBe('Bientôt : Vitrerie Francoise Crepe');
  });
});

describe('rendering', () => {
  it('when a text is rendered, then values are not HTML-escaped in the text but are in the HTML, with paragraphs, breaks and links', async () => {
    const rendered = await renderTemplate({
      key: 'work_order', channel: 'email', language: 'fr',
      source: { subject: 'Ordre {{ ticket.subject }}', body: 'Bonjour <b>{{ ticket.subject }}</b>,\nligne 2\n\n\n\nVoir {{ link }}.' },
      variables: { ticket: { subject: 'Fuite & <script>' }, link: 'https://ex.fr/x/abc?a=1&b=2' },
    });
    expect(rendered.subject).toBe('Ordre Fuite & <script>');
    expect(rendered.text).toBe('Bonjour <b>Fuite & <script></b>,\nligne 2\n\nVoir https://ex.fr/x/abc?a=1&b=2.');
    expect(rendered.html).toContain('<p>Bonjour &lt;b&gt;Fuite &amp; &lt;script&gt;&lt;/b&gt;,<br>\nligne 2</p>');
    expect(rendered.html).toContain('<p>Voir <a href="https://ex.fr/x/abc?a=1&amp;b=2">https://ex.fr/x/abc?a=1&amp;b=2</a>.</p>');
    expect(rendered.html).not.toContain('<script>');
  });

  it('when a URL-like text uses another scheme, then it is not made a link', () => {
    expect(textToHtml('javascript:alert(1) and http://ok.fr')).toContain('javascript:alert(1) and <a href="http://ok.fr">http://ok.fr</a>');
  });

  it('when a template walks prototypes, then it reads nothing', async () => {
    const rendered = await renderTemplate({
      key: 'work_order', channel: 'sms', language: 'en',
      source: { body: '[{{ ticket.constructor }}][{{ ticket.__proto__ }}][{{ ticket.subject.constructor.name }}][{{ link.toString }}]' },
      variables: { ticket: { subject: 'x' }, link: 'y' },
    });
    expect(rendered.text).toBe('[][][][]');
  });

  it('when a template includes, renders or lays out another file, then it is refused with its line, and nothing is read', async () => {
    for (const tag of ["{% include '/etc/passwd' %}", "{% render 'x' %}", "{% layout '/etc/hosts' %}"]) {
      const problems = validateTemplate({ body: `Bonjour\n${tag}` });
      expect(problems, tag).toEqual([expect.objectContaining({ field: 'body', kind: 'syntax', line: 2 })]);
      const error = await renderTemplate({ key: 'work_order', channel: 'sms', language: 'fr', source: { body: tag }, variables: {} }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('invalid_template');
      expect((error as DomainError).message).not.toContain('root:');
    }
  });

  it('when a template loops without end, then the render stops with an error', async () => {
    const error = await renderTemplate({
      key: 'work_order', channel: 'sms', language: 'fr', source: { body: '{% for i in (1..100000000) %}{% for j in (1..100000000) %}x{% endfor %}{% endfor %}' }, variables: {},
    }).catch((e: unknown) => e);
    expect((error as DomainError).code).toBe('invalid_template');
  });

  it('when a template has an unknown filter, an unclosed tag or an unknown variable, then each is reported with its line', () => {
    expect(validateTemplate({ subject: '{{ ticket.number | shout }}', body: 'a\nb\n{% if ticket.number %}x' })).toEqual([
      expect.objectContaining({ field: 'subject', kind: 'syntax', line: 1, message: expect.stringContaining('shout') }),
      expect.objectContaining({ field: 'body', kind: 'syntax', line: 3 }),
    ]);
    expect(validateTemplate({ body: 'ok {{ ticket.number }} {{ ticket.subject.size }} {% assign n = ticket.number %}{{ n }}\n{% if ticket %}{{ tikcet.numbr }}{% endif %}' })).toEqual([
      expect.objectContaining({ field: 'body', kind: 'unknown_variable', line: 2, variable: 'tikcet.numbr' }),
    ]);
  });
});
