// Broken mail for the fuzz tests of the doors: the project's corpus messages cut, spliced, with
// bytes flipped, hostile headers put in front, and plain noise.
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR } from './mail-corpus.ts';

/** The first 60 messages of the corpus, the seeds of the mutations. */
export const FUZZ_SEEDS = readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.eml')).slice(0, 60).map((f) => readFileSync(join(CORPUS_DIR, f)));

/** Broken messages made from `seeds`; the hostile-header ones go to `inboundAddress()`. */
export function brokenMail(seeds: readonly Buffer[], inboundAddress: () => string): fc.Arbitrary<Buffer> {
  return fc.oneof(
    // cut anywhere
    fc.tuple(fc.nat(seeds.length - 1), fc.double({ min: 0, max: 1, noNaN: true })).map(([i, at]) => seeds[i]!.subarray(0, Math.floor(seeds[i]!.length * at))),
    // bytes flipped
    fc.tuple(fc.nat(seeds.length - 1), fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 255 })), { maxLength: 40 })).map(([i, flips]) => {
      const copy = Buffer.from(seeds[i]!);
      for (const [at, value] of flips) copy[Math.floor((copy.length - 1) * at)] = value;
      return copy;
    }),
    // two messages spliced
    fc.tuple(fc.nat(seeds.length - 1), fc.nat(seeds.length - 1), fc.double({ min: 0, max: 1, noNaN: true })).map(([a, b, at]) =>
      Buffer.concat([seeds[a]!.subarray(0, Math.floor(seeds[a]!.length * at)), seeds[b]!.subarray(Math.floor(seeds[b]!.length * at))]),
    ),
    // hostile headers in front
    fc.tuple(fc.nat(seeds.length - 1), fc.constantFrom('From:\r\n', 'From: <>\r\n', `To: ${'x'.repeat(20000)}\r\n`, 'Content-Type: multipart/mixed; boundary=""\r\n', 'Subject: =?x-unknown?Q?=FF=FE?=\r\n', 'Message-ID: <>\r\n', '\u0000\u0000\r\n', 'Content-Transfer-Encoding: base64\r\n'))
      .map(([i, header]) => Buffer.concat([Buffer.from(`To: ${inboundAddress()}\r\n${header}`, 'latin1'), seeds[i]!])),
    // noise
    fc.uint8Array({ minLength: 0, maxLength: 4000 }).map((bytes) => Buffer.from(bytes)),
  );
}
