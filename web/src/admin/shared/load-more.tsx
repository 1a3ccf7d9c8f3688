// The "load more" button under a list read with a cursor.
import { Button, Center, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  hasMore: boolean;
  loading: boolean;
  onLoad: () => void;
  /** How many rows are shown, said next to the button. */
  shown: number;
}

/** The count of rows shown, and the button while the server has more. */
export function LoadMore({ hasMore, loading, onLoad, shown }: Props) {
  const { t } = useTranslation();
  return (
    <Center>
      {hasMore ? (
        <Button variant="default" loading={loading} onClick={onLoad}>
          {t('admin.common.loadMore')}
        </Button>
      ) : (
        <Text size="sm" c="dimmed">
          {t('admin.common.shown', { count: shown })}
        </Text>
      )}
    </Center>
  );
}
