// The language menu of the sign-in page: the cockpit's (ui/language-menu.tsx) without Mantine —
// a button that opens a menu of the languages, each named in its own language.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from '../light/light-i18n.ts';
import { changeLanguage, currentLanguage, languages } from '../light/light-i18n.ts';

/** The button and its menu; arrows move between the languages, Escape closes. */
export function LanguageMenu() {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const active = currentLanguage();
  const activeName = languages.find((language) => language.code === active)?.name ?? active;

  useEffect(() => {
    if (!open) return;
    menu.current?.querySelector<HTMLElement>('[aria-current="true"], [role="menuitem"]')?.focus();
    const away = (event: PointerEvent) => {
      if (!menu.current?.contains(event.target as Node) && !button.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const keys = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    if (event.key === 'Escape' || event.key === 'Tab') close();
    else if (event.key === 'ArrowDown') items[(at + 1) % items.length]?.focus();
    else if (event.key === 'ArrowUp') items[(at - 1 + items.length) % items.length]?.focus();
    else return;
    event.preventDefault();
  };

  return (
    <div className="menu">
      <button
        ref={button}
        type="button"
        className="btn btn-subtle btn-compact"
        aria-label={t('language.button', { language: activeName })}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? `${id}-menu` : undefined}
        onClick={() => setOpen((o) => !o)}
      >
        {activeName}
        <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div ref={menu} id={`${id}-menu`} role="menu" aria-label={t('language.menu')} className="menu-dropdown" onKeyDown={keys}>
          <div className="menu-label" role="presentation">
            {t('language.menu')}
          </div>
          {languages.map((language) => (
            <button
              key={language.code}
              type="button"
              role="menuitem"
              tabIndex={-1}
              lang={language.code}
              aria-current={language.code === active ? 'true' : undefined}
              className={language.code === active ? 'menu-item bold' : 'menu-item'}
              onClick={() => {
                close();
                void changeLanguage(language.code);
              }}
            >
              {language.name}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
