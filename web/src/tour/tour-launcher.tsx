// "Visite guidée": the user menu's entry that starts (and restarts) the guided tour, and the offer
// of the tour shown once, at the first sign-in in this browser. The tour itself loads when started.
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { Button, Dialog, Group, Text } from '@mantine/core';
import { IconRoute } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { rememberTour, tourMemory } from './tour-storage.ts';
import { stepsFor } from './tour-steps.ts';

const GuidedTour = lazy(() => import('./guided-tour.tsx'));

interface Props {
  worksTickets: boolean;
  /** The administration screens the user may open (the tour shows only those). */
  adminPaths: readonly string[];
}

/** The button, the first sign-in's offer, and the tour while it runs. */
export function TourLauncher({ worksTickets, adminPaths }: Props) {
  const { t } = useTranslation();
  const [offered] = useState(() => tourMemory() === undefined);
  const [offer, setOffer] = useState(offered);
  const [running, setRunning] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (offered) rememberTour('offered');
  }, [offered]);

  const start = () => {
    setOffer(false);
    setRunning(true);
  };
  const close = () => {
    rememberTour('done');
    setRunning(false);
    button.current?.focus();
  };

  return (
    <>
      <Button
        ref={button}
        variant="subtle"
        size="compact-sm"
        leftSection={<IconRoute size={16} stroke={1.6} aria-hidden="true" />}
        onClick={start}
        data-tour="tour-launcher"
        aria-label={t('tour.launch')}
      >
        <Text span inherit visibleFrom="sm">
          {t('tour.launch')}
        </Text>
      </Button>
      <Dialog
        opened={offer && !running}
        onClose={() => setOffer(false)}
        position={{ bottom: 20, right: 20 }}
        size="lg"
        shadow="lg"
        withBorder
        role="dialog"
        aria-labelledby="tour-offer-title"
        data-testid="tour-offer"
      >
        <Text fw={700} id="tour-offer-title">
          {t('tour.offer.title')}
        </Text>
        <Text size="sm" mt={4}>
          {t('tour.offer.text')}
        </Text>
        <Group gap="sm" mt="md">
          <Button size="compact-md" onClick={start}>
            {t('tour.offer.start')}
          </Button>
          <Button size="compact-md" variant="default" onClick={() => setOffer(false)}>
            {t('tour.offer.later')}
          </Button>
        </Group>
      </Dialog>
      {running && (
        <Suspense fallback={null}>
          <GuidedTour steps={stepsFor(worksTickets, adminPaths)} onClose={close} />
        </Suspense>
      )}
    </>
  );
}
