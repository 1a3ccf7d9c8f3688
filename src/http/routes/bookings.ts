// Bookings of shared rooms, staff side (DOMAIN.md §15, API.md Community tools): /resources (a
// property's bookable resources, their rules, photos, links and closed periods) and /bookings (the
// calendar, booking for a resident, approving, refusing, cancelling). The tool switched on and one
// of its roles, else 404 tool_off / 403 tool_not_allowed. A rule refuses 422 with its code; a slot
// already held (this resource or one that blocks it) 409 booking_slot_taken.
import type { FastifyInstance } from 'fastify';
import multipart from '@fastify/multipart';
import { Type, type Static } from '@sinclair/typebox';
import type { AppContext } from '../../context.ts';
import { resourceRulesOf } from '../../domain/bookings/resource-rules.ts';
import { ALLOWED_DESCRIPTION } from '../../tickets/attachment-types.ts';
import type { BookingListRow } from '../../db/repositories/bookings.ts';
import type { ResourceView } from '../../bookings/staff-resources.ts';
import { getStaffResource, listStaffResources } from '../../bookings/staff-resources.ts';
import { createResource, updateResource } from '../../bookings/save-resource.ts';
import { setResourceLinks } from '../../bookings/link-resources.ts';
import { closeResource, reopenResource } from '../../bookings/close-resource.ts';
import { addResourcePhotos, openPhoto, removeResourcePhoto } from '../../bookings/resource-photos.ts';
import { staffAgency } from '../../bookings/booking-access.ts';
import { bookForResident, decideBooking, getStaffBooking, listStaffBookings, residentsOfProperty } from '../../bookings/staff-bookings.ts';
import { sendStoredFile } from '../stored-file-reply.ts';
import { actorOf } from '../access.ts';
import { discardRest, multipartFiles, refuseDeclaredOversize, uploadBodyLimit, refuseForeignUpload } from '../multipart-files.ts';
import { ErrorResponse, FileDownload, STAFF_ERRORS, Uuid } from '../schemas/common.ts';
import {
  Booking, CalendarQuery, ClosureBody, CreateResourceBody, LinksBody, PatchResourceBody, Photo, ReasonBody, RefuseBody, Resource, StaffBookingBody, type ResourceAnswer,
} from '../schemas/bookings.ts';

const tags = ['bookings'];
const staff = { access: 'staff' as const };
const errors = { ...STAFF_ERRORS, 409: ErrorResponse, 413: ErrorResponse, 415: ErrorResponse, 422: ErrorResponse };
const IdParams = Type.Object({ id: Uuid }, { additionalProperties: false });
const SubParams = Type.Object({ id: Uuid, subId: Uuid }, { additionalProperties: false });
const ResourceQuery = Type.Object({ propertyId: Type.Optional(Uuid) }, { additionalProperties: false });

/** A resource as answered; `base` the route its photos are read from. */
export function presentResource(view: ResourceView, base: string): ResourceAnswer {
  const { resource } = view;
  return {
    id: resource.id, propertyId: resource.propertyId, name: resource.name, kind: resource.kind, description: resource.description,
    rules: resourceRulesOf(resource.rules), audience: resource.audience ?? null, active: resource.active,
    photos: view.photos.map((p) => ({ id: p.id, filename: p.filename, contentType: p.contentType, sizeBytes: p.sizeBytes, url: `${base}/${resource.id}/photos/${p.id}` })),
    blocks: view.blocks, closures: view.closures.map((c) => ({ id: c.id, startsAt: c.startsAt.toISOString(), endsAt: c.endsAt.toISOString(), reason: c.reason })),
    createdAt: resource.createdAt.toISOString(), updatedAt: resource.updatedAt.toISOString(),
  };
}

