// The action dialog, loaded the first time an action is opened: the ticket page shows (and its
// next step can be clicked) without the forms' inputs, selects and modal in its first download.
import { lazy, Suspense, type ComponentProps } from 'react';

const ActionDialog = lazy(() => import('./action-dialog.tsx').then((module) => ({ default: module.ActionDialog })));

/** The dialog of one action, once its code is there. */
export function LazyActionDialog(props: ComponentProps<typeof ActionDialog>) {
  return (
    <Suspense fallback={null}>
      <ActionDialog {...props} />
    </Suspense>
  );
}
