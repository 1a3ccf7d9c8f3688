// The message template routes (DOMAIN.md §8): every staff user reads them; app admins edit and
// reset them. A preview renders a template with a real ticket (for who may read it) or the example ticket; the SMS counter counts honestly.
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { AppContext } from '../../context.ts';
import { LANGUAGES } from '../../domain/master-data.ts';
import { AUDIENCES, TEMPLATE_KEYS, TEMPLATE_VARIABLES } from '../../domain/messages/template-catalogue.ts';
import { countSms, suggestGsmReplacements } from '../../domain/messages/sms-count.ts';
import { MAX_TEMPLATE_LENGTH } from '../../messages/render-template.ts';
import * as templates from '../../messages/templates.ts';
import { actorOf } from '../access.ts';
import { STAFF_ERRORS, Timestamp } from '../schemas/common.ts';

const oneOf = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));
const tags = ['templates'];
const write = 'templates:write' as const;
const CHANNELS = ['email', 'sms'] as const;

const TemplateParams = Type.Object(
  { key: oneOf(TEMPLATE_KEYS), channel: oneOf(CHANNELS), language: oneOf(LANGUAGES) },
  { additionalProperties: false },
);
type TemplateParamsT = Static<typeof TemplateParams>;

const Subject = Type.String({ maxLength: 500 });
const Body = Type.String({ maxLength: MAX_TEMPLATE_LENGTH });

const TemplateInput = Type.Object(
  {
    subject: Type.Optional(Type.Union([Subject, Type.Null()], { description: 'The email subject after "[Ticket n°N] "; required for an email, absent for an SMS.' })),
    body: Type.String({ minLength: 1, maxLength: MAX_TEMPLATE_LENGTH, description: 'Plain text with LiquidJS variables, e.g. {{ ticket.number }}.' }),
  },
  { additionalProperties: false },
);

const PreviewInput = Type.Object(
  {
    ticketNumber: Type.Optional(
      Type.Integer({
        minimum: 1, maximum: 2_000_000_000,
        description: 'A ticket of the agency to render with (needs the right to read it: 404 when the user may not see that ticket). Without it, or for a user who may not read tickets, the example ticket.',
      }),
    ),
    subject: Type.Optional(Subject),
    body: Type.Optional(Body),
  },
  { additionalProperties: false },
);

const Spec = {
  audience: oneOf(AUDIENCES),
  channels: Type.Array(oneOf(CHANNELS)),
  withLink: Type.Boolean({ description: "The message carries the recipient's personal link." }),
  withIcs: Type.Boolean({ description: 'An appointment invitation (.ics) goes with the email.' }),
};

const TemplateListItem = Type.Object({
  key: Type.String(),
  ...Spec,
  languages: Type.Array(Type.String()),
  variants: Type.Array(
    Type.Object({
      channel: Type.String(),
      language: Type.String(),
      customised: Type.Boolean(),
      updatedAt: Type.Union([Timestamp, Type.Null()]),
      subject: Type.Union([Type.String(), Type.Null()]),
    }),
  ),
});

const TemplateDetail = Type.Object({
  key: Type.String(),
  channel: Type.String(),
  language: Type.String(),
  ...Spec,
  subject: Type.Union([Type.String(), Type.Null()]),
  body: Type.String(),
  customised: Type.Boolean(),
  updatedAt: Type.Union([Timestamp, Type.Null()]),
  default: Type.Object({ subject: Type.Union([Type.String(), Type.Null()]), body: Type.String() }),
  variables: Type.Array(Type.String(), { description: 'The variables a template may use.' }),
});

const SmsCountSchema = Type.Object({
  encoding: oneOf(['GSM-7', 'UCS-2'] as const),
  units: Type.Integer({ description: 'Septets (GSM-7) or UTF-16 code units (UCS-2).' }),
  parts: Type.Integer(),
  perPart: Type.Integer(),
  remainingInPart: Type.Integer(),
  nonGsmCharacters: Type.Array(Type.String()),
});

const Preview = Type.Object({
  ticket: Type.Union([Type.Literal('real'), Type.Literal('example')], { description: 'Rendered with the real ticket named, or with the example ticket (made-up values).' }),
  subject: Type.Optional(Type.String({ description: 'Email: the full subject, "[Ticket n°N] " included.' })),
  text: Type.String({ description: 'Email: the text part. SMS: the whole message as it leaves (prefix, body, link, signature).' }),
  html: Type.Optional(Type.String()),
  sms: Type.Optional(SmsCountSchema),
});

