// What the public web form of an agency shows (GET /api/v1/webform/{slug}): the agency's name, its
// active categories with their structured fields, its buildings (name and address only: units,
// persons and tickets are never shown to strangers) and a signed token of the time it was opened.
import type { AppContext } from '../context.ts';
import { notFound } from '../domain/errors.ts';
import { WEBFORM_MAX_PHOTOS, WEBFORM_PHOTO_MAX_BYTES } from '../domain/inbound/webform-rules.ts';
import { organizationBySlug } from '../db/repositories/inbound.ts';
import { findOrganization } from '../db/repositories/users.ts';
import { webformCategories, webformProperties } from '../db/repositories/webform.ts';
import { issueFormToken } from './form-token.ts';

/** The agency of a form's address, or 404 (an unknown agency and a mistyped one look the same). */
export async function webformOrganization(ctx: AppContext, slug: string) {
  const organization = await organizationBySlug(ctx.db, slug.toLowerCase());
  if (!organization) throw notFound('Web form');
  return organization;
}

export async function webformView(ctx: AppContext, slug: string) {
  const organization = await webformOrganization(ctx, slug);
  const [categories, properties] = await Promise.all([webformCategories(ctx.db, organization.id), webformProperties(ctx.db, organization.id)]);
  return {
    organization: { name: organization.name, slug: organization.slug },
    categories: categories.map((c) => ({
      id: c.id,
      name: c.name,
      fields: c.fields.map((f) => ({ key: f.key, label: { fr: f.label.fr, en: f.label.en }, type: f.type, required: f.required, ...(f.options ? { options: [...f.options] } : {}) })),
    })),
    properties: properties.map((p) => ({ id: p.id, name: p.name, address: [p.addressLine, [p.postalCode, p.city].filter(Boolean).join(' ')].filter(Boolean).join(', ') })),
    formToken: issueFormToken(ctx.secret, organization.id, ctx.clock.now()),
    limits: { maxPhotos: WEBFORM_MAX_PHOTOS, maxPhotoBytes: Math.min(WEBFORM_PHOTO_MAX_BYTES, ctx.config.attachmentMaxBytes) },
  };
}

/** Where the agency's form lives and how to put it on the agency's own site (the settings screen). */
export async function webformLinks(ctx: AppContext, organizationId: string) {
  const organization = await findOrganization(ctx.db, organizationId);
  if (!organization) throw notFound('Organization');
  const base = ctx.config.publicUrl.replace(/\/+$/, '');
  const pageUrl = `${base}/f/${encodeURIComponent(organization.slug)}`;
  const scriptUrl = `${pageUrl}/embed.js`;
  return {
    pageUrl,
    scriptUrl,
    snippet: `<script src="${scriptUrl}" async></script>`,
    iframe: `<iframe src="${pageUrl}?embed=1" title="${organization.name.replace(/[<>&"]/g, '')}" style="width:100%;height:1800px;border:0"></iframe>`,
  };
}
