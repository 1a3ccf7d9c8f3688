// The icon of each dispatch state on the contractor's card, beside the state's words.
import type { ComponentType } from 'react';
import {
  IconBan, IconCalendarCheck, IconChecks, IconCircleCheck, IconCircleMinus, IconCircleX, IconFileDollar, IconGavel, IconMapPin,
  IconReceipt, IconReceipt2, IconSend, IconThumbDown, IconThumbUp, type IconProps,
} from '@tabler/icons-react';
import type { DispatchState } from '../../../../src/domain/tickets/codes.ts';

export const DISPATCH_STATE_ICONS: Record<DispatchState, ComponentType<IconProps>> = {
  requested: IconSend,
  accepted: IconThumbUp,
  refused: IconThumbDown,
  planned: IconCalendarCheck,
  on_site: IconMapPin,
  done: IconChecks,
  invoice_requested: IconReceipt,
  invoice_received: IconReceipt2,
  quote_received: IconFileDollar,
  approval_requested: IconGavel,
  approved: IconCircleCheck,
  disapproved: IconCircleX,
  not_retained: IconCircleMinus,
  cancelled: IconBan,
};