export function presentBooking(row: BookingListRow): Static<typeof Booking> {
  return {
    id: row.id, resourceId: row.resourceId, resourceName: row.resourceName, propertyId: row.propertyId, person: { id: row.personId, name: row.personName },
    startsAt: row.startsAt.toISOString(), endsAt: row.endsAt.toISOString(), state: row.state, note: row.note, reason: row.reason,
    bookedByStaff: row.bookedByUserId !== null, decidedAt: row.decidedAt?.toISOString() ?? null, cancelledAt: row.cancelledAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

export function bookingRoutes(app: FastifyInstance, ctx: AppContext) {
  const maxBytes = ctx.config.attachmentMaxBytes;
  const limits = { maxFileBytes: maxBytes, maxBodyBytes: uploadBodyLimit(maxBytes, 10) };
  const id = (request: { params: unknown }) => (request.params as { id: string }).id;
  const sub = (request: { params: unknown }) => (request.params as Static<typeof SubParams>).subId;
  const resourceAnswer = async (request: Parameters<typeof actorOf>[0], resourceId: string) => presentResource(await getStaffResource(ctx, actorOf(request), resourceId), '/api/v1/resources');

  app.get('/resources', {
    config: staff,
    schema: { tags, summary: 'The agency’s bookable resources (of one property), with their rules, photos, links and closed periods to come; timeZone: the agency’s, that opening hours are in', querystring: ResourceQuery, response: { 200: Type.Object({ items: Type.Array(Resource), nextCursor: Type.Null(), timeZone: Type.String() }), ...errors } },
    handler: async (request) => {
      const { timezone } = await staffAgency(ctx, actorOf(request));
      return { items: (await listStaffResources(ctx, actorOf(request), request.query as Static<typeof ResourceQuery>)).map((v) => presentResource(v, '/api/v1/resources')), nextCursor: null, timeZone: timezone };
    },
  });
  app.post('/resources', {
    config: staff,
    schema: { tags, summary: 'Create a resource of a property: rules not given keep their defaults; audience within the property (null: all its residents)', body: CreateResourceBody, response: { 201: Resource, ...errors } },
    handler: async (request, reply) => {
      const resource = await createResource(ctx, actorOf(request), request.body as Static<typeof CreateResourceBody>);
      return reply.code(201).send(await resourceAnswer(request, resource.id));
    },
  });
  app.get('/resources/:id', {
    config: staff,
    schema: { tags, summary: 'One resource', params: IdParams, response: { 200: Resource, ...errors } },
    handler: async (request) => resourceAnswer(request, id(request)),
  });
  app.patch('/resources/:id', {
    config: staff,
    schema: { tags, summary: 'Change a resource: the rules given replace those fields (opening hours day by day); they apply to bookings made from now on. active=false stops new bookings', params: IdParams, body: PatchResourceBody, response: { 200: Resource, ...errors } },
    handler: async (request) => {
      await updateResource(ctx, actorOf(request), id(request), request.body as Static<typeof PatchResourceBody>);
      return resourceAnswer(request, id(request));
    },
  });
  app.put('/resources/:id/links', {
    config: staff,
    schema: { tags, summary: 'The resources of the same property this one blocks (both ways): a booking of one holds the others at that time. 409 resource_link_conflict when they already overlap', params: IdParams, body: LinksBody, response: { 200: Resource, ...errors } },
    handler: async (request) => {
      await setResourceLinks(ctx, actorOf(request), id(request), (request.body as Static<typeof LinksBody>).blocks);
      return resourceAnswer(request, id(request));
    },
  });
  app.post('/resources/:id/closures', {
    config: staff,
    schema: {
      tags, summary: 'Close the resource for a period: its pending and confirmed bookings inside are cancelled and each resident is told (booking_cancelled, with the reason)',
      params: IdParams, body: ClosureBody, response: { 201: Type.Object({ resource: Resource, cancelled: Type.Array(Type.String()) }), ...errors },
    },
    handler: async (request, reply) => {
      const { cancelled } = await closeResource(ctx, actorOf(request), id(request), request.body as Static<typeof ClosureBody>);
      return reply.code(201).send({ resource: await resourceAnswer(request, id(request)), cancelled });
    },
  });
  app.delete('/resources/:id/closures/:subId', {
    config: staff,
    schema: { tags, summary: 'Reopen a closed period (the bookings it cancelled stay cancelled)', params: SubParams, response: { 204: Type.Null(), ...errors } },
    handler: async (request, reply) => {
      await reopenResource(ctx, actorOf(request), id(request), sub(request));
      return reply.code(204).send();
    },
  });
  app.get('/resources/:id/photos/:subId', {
    config: staff,
    schema: { tags, summary: 'A photo of the resource', params: SubParams, produces: ['application/octet-stream'], response: { 200: FileDownload, ...errors } },
    handler: async (request, reply) => {
      await staffAgency(ctx, actorOf(request));
      const { file, body } = await openPhoto(ctx, actorOf(request).organizationId, id(request), sub(request));
      return sendStoredFile(reply, file, body);
    },
  });
  app.delete('/resources/:id/photos/:subId', {
    config: staff,
    schema: { tags, summary: 'Remove a photo', params: SubParams, response: { 204: Type.Null(), ...errors } },
    handler: async (request, reply) => {
      await removeResourcePhoto(ctx, actorOf(request), id(request), sub(request));
      return reply.code(204).send();
    },
  });
  app.register(async (scope) => {
    await scope.register(multipart, { limits: { fileSize: maxBytes, files: 10, fields: 0, fieldNameSize: 100, parts: 10, headerPairs: 50 } });
    scope.post('/resources/:id/photos', {
      config: staff,
      onRequest: refuseDeclaredOversize(limits.maxBodyBytes),
      schema: {
        tags, summary: 'Add photos of the resource',
        description: `multipart/form-data, 1 to 10 image parts, each judged by its bytes (${ALLOWED_DESCRIPTION}; images only): another type 415 file_type_not_allowed, over ${maxBytes} bytes 413. When one is refused none is kept.`,
        consumes: ['multipart/form-data'], params: IdParams, response: { 201: Type.Object({ items: Type.Array(Photo) }), ...errors },
      },
      handler: async (request, reply) => {
        refuseForeignUpload(request);
        try {
          await addResourcePhotos(ctx, actorOf(request), id(request), multipartFiles(request, limits));
          return reply.code(201).send({ items: (await resourceAnswer(request, id(request))).photos });
        } catch (error) {
          discardRest(request, error, limits.maxBodyBytes);
          throw error;
        }
      },
    });
  });

  app.get('/bookings', {
    config: staff,
    schema: { tags, summary: 'The calendar: bookings overlapping [from, to) (62 days at most), of a property or a resource, of one state', querystring: CalendarQuery, response: { 200: Type.Object({ items: Type.Array(Booking), nextCursor: Type.Null(), timeZone: Type.String() }), ...errors } },
    handler: async (request) => {
      const items = (await listStaffBookings(ctx, actorOf(request), request.query as Static<typeof CalendarQuery>)).map(presentBooking);
      return { items, nextCursor: null, timeZone: (await staffAgency(ctx, actorOf(request))).timezone };
    },
  });
  app.post('/bookings', {
    config: staff,
    schema: {
      tags, summary: 'Book for a resident of the resource’s property (else 422 not_a_resident): confirmed at once; the notice, horizon and limit per resident do not apply, the opening hours, step, durations and closed periods do (422); a held slot is 409 booking_slot_taken',
      body: StaffBookingBody, response: { 201: Booking, ...errors },
    },
    handler: async (request, reply) => reply.code(201).send(presentBooking(await bookForResident(ctx, actorOf(request), request.body as Static<typeof StaffBookingBody>))),
  });
  app.get('/bookings/residents', {
    config: staff,
    schema: { tags, summary: 'The persons holding a relation with the property today: those a manager may book for', querystring: Type.Object({ propertyId: Uuid }, { additionalProperties: false }), response: { 200: Type.Object({ items: Type.Array(Type.Object({ id: Type.String(), name: Type.String() })), nextCursor: Type.Null() }), ...errors } },
    handler: async (request) => ({ items: await residentsOfProperty(ctx, actorOf(request), (request.query as { propertyId: string }).propertyId), nextCursor: null }),
  });
  app.get('/bookings/:id', {
    config: staff,
    schema: { tags, summary: 'One booking', params: IdParams, response: { 200: Booking, ...errors } },
    handler: async (request) => presentBooking(await getStaffBooking(ctx, actorOf(request), id(request))),
  });
  app.post('/bookings/:id/approve', {
    config: staff,
    schema: { tags, summary: 'Approve a pending booking (409 booking_not_pending otherwise); the resident is told with the .ics', params: IdParams, body: Type.Optional(ReasonBody), response: { 200: Booking, ...errors } },
    handler: async (request) => presentBooking(await decideBooking(ctx, actorOf(request), id(request), 'approve')),
  });
  app.post('/bookings/:id/refuse', {
    config: staff,
    schema: { tags, summary: 'Refuse a pending booking with a reason said to the resident; its slot is free again', params: IdParams, body: RefuseBody, response: { 200: Booking, ...errors } },
    handler: async (request) => presentBooking(await decideBooking(ctx, actorOf(request), id(request), 'refuse', (request.body as Static<typeof RefuseBody>).reason)),
  });
  app.post('/bookings/:id/cancel', {
    config: staff,
    schema: { tags, summary: 'Cancel a pending or confirmed booking at any time (409 booking_not_active otherwise); the resident is told', params: IdParams, body: Type.Optional(ReasonBody), response: { 200: Booking, ...errors } },
    handler: async (request) => presentBooking(await decideBooking(ctx, actorOf(request), id(request), 'cancel', (request.body as Static<typeof ReasonBody> | undefined)?.reason)),
  });
}