const SmsCountInput = Type.Object({ text: Type.String({ maxLength: 5_000 }) }, { additionalProperties: false });
const SmsCountResult = Type.Object({
  ...SmsCountSchema.properties,
  suggestion: Type.Object({
    text: Type.String({ description: 'The text with the characters that force UCS-2 replaced by GSM-7 look-alikes.' }),
    replacements: Type.Array(Type.Object({ from: Type.String(), to: Type.String(), count: Type.Integer() })),
    count: SmsCountSchema,
  }),
});

function presentSpec(spec: templates.EffectiveTemplate['spec']) {
  return { audience: spec.audience, channels: [...spec.channels], withLink: spec.withLink, withIcs: spec.withIcs ?? false };
}

function presentTemplate(t: templates.EffectiveTemplate) {
  return {
    key: t.key, channel: t.channel, language: t.language, ...presentSpec(t.spec),
    subject: t.source.subject, body: t.source.body, customised: t.customised,
    updatedAt: t.updatedAt ? t.updatedAt.toISOString() : null,
    default: t.default, variables: [...TEMPLATE_VARIABLES],
  };
}

/** Registers the template and SMS-count routes. */
export function templateRoutes(app: FastifyInstance, ctx: AppContext) {
  const path = '/templates/:key/:channel/:language';

  app.get('/templates', {
    config: { access: 'staff' },
    schema: { tags, summary: 'Every message template, with the channels and languages the agency has customised', response: { 200: Type.Object({ items: Type.Array(TemplateListItem) }), ...STAFF_ERRORS } },
    handler: async (request) => ({
      items: (await templates.listTemplates(ctx, actorOf(request))).map((entry) => ({
        key: entry.key, ...presentSpec(entry.spec), languages: entry.languages,
        variants: entry.variants.map((v) => ({ channel: v.channel, language: v.language, customised: v.customised, updatedAt: v.updatedAt ? v.updatedAt.toISOString() : null, subject: v.subject })),
      })),
    }),
  });

  app.get(path, {
    config: { access: 'staff' },
    schema: { tags, summary: 'One template as in force for the agency, with its default and the variables it may use', params: TemplateParams, response: { 200: TemplateDetail, ...STAFF_ERRORS } },
    handler: async (request) => presentTemplate(await templates.getTemplate(ctx, actorOf(request), request.params as TemplateParamsT)),
  });

  app.put(path, {
    config: { access: write },
    schema: { tags, summary: "Save the agency's version of a template; 400 invalid_template lists each problem with its line", params: TemplateParams, body: TemplateInput, response: { 200: TemplateDetail, ...STAFF_ERRORS } },
    handler: async (request) =>
      presentTemplate(await templates.saveTemplate(ctx, actorOf(request), request.params as TemplateParamsT, request.body as Static<typeof TemplateInput>)),
  });

  app.delete(path, {
    config: { access: write },
    schema: { tags, summary: 'Reset a template to the shipped default', params: TemplateParams, response: { 200: TemplateDetail, ...STAFF_ERRORS } },
    handler: async (request) => presentTemplate(await templates.resetTemplate(ctx, actorOf(request), request.params as TemplateParamsT)),
  });

  app.post(`${path}/preview`, {
    config: { access: 'staff' },
    schema: {
      tags, summary: 'Render a template (in force, or the unsaved subject/body given) with a real ticket the user may read, else the example ticket; an SMS comes with its honest count',
      params: TemplateParams, body: PreviewInput, response: { 200: Preview, ...STAFF_ERRORS },
    },
    handler: async (request) => templates.previewTemplate(ctx, actorOf(request), request.params as TemplateParamsT, request.body as Static<typeof PreviewInput>),
  });

  app.post('/sms/count', {
    config: { access: 'staff' },
    schema: { tags, summary: 'Count the SMS parts of a text (GSM-7 or UCS-2) and suggest GSM-7 replacements', body: SmsCountInput, response: { 200: SmsCountResult, ...STAFF_ERRORS } },
    handler: async (request) => {
      const { text } = request.body as Static<typeof SmsCountInput>;
      const suggestion = suggestGsmReplacements(text);
      return { ...countSms(text), suggestion: { ...suggestion, count: countSms(suggestion.text) } };
    },
  });
}

/** The answers of the template routes, as the web app reads them. */
export type TemplateListItemAnswer = Static<typeof TemplateListItem>;
export type TemplateDetailAnswer = Static<typeof TemplateDetail>;
export type TemplatePreviewAnswer = Static<typeof Preview>;
export type SmsCountAnswer = Static<typeof SmsCountSchema>;
