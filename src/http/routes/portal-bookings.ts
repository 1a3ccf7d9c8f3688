// Bookings of shared rooms, residents' side (DOMAIN.md §15, API.md: /portal/bookings): the
// resources their audience includes today (others 404), free slots by day or free resources at a
// time, booking, their bookings, cancelling before the deadline (after: 409
// booking_cancel_too_late), the .ics of each booking. Changes are refused in a staff preview.
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { AppContext } from '../../context.ts';
import * as bookings from '../../bookings/resident-bookings.ts';
import { residentViewer, visibleResource } from '../../bookings/booking-access.ts';
import { openPhoto } from '../../bookings/resource-photos.ts';
import type { BookingListRow } from '../../db/repositories/bookings.ts';
import { sendStoredFile } from '../stored-file-reply.ts';
import { residentOf } from '../access.ts';
import { ErrorResponse, FileDownload, STAFF_ERRORS, Uuid } from '../schemas/common.ts';
import { FreeQuery, MineQuery, PortalBooking, PortalBookingBody, Resource, Slot, SlotsQuery } from '../schemas/bookings.ts';
import { presentBooking, presentResource } from './bookings.ts';

const tags = ['portal'];
const read = { access: 'resident' as const };
const write = { access: 'resident_write' as const };
const errors = { ...STAFF_ERRORS, 409: ErrorResponse, 422: ErrorResponse };
const IdParams = Type.Object({ id: Uuid }, { additionalProperties: false });
const PhotoParams = Type.Object({ id: Uuid, photoId: Uuid }, { additionalProperties: false });
const BASE = '/api/v1/portal/bookings/resources';

/** The resident sees the resource's rules but not its audience. */
const portalResource = (view: Parameters<typeof presentResource>[0]) => ({ ...presentResource(view, BASE), audience: null });

function portalBooking(row: BookingListRow, mayCancel: boolean) {
  const { person: _person, ...booking } = presentBooking(row);
  return { ...booking, mayCancel, icsUrl: row.state === 'refused' ? null : `/api/v1/portal/bookings/${row.id}/booking.ics` };
}

export function portalBookingRoutes(app: FastifyInstance, ctx: AppContext) {
  const id = (request: { params: unknown }) => (request.params as { id: string }).id;

  app.get('/portal/bookings/resources', {
    config: read,
    schema: { tags, summary: '"Réservations": the resources the resident may book (their property, the resource’s audience, today); timeZone: the agency’s', response: { 200: Type.Object({ items: Type.Array(Resource), nextCursor: Type.Null(), timeZone: Type.String() }), ...errors } },
    handler: async (request) => {
      const items = (await bookings.listResidentResources(ctx, residentOf(request))).map(portalResource);
      return { items, nextCursor: null, timeZone: (await residentViewer(ctx, residentOf(request))).agency.timezone };
    },
  });
  app.get('/portal/bookings/resources/:id', {
    config: read,
    schema: { tags, summary: 'A resource the resident may book; any other is 404', params: IdParams, response: { 200: Resource, ...errors } },
    handler: async (request) => portalResource(await bookings.getResidentResource(ctx, residentOf(request), id(request))),
  });
  app.get('/portal/bookings/resources/:id/slots', {
    config: read,
    schema: {
      tags, summary: 'The free slots of a booking of `minutes` (the resource’s shortest by default) on `day` and the `days` - 1 after (14 at most), under the resource’s rules for this resident',
      params: IdParams, querystring: SlotsQuery,
      response: { 200: Type.Object({ minutes: Type.Integer(), timeZone: Type.String(), days: Type.Array(Type.Object({ day: Type.String(), slots: Type.Array(Slot) })) }), ...errors },
    },
    handler: async (request) => {
      const answer = await bookings.residentSlots(ctx, residentOf(request), id(request), request.query as Static<typeof SlotsQuery>);
      return { minutes: answer.minutes, timeZone: answer.timeZone, days: answer.days.map((d) => ({ day: d.day, slots: d.slots.map((s) => ({ startsAt: s.start.toISOString(), endsAt: s.end.toISOString() })) })) };
    },
  });
  app.get('/portal/bookings/resources/:id/photos/:photoId', {
    config: read,
    schema: { tags, summary: 'A photo of a resource the resident may book', params: PhotoParams, produces: ['application/octet-stream'], response: { 200: FileDownload, ...errors } },
    handler: async (request, reply) => {
      const resident = residentOf(request);
      const { id: resourceId, photoId } = request.params as Static<typeof PhotoParams>;
      await visibleResource(ctx, await residentViewer(ctx, resident), resourceId);
      const { file, body } = await openPhoto(ctx, resident.organizationId, resourceId, photoId);
      return sendStoredFile(reply, file, body);
    },
  });
  app.get('/portal/bookings/free', {
    config: read,
    schema: {
      tags, summary: 'Which of the resident’s resources are free for [startsAt, endsAt): each with null or the code that stops the booking (a rule, or booking_slot_taken)',
      querystring: FreeQuery, response: { 200: Type.Object({ items: Type.Array(Type.Object({ resource: Resource, problem: Type.Union([Type.String(), Type.Null()]) })) }), ...errors },
    },
    handler: async (request) => {
      const { views, answers } = await bookings.residentFreeAt(ctx, residentOf(request), request.query as Static<typeof FreeQuery>);
      return { items: answers.map((a, i) => ({ resource: portalResource(views[i]!), problem: a.problem })) };
    },
  });
  app.get('/portal/bookings', {
    config: read,
    schema: { tags, summary: 'The resident’s bookings: upcoming (soonest first) or past (latest first)', querystring: MineQuery, response: { 200: Type.Object({ items: Type.Array(PortalBooking), nextCursor: Type.Null() }), ...errors } },
    handler: async (request) => ({ items: (await bookings.myBookings(ctx, residentOf(request), request.query as Static<typeof MineQuery>)).map((b) => portalBooking(b.booking, b.mayCancel)), nextCursor: null }),
  });
  app.post('/portal/bookings', {
    config: write,
    schema: {
      tags, summary: 'Book: instant resources answer confirmed, the others pending until a manager decides. A rule refuses 422 with its code (booking_too_soon, booking_limit_reached…); a held slot 409 booking_slot_taken',
      body: PortalBookingBody, response: { 201: PortalBooking, ...errors },
    },
    handler: async (request, reply) => {
      const { booking, mayCancel } = await bookings.bookAsResident(ctx, residentOf(request), request.body as Static<typeof PortalBookingBody>);
      return reply.code(201).send(portalBooking(booking, mayCancel));
    },
  });
  app.post('/portal/bookings/:id/cancel', {
    config: write,
    schema: { tags, summary: 'Cancel one’s booking up to the resource’s deadline (after: 409 booking_cancel_too_late)', params: IdParams, response: { 200: PortalBooking, ...errors } },
    handler: async (request) => portalBooking(await bookings.cancelAsResident(ctx, residentOf(request), id(request)), false),
  });
  app.get('/portal/bookings/:id/booking.ics', {
    config: read,
    schema: { tags, summary: 'The booking as an iCalendar file', params: IdParams, produces: ['text/calendar'], response: { 200: { description: 'text/calendar', type: 'string' }, ...errors } },
    handler: async (request, reply) => {
      const ics = await bookings.residentBookingIcs(ctx, residentOf(request), id(request));
      return reply.type('text/calendar; charset=utf-8').header('content-disposition', 'attachment; filename="reservation.ics"').header('cache-control', 'private, no-store').send(ics);
    },
  });
}
