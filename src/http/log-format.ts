// How the server writes its logs: JSON lines (one object per event, what a log collector reads)
// or, on a terminal, short human lines through pino-pretty — one per request: method, URL (party
// links' secrets masked), status, duration. LOG_FORMAT=pretty|json forces one; by default a
// terminal on standard output gets pretty lines and anything else (a pipe, a file, journald) JSON.
import { LogController, type FastifyReply, type FastifyRequest } from 'fastify';
import pinoPretty from 'pino-pretty';
import { maskLinkSecrets } from './mask-link-secrets.ts';

export type LogFormat = 'pretty' | 'json';

/** The format the server logs in: the configured one, else pretty on a terminal. */
export function logFormatFor(configured: LogFormat | undefined, stdoutIsTerminal: boolean): LogFormat {
  return configured ?? (stdoutIsTerminal ? 'pretty' : 'json');
}

/** pino-pretty writing to `destination` (standard output by default): the time, the level and the
 * message on one line; no pid, hostname, request id or request object. */
export function prettyLogStream(destination: NodeJS.WritableStream | number = 1) {
  return pinoPretty({
    destination,
    sync: true,
    translateTime: 'SYS:HH:MM:ss',
    ignore: 'pid,hostname,reqId,req,res,responseTime',
    singleLine: true,
  });
}

/** The line a finished request gets in the pretty format, e.g. `GET /api/v1/me 200 4 ms`. */
export function requestLine(request: { method: string; url: string }, statusCode: number, elapsedMs: number): string {
  return `${request.method} ${maskLinkSecrets(request.url)} ${statusCode} ${Math.round(elapsedMs)} ms`;
}

/** Fastify's own request lines in the pretty format: nothing when a request comes in, one line
 * when it is answered (an error's line carries the error), none more for a route not found. */
export class PrettyRequestLog extends LogController {
  override incomingRequest() {}
  override routeNotFound() {}
  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply) {
    const line = requestLine(request, reply.statusCode, reply.elapsedTime);
    if (error) reply.log.error({ err: error }, line);
    else reply.log.info(line);
  }
}
