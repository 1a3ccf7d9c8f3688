// On a person's drawer: their portal state and the button that invites them (or reminds them).
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { PortalState } from '../../../../src/domain/portal/portal-codes.ts';
import type { PersonAnswer as Person } from '../../../../src/http/answers.ts';
import { ErrorAlert } from '../shared/error-alert.tsx';
import { PortalStateBadge } from './portal-state-badge.tsx';
import { inviteResident } from './resident-calls.ts';

/** The state's badge, "invite" while not active, and what the invitation did. */
export function PersonPortalSection({ person }: { person: Person }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const invite = useMutation({
    mutationFn: () => inviteResident(person.id),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['admin', 'persons'] });
      void queryClient.invalidateQueries({ queryKey: ['admin', 'portal-residents'] });
    },
  });
  const state = (invite.isSuccess ? 'invited' : person.portalStatus) as PortalState;
  return (
    <Stack gap="sm" component="section" aria-labelledby="person-portal-title" mt="xl">
      <Title order={3} size="h4" id="person-portal-title">
        {t('admin.persons.portal')}
      </Title>
      <Group gap="sm">
        <PortalStateBadge state={state} />
        {state !== 'active' && state !== 'deactivated' && (
          <Button size="xs" variant="light" loading={invite.isPending} onClick={() => invite.mutate()}>
            {state === 'invited' ? t('admin.residents.remind') : t('admin.residents.invite')}
          </Button>
        )}
      </Group>
      <div role="status">
        {invite.isSuccess && (
          <Text size="sm" c="teal.9" mt={4}>
            {t('admin.residents.done.invited', { name: person.name, email: person.emails[0] ?? '' })}
          </Text>
        )}
      </div>
      <ErrorAlert error={invite.error} />
    </Stack>
  );
}
