// A staff member's read-only look at a resident's portal: said on every page; the forms are
// disabled (ReadOnly) and the server refuses any change anyway (403 preview_read_only).
import type { ReactNode } from 'react';
import { useTranslation } from '../light/light-i18n.ts';
import { Icon } from './icons.tsx';
import { useSession } from './portal-session.tsx';

export function PreviewBanner() {
  const { t } = useTranslation();
  const { state } = useSession();
  if (state.kind !== 'signed_in' || !state.me.preview) return null;
  return (
    <div className="p-preview" role="status" data-testid="portal-preview">
      <Icon name="eye" size={18} />
      <span>{t('portal.preview', { name: state.me.name })}</span>
    </div>
  );
}

/** Whether the portal is a staff member's preview (every form disabled then). */
export function usePreview(): boolean {
  const { state } = useSession();
  return state.kind === 'signed_in' && state.me.preview;
}

/** A form's controls, disabled all at once in a preview. */
export function ReadOnly({ children }: { children: ReactNode }) {
  const preview = usePreview();
  return (
    <fieldset className="p-fieldset" disabled={preview}>
      {children}
    </fieldset>
  );
}
