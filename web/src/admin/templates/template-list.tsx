// Every template, grouped by audience, with its channels and languages and what was customised.
import { Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import { ListState } from '../shared/list-state.tsx';
import { adminKeys } from '../shared/queries.ts';
import type { TemplateListItemAnswer as TemplateListItem } from '../../../../src/http/answers.ts';
import { byAudience } from './by-audience.ts';
import { VariantCell } from './variant-cell.tsx';
import { sortByLabel } from '../../i18n/collate.ts';

const COLUMNS = [
  { channel: 'email', language: 'fr' },
  { channel: 'email', language: 'en' },
  { channel: 'sms', language: 'fr' },
  { channel: 'sms', language: 'en' },
] as const;

/** One table per audience: a row per template, a column per channel and language. */
export function TemplateList() {
  const { t } = useTranslation();
  const list = useQuery({
    queryKey: adminKeys.kind('templates'),
    queryFn: () => api.get<{ items: TemplateListItem[] }>('/api/v1/templates'),
  });
  const items = list.data?.items ?? [];
  const name = (key: string) => t(`admin.templates.names.${key}`, { defaultValue: key });

  return (
    <Stack gap="lg">
      <ListState pending={list.isPending} error={list.error} empty={list.isSuccess && items.length === 0} emptyText={t('admin.templates.empty')} />
      {byAudience(items).map((group) => (
        <section key={group.audience} aria-labelledby={`audience-${group.audience}`}>
          <Title order={3} size="h4" id={`audience-${group.audience}`} mb={4}>
            {t(`admin.templates.audience.${group.audience}`)}
          </Title>
          <Table.ScrollContainer minWidth={720}>
            <Table striped highlightOnHover verticalSpacing={6} layout="fixed" data-testid={`templates-${group.audience}`}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col" w="36%">
                    {t('admin.templates.column.template')}
                  </Table.Th>
                  {COLUMNS.map((column) => (
                    <Table.Th scope="col" key={`${column.channel}-${column.language}`}>
                      {t(`codes.channel.${column.channel}`)} · {column.language.toUpperCase()}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {sortByLabel(group.items, (item) => name(item.key))
                  .map((item) => (
                    <Table.Tr key={item.key}>
                      <Table.Th scope="row" fw={500}>
                        {name(item.key)}
                        {item.withLink && (
                          <Text span size="xs" c="dimmed" ml={6}>
                            {t('admin.templates.withLink')}
                          </Text>
                        )}
                      </Table.Th>
                      {COLUMNS.map((column) => (
                        <Table.Td key={`${column.channel}-${column.language}`}>
                          <VariantCell
                            templateKey={item.key}
                            name={name(item.key)}
                            variant={item.variants.find((v) => v.channel === column.channel && v.language === column.language)}
                          />
                        </Table.Td>
                      ))}
                    </Table.Tr>
                  ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </section>
      ))}
    </Stack>
  );
}
