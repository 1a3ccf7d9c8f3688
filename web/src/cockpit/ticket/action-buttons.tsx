// The actions of one place of the ticket page (the ticket, a contractor, a person), grouped as
// action-groups.ts says: the next step as a filled button, a few common ones, the rest in a
// "More actions" menu. Each opens its form in a dialog; `validate` opens the creation form.
import { useRef, useState, type ComponentType } from 'react';
import { Button, Group, Menu, Stack } from '@mantine/core';
import { IconChevronDown, IconDots, type IconProps } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { LazyActionDialog as ActionDialog } from '../actions/lazy-action-dialog.tsx';
import { FOLDED_ACTIONS } from '../actions/action-forms.ts';
import type { DispatchAnswer as Dispatch, PartyAnswer as Party, TicketAnswer as Ticket } from '../../../../src/http/answers.ts';
import { ACTION_ICONS, DANGER, groupActions } from './action-groups.ts';

interface Props {
  actions: string[];
  ticket: Ticket;
  dispatch?: Dispatch;
  party?: Party;
  label: string;
  /** The actions shown as buttons when offered; the others go in the menu. */
  secondary: readonly string[];
  /** This place's own next step, if offered here. */
  primary?: string | null;
  /** Whether `primary` is the page's one next step (the keyboard shortcut's target). */
  pagePrimary?: boolean;
}

const icon = (action: string, size = 16) => {
  const Icon: ComponentType<IconProps> | undefined = ACTION_ICONS[action];
  return Icon ? <Icon size={size} stroke={1.6} aria-hidden="true" /> : null;
};

/** The group; nothing when no action is available. */
export function ActionButtons({ actions: offered, ticket, dispatch, party, label, secondary, primary = null, pagePrimary = false }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<string | null>(null);
  // A menu entry is gone once its dialog opens: closing the dialog gives focus back to the menu's button.
  const moreButton = useRef<HTMLButtonElement>(null);
  const [fromMenu, setFromMenu] = useState(false);
  // Replacing a contractor is one of the answers of the add-contractor dialog, not a button.
  const actions = offered.filter((action) => !FOLDED_ACTIONS.includes(action));
  if (actions.length === 0) return null;
  const groups = groupActions(actions, secondary, primary && actions.includes(primary) ? primary : null);
  const name = (action: string) => t(`actions.${action}.button`, { defaultValue: action });
  const danger = (action: string) => DANGER.includes(action);

  const primaryButton = (action: string) => {
    const props = {
      fullWidth: true,
      size: 'sm',
      justify: 'flex-start',
      variant: pagePrimary ? 'filled' : 'light',
      color: danger(action) ? 'red.9' : undefined,
      leftSection: icon(action, 18),
      'data-action': action,
      ...(pagePrimary ? { 'data-primary-step': '' } : {}),
    } as const;
    return action === 'validate' ? (
      <Button {...props} component={Link} href={`/tickets/${ticket.number}/validate`}>
        {name(action)}
      </Button>
    ) : (
      <Button {...props} onClick={() => setOpen(action)}>
        {name(action)}
      </Button>
    );
  };
  const firstDanger = groups.more.findIndex(danger);
  const close = () => {
    setOpen(null);
    if (fromMenu) window.setTimeout(() => moreButton.current?.focus(), 0);
    setFromMenu(false);
  };

  return (
    <Stack gap={6} role="group" aria-label={label} className="gardien-no-print">
      {groups.primary && primaryButton(groups.primary)}
      {(groups.secondary.length > 0 || groups.more.length > 0) && (
        <Group gap={6}>
          {groups.secondary.map((action) => (
            <Button key={action} size="compact-sm" variant="default" leftSection={icon(action)} data-action={action} onClick={() => setOpen(action)}>
              {name(action)}
            </Button>
          ))}
          {groups.more.length > 0 && (
            <Menu position="bottom-start" withinPortal shadow="md" width={260} withInitialFocusPlaceholder={false}>
              <Menu.Target>
                <Button ref={moreButton} size="compact-sm" variant="subtle" color="dark" leftSection={<IconDots size={16} stroke={1.6} aria-hidden="true" />} rightSection={<IconChevronDown size={14} stroke={1.6} aria-hidden="true" />}>
                  {t('ticket.moreActions')}
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                {groups.more.map((action, index) => [
                  index === firstDanger && index > 0 ? <Menu.Divider key={`${action}-divider`} role="separator" /> : null,
                  <Menu.Item
                    key={action}
                    leftSection={icon(action)}
                    color={danger(action) ? 'red.9' : undefined}
                    data-action={action}
                    onClick={() => {
                      setFromMenu(true);
                      setOpen(action);
                    }}
                  >
                    {name(action)}
                  </Menu.Item>,
                ])}
              </Menu.Dropdown>
            </Menu>
          )}
        </Group>
      )}
      {open && <ActionDialog action={open} ticket={ticket} dispatch={dispatch} party={party} onClose={close} />}
    </Stack>
  );
}
