// Every document received during the ticket's life (photos, quotes, invoices), three at a time
// with arrows; a click opens it large: images in a window, PDFs in a new tab, others download.
import { useState } from 'react';
import { ActionIcon, Anchor, Box, Group, Image, Modal, Stack, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TicketFileAnswer as TicketFile } from '../../../../src/http/answers.ts';

const VISIBLE = 3;
const isImage = (file: TicketFile) => file.contentType.startsWith('image/') && !file.contentType.includes('hei');
const isPdf = (file: TicketFile) => file.contentType === 'application/pdf';

function Thumbnail({ file, onOpen }: { file: TicketFile; onOpen: () => void }) {
  const { t } = useTranslation();
  const kind = t(`documents.kind.${file.kind}`, { defaultValue: t('documents.kind.document') });
  const tile = (content: React.ReactNode) => (
    <Box w={96} h={96} style={{ border: '1px solid var(--mantine-color-gray-4)', borderRadius: 4, overflow: 'hidden', display: 'grid', placeItems: 'center' }}>
      {content}
    </Box>
  );
  // The visible caption starts the accessible name; the hidden end says what a click does.
  const caption = (hint: string) => (
    <Text size="xs" lineClamp={1} w={96} title={file.filename}>
      {kind}
      <VisuallyHidden> — {hint}</VisuallyHidden>
    </Text>
  );
  if (isImage(file)) {
    return (
      <UnstyledButton onClick={onOpen}>
        <Stack gap={2}>
          {tile(<Image src={file.url} alt="" w={96} h={96} fit="cover" />)}
          {caption(t('documents.openImage', { name: file.filename }))}
        </Stack>
      </UnstyledButton>
    );
  }
  return (
    <Anchor
      href={file.url}
      target={isPdf(file) ? '_blank' : undefined}
      rel="noopener"
      download={isPdf(file) ? undefined : file.filename}
      underline="never"
      c="inherit"
    >
      <Stack gap={2}>
        {tile(
          <Text fw={700} size="sm" c="gray.8" aria-hidden="true">
            {isPdf(file) ? 'PDF' : (file.filename.split('.').pop() ?? '').toUpperCase()}
          </Text>,
        )}
        {caption(t(isPdf(file) ? 'documents.openPdf' : 'documents.download', { name: file.filename }))}
      </Stack>
    </Anchor>
  );
}

/** The carousel; nothing when the ticket has no document yet. */
export function DocumentsCarousel({ documents }: { documents: TicketFile[] }) {
  const { t } = useTranslation();
  const [start, setStart] = useState(0);
  const [opened, setOpened] = useState<TicketFile | null>(null);
  if (documents.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('documents.none')}
      </Text>
    );
  }
  const first = Math.min(start, Math.max(0, documents.length - VISIBLE));
  const shown = documents.slice(first, first + VISIBLE);

  return (
    <div role="group" aria-label={t('documents.label', { count: documents.length })}>
      <Group gap="xs" wrap="nowrap" align="center">
        <ActionIcon variant="default" aria-label={t('documents.previous')} disabled={first === 0} onClick={() => setStart(Math.max(0, first - 1))}>
          <span aria-hidden="true">‹</span>
        </ActionIcon>
        {shown.map((file) => (
          <Thumbnail key={file.id} file={file} onOpen={() => setOpened(file)} />
        ))}
        <ActionIcon
          variant="default"
          aria-label={t('documents.next')}
          disabled={first + VISIBLE >= documents.length}
          onClick={() => setStart(first + 1)}
        >
          <span aria-hidden="true">›</span>
        </ActionIcon>
      </Group>
      <Text size="xs" c="dimmed" mt={4}>
        {t('documents.position', { from: first + 1, to: first + shown.length, count: documents.length })}
      </Text>
      <Modal opened={!!opened} onClose={() => setOpened(null)} size="auto" title={opened?.filename} closeButtonProps={{ 'aria-label': t('common.close') }}>
        {opened && (
          <Stack>
            <Image src={opened.url} alt={opened.filename} mah="75vh" fit="contain" />
            <Anchor href={opened.url} target="_blank" rel="noopener">
              {t('documents.openOriginal')}
            </Anchor>
          </Stack>
        )}
      </Modal>
    </div>
  );
}
