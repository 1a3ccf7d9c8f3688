// The guided tour itself (loaded when started): on each step it opens the step's screen, waits for
// the element to highlight, dims everything around it and shows a popover with the step's text,
// "previous", "next" and "skip". Escape skips, the arrow keys move. Built on Mantine's Popover
// (anchored to the highlight) and Overlay (the page takes no click while the tour runs).
import './tour.css';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Button, Group, Overlay, Popover, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { TourScreen, TourStep } from './tour-steps.ts';
import { useTargetRect } from './use-target-rect.ts';

interface Props {
  steps: readonly TourStep[];
  /** The tour ends: `finished` when the last step was reached, false when skipped. */
  onClose: (finished: boolean) => void;
}

const TICKET_PATH = /^\/tickets\/(\d+)$/;

/** The address a step's screen is at, or undefined when it cannot be shown (no ticket to open). */
function addressOf(screen: TourScreen, location: string, knownTicket: number | undefined): string | undefined {
  if (screen.kind === 'list') return '/';
  if (screen.kind === 'path') return screen.path;
  if (TICKET_PATH.test(location)) return location;
  const first = document.querySelector('tr[data-ticket]')?.getAttribute('data-ticket') ?? knownTicket;
  return first ? `/tickets/${first}` : undefined;
}

export default function GuidedTour({ steps, onClose }: Props) {
  const { t } = useTranslation();
  const [location, navigate] = useLocation();
  const [index, setIndex] = useState(0);
  const direction = useRef(1);
  const ticket = useRef<number | undefined>(undefined);
  const step = steps[index]!;
  const last = index === steps.length - 1;

  // Open the step's screen; a step whose screen cannot be shown is passed, in the direction moved.
  useEffect(() => {
    const address = addressOf(step.screen, location, ticket.current);
    if (!address) {
      setIndex((i) => Math.min(Math.max(i + direction.current, 0), steps.length - 1));
      return;
    }
    const match = TICKET_PATH.exec(address);
    if (match) ticket.current = Number(match[1]);
    if (address !== location) navigate(address);
    // The location is read, not followed: moving within a screen does not restart the step.
  }, [step]);

  const rect = useTargetRect(step.target, location);

  const go = useCallback(
    (by: number) => {
      direction.current = by;
      setIndex((i) => {
        const next = i + by;
        if (next >= steps.length) {
          onClose(true);
          return i;
        }
        return Math.max(next, 0);
      });
    },
    [steps.length, onClose],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose(false);
      else if (event.key === 'ArrowRight') go(1);
      else if (event.key === 'ArrowLeft') go(-1);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [go, onClose]);

  const spot = rect
    ? { top: rect.top, left: rect.left, width: rect.width, height: rect.height }
    : { top: window.innerHeight * 0.35, left: window.innerWidth / 2, width: 0, height: 0 };

  return (
    <>
      <Overlay fixed backgroundOpacity={0} zIndex={400} data-testid="tour-overlay" />
      <Popover opened withArrow={!!rect} shadow="md" width={360} zIndex={402} trapFocus returnFocus={false} closeOnEscape={false} closeOnClickOutside={false} withinPortal>
        <Popover.Target>
          <div className="gardien-tour-spotlight" data-empty={rect ? undefined : 'true'} style={spot} aria-hidden="true" />
        </Popover.Target>
        <Popover.Dropdown role="dialog" aria-modal="true" aria-labelledby="tour-title" aria-describedby="tour-text" data-testid="tour-popover" data-step={step.id}>
          <Stack gap="xs">
            <Text size="xs" c="dimmed">
              {t('tour.progress', { current: index + 1, total: steps.length })}
            </Text>
            <Text fw={700} id="tour-title">
              {t(`tour.steps.${step.id}.title`)}
            </Text>
            <Text size="sm" id="tour-text">
              {t(`tour.steps.${step.id}.text`)}
            </Text>
            <Group justify="space-between" mt="xs" wrap="nowrap">
              <Button variant="subtle" size="compact-sm" onClick={() => onClose(false)}>
                {t('tour.skip')}
              </Button>
              <Group gap="xs" wrap="nowrap">
                <Button variant="default" size="compact-sm" disabled={index === 0} onClick={() => go(-1)}>
                  {t('tour.previous')}
                </Button>
                <Button size="compact-sm" onClick={() => go(1)} data-autofocus>
                  {last ? t('tour.finish') : t('tour.next')}
                </Button>
              </Group>
            </Group>
          </Stack>
        </Popover.Dropdown>
      </Popover>
    </>
  );
}
