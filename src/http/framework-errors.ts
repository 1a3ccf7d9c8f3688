// Errors Fastify and Node answer before a route runs, in the API's shape too: a path parameter
// over the router's length (414), a path that is not valid percent-encoding (400), and requests
// that are not valid HTTP at all (400, 408, 431, written on the socket).
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { Socket } from 'node:net';
import { STATUS_CODES } from 'node:http';
import { sendError } from './errors.ts';

/** Fastify's `frameworkErrors`: the router's refusals. */
export function frameworkErrors(error: FastifyError, _request: FastifyRequest, reply: FastifyReply) {
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    return sendError(reply, 414, 'uri_too_long', 'A part of this address is longer than any Gardien accepts.');
  }
  if (error.code === 'FST_ERR_BAD_URL') return sendError(reply, 400, 'bad_request', 'This address is not valid (bad percent-encoding).');
  return sendError(reply, error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 400, 'bad_request', 'The request is not valid.');
}

const CLIENT_ERRORS: Record<string, [number, string, string]> = {
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'request_timeout', 'The request took too long to arrive.'],
  HPE_HEADER_OVERFLOW: [431, 'headers_too_large', 'The request’s headers are larger than Gardien accepts.'],
};

/** Fastify's `clientErrorHandler`: what Node's HTTP parser refused, answered and closed. */
export function clientErrorHandler(error: NodeJS.ErrnoException, socket: Socket) {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, code, message] = CLIENT_ERRORS[error.code ?? ''] ?? [400, 'bad_request', 'The request is not valid HTTP.'];
  const body = JSON.stringify({ error: { code, message } });
  if (socket.writable) {
    socket.write(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
  }
  socket.destroy(error);
}
