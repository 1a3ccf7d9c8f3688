// The age colour of a ticket (time since it was last handled) as a dot, with its meaning in
// words for screen readers and on hover.
import { VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AgeColour } from '../../../../src/http/answers.ts';

/** A coloured dot; the text alternative says how long the ticket has waited. */
export function AgeMarker({ age }: { age: AgeColour }) {
  const { t } = useTranslation();
  const label = t(`list.age.${age}`);
  return (
    <span className="gardien-age" data-age={age} title={label}>
      <VisuallyHidden>{label}</VisuallyHidden>
    </span>
  );
}
