// Asks before unsaved changes are left behind. While `dirty`: a click on a link to another page of
// the app (the sidebar, "back to the list", another template) opens a confirmation dialog; closing
// or reloading the tab gets the browser's own warning (beforeunload). The browser's back button
// within the app is not caught (wouter has no navigation blocker). Links are caught on the document before React sees them, so every link counts,
// whoever renders it.
import { useEffect, useState } from 'react';
import { Button, Group, Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';

const here = () => `${window.location.pathname}${window.location.search}`;

/** The link a click would follow inside the app, if it leaves the current page. */
function leavingLink(event: MouseEvent): string | null {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return null;
  const anchor = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (!(anchor instanceof HTMLAnchorElement) || anchor.target === '_blank' || anchor.hasAttribute('download')) return null;
  const url = new URL(anchor.href, window.location.href);
  if (url.origin !== window.location.origin) return null; // another site: beforeunload asks
  const target = `${url.pathname}${url.search}`;
  return target === here() ? null : `${target}${url.hash}`;
}

/** Nothing on screen until the user tries to leave; then the dialog. */
export function UnsavedChangesGuard({ dirty }: { dirty: boolean }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [pending, setPending] = useState<string | null>(null);

  useEffect(() => {
    if (!dirty) return;
    const onClick = (event: MouseEvent) => {
      const target = leavingLink(event);
      if (target === null) return;
      event.preventDefault();
      event.stopPropagation();
      setPending(target);
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    document.addEventListener('click', onClick, true);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      document.removeEventListener('click', onClick, true);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [dirty]);

  const leave = () => {
    const target = pending;
    setPending(null);
    if (target !== null) navigate(target);
  };

  return (
    <Modal opened={pending !== null} onClose={() => setPending(null)} title={t('unsavedChanges.title')} centered closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Text size="sm">{t('unsavedChanges.question')}</Text>
      <Group justify="flex-end" gap="sm" mt="lg">
        <Button variant="default" onClick={() => setPending(null)} data-autofocus>
          {t('unsavedChanges.stay')}
        </Button>
        <Button color="red.9" onClick={leave}>
          {t('unsavedChanges.leave')}
        </Button>
      </Group>
    </Modal>
  );
}
