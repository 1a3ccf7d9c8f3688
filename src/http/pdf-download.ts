// A PDF sent as a download, never shown in the page: `attachment`, `nosniff`, not cached (the
// documents hold personal data or figures of the agency), a policy that runs nothing.
import type { FastifyReply } from 'fastify';

export function sendPdfDownload(reply: FastifyReply, pdf: Buffer, filename: string) {
  return reply
    .header('content-type', 'application/pdf')
    .header('content-length', pdf.length)
    .header('content-disposition', `attachment; filename="${filename}"`)
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; img-src data:; object-src 'self'")
    .send(pdf);
}
