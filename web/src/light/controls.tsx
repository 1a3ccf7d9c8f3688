// The light pages' buttons, alerts and spinner: Mantine's look (web/src/light/light.css) in plain
// React, so that a phone page needs neither the cockpit nor Mantine.
import type { AnchorHTMLAttributes, ButtonHTMLAttributes, ReactNode, Ref } from 'react';

export type ButtonVariant = 'filled' | 'light' | 'outline' | 'default' | 'subtle';

interface Look {
  variant?: ButtonVariant;
  size?: 'sm' | 'md' | 'lg';
  /** `danger`: red, for saying no. */
  tone?: 'primary' | 'danger';
  fullWidth?: boolean;
}

/** The class names of a button (or of a link drawn as one). */
export function buttonClass({ variant = 'filled', size = 'md', tone = 'primary', fullWidth }: Look, extra?: string): string {
  return ['btn', size !== 'md' && `btn-${size}`, variant !== 'filled' && `btn-${variant}`, tone === 'danger' && 'btn-danger', fullWidth && 'btn-full', extra]
    .filter(Boolean)
    .join(' ');
}

/** A spinner; with a label, it is announced (a page loading), else it is decoration. */
export function Spinner({ label }: { label?: string }) {
  return label ? <span className="spinner" role="status" aria-label={label} /> : <span className="spinner" aria-hidden="true" />;
}

/** The spinner in the middle of the page, while it loads. */
export function Loading({ label }: { label: string }) {
  return (
    <div className="center">
      <Spinner label={label} />
    </div>
  );
}

type ButtonProps = Look & ButtonHTMLAttributes<HTMLButtonElement> & { loading?: boolean; ref?: Ref<HTMLButtonElement> };

/** A button; while `loading`, a spinner over its label and no second tap. */
export function Button({ variant, size, tone, fullWidth, loading = false, className, children, disabled, type = 'button', ...rest }: ButtonProps) {
  return (
    <button
      {...rest}
      type={type}
      className={buttonClass({ variant, size, tone, fullWidth }, className)}
      disabled={disabled || loading}
      data-loading={loading || undefined}
      aria-busy={loading || undefined}
    >
      <span className="btn-label">{children}</span>
      {loading && <Spinner />}
    </button>
  );
}

/** A link that looks like a button. */
export function LinkButton({ variant, size, tone, fullWidth, className, ...rest }: Look & AnchorHTMLAttributes<HTMLAnchorElement>) {
  return <a {...rest} className={buttonClass({ variant, size, tone, fullWidth }, className)} />;
}

/** A × button, named for screen readers. */
export function CloseButton({ label, onClick, ref }: { label: string; onClick: () => void; ref?: Ref<HTMLButtonElement> }) {
  return (
    <button ref={ref} type="button" className="close" aria-label={label} onClick={onClick}>
      <svg width="20" height="20" viewBox="0 0 15 15" aria-hidden="true" focusable="false">
        <path
          fill="currentColor"
          fillRule="evenodd"
          clipRule="evenodd"
          d="M11.78 4.28a.75.75 0 0 0-1.06-1.06L7.5 6.44 4.28 3.22a.75.75 0 0 0-1.06 1.06L6.44 7.5l-3.22 3.22a.75.75 0 1 0 1.06 1.06L7.5 8.56l3.22 3.22a.75.75 0 1 0 1.06-1.06L8.56 7.5l3.22-3.22Z"
        />
      </svg>
    </button>
  );
}

/** A coloured box with an optional title: red for a problem, teal for a success. */
export function Alert({ tone = 'error', title, children, role = 'alert', className }: { tone?: 'error' | 'success' | 'notice'; title?: string; children: ReactNode; role?: 'alert' | 'status'; className?: string }) {
  return (
    <div role={role} className={['alert', tone === 'success' && 'alert-success', tone === 'notice' && 'alert-notice', className].filter(Boolean).join(' ')}>
      {title && <span className="alert-title">{title}</span>}
      {children}
    </div>
  );
}
