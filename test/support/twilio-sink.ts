// An HTTP server on loopback that answers like Twilio's Messages API and keeps what it receives,
// so the SMS adapter is tested through a real HTTP exchange.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface TwilioSink {
  url: string;
  received: { path: string; authorization: string; form: URLSearchParams }[];
  /** Answers the next requests with this error instead of success. */
  failWith?: { status: number; code: number; message: string };
  close(): Promise<void>;
}

/** Starts the fake provider endpoint. */
export async function startTwilioSink(): Promise<TwilioSink> {
  const sink: TwilioSink = { url: '', received: [], close: async () => undefined };
  let count = 0;
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      sink.received.push({ path: req.url ?? '', authorization: req.headers.authorization ?? '', form: new URLSearchParams(body) });
      res.setHeader('content-type', 'application/json');
      if (sink.failWith) {
        res.statusCode = sink.failWith.status;
        res.end(JSON.stringify({ code: sink.failWith.code, message: sink.failWith.message, status: sink.failWith.status }));
        return;
      }
      res.statusCode = 201;
      res.end(JSON.stringify({ sid: `SM${String(++count).padStart(32, '0')}`, status: 'queued' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  sink.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  sink.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return sink;
}
