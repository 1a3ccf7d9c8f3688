// The documents the party may open: photos open large on the page, PDFs in a new tab, anything
// else downloads.
import { useState } from 'react';
import { Anchor, Image, Modal, Stack, Text, UnstyledButton, Group } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { ExchangeDocument } from './exchange-types.ts';
import { Section } from './request-details.tsx';

const wrap = { overflowWrap: 'anywhere' } as const;

function isImage(document: ExchangeDocument): boolean {
  return document.contentType.startsWith('image/') && !document.contentType.includes('heic') && !document.contentType.includes('heif');
}

/** The list of documents, with a large view for photos. */
export function DocumentsSection({ documents, title, id = 'x-documents', order }: { documents: ExchangeDocument[]; title?: string; id?: string; order?: 2 | 4 }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState<ExchangeDocument | null>(null);
  const phone = useMediaQuery('(max-width: 36em)');
  if (documents.length === 0) return null;
  const kind = (document: ExchangeDocument) => t(`exchange.documents.kinds.${document.kind}`, { defaultValue: t('exchange.documents.kinds.document') });

  return (
    <Section id={id} order={order} title={title ?? t('exchange.documents.title')}>
      <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} data-testid={id}>
        {documents.map((document) => (
          <li key={document.id}>
            {isImage(document) ? (
              <UnstyledButton
                onClick={() => setShown(document)}
                aria-label={t('exchange.documents.openImage', { name: document.filename })}
                w="100%"
                p={4}
                style={{ borderRadius: 'var(--mantine-radius-sm)', border: '1px solid var(--mantine-color-gray-3)' }}
              >
                <Group gap="sm" wrap="nowrap">
                  <Image src={document.url} alt="" w={64} h={64} fit="cover" radius="sm" loading="lazy" />
                  <Stack gap={0} style={{ minWidth: 0 }}>
                    <Text size="md" style={wrap}>
                      {document.filename}
                    </Text>
                    <Text size="sm" c="dimmed">
                      {kind(document)}
                    </Text>
                  </Stack>
                </Group>
              </UnstyledButton>
            ) : (
              <Anchor
                href={document.url}
                target={document.contentType === 'application/pdf' ? '_blank' : undefined}
                rel="noopener"
                download={document.contentType === 'application/pdf' ? undefined : document.filename}
                size="md"
                display="block"
                py={8}
                style={wrap}
              >
                {document.filename}
                <Text component="span" size="sm" c="dimmed">
                  {' '}
                  ({kind(document)}
                  {document.contentType === 'application/pdf' ? `, ${t('exchange.documents.newTab')}` : ''})
                </Text>
              </Anchor>
            )}
          </li>
        ))}
      </Stack>
      <Modal opened={shown !== null} onClose={() => setShown(null)} title={shown?.filename} fullScreen={phone} size="xl" closeButtonProps={{ 'aria-label': t('exchange.documents.close') }}>
        {shown && (
          <Stack gap="sm">
            <Image src={shown.url} alt={shown.filename} fit="contain" mah={phone ? 'calc(100dvh - 140px)' : '75vh'} />
            <Anchor href={shown.url} target="_blank" rel="noopener" size="md">
              {t('exchange.documents.openNewTab')}
            </Anchor>
          </Stack>
        )}
      </Modal>
    </Section>
  );
}
