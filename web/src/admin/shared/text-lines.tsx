// Several short values (emails, phones) in one table cell, one a line.
import { Text } from '@mantine/core';

/** One small Text per value; the values are distinct, so they key their lines. */
export function TextLines({ values }: { values: string[] }) {
  return values.map((value) => (
    <Text key={value} size="sm">
      {value}
    </Text>
  ));
}
