// The request's photos: taken with the phone's camera or chosen, each shown small with a button to
// remove it; at most the server's number, each an image within its size (said at once, by name).
import { useEffect, useId, useMemo, useRef, type ChangeEvent } from 'react';
import { Button, CloseButton } from '../light/controls.tsx';
import { useTranslation } from '../light/light-i18n.ts';

interface Props {
  photos: File[];
  onChange: (photos: File[]) => void;
  max: number;
  maxBytes: number;
  error?: string;
  onError: (message: string | undefined) => void;
}

/** Some phones give HEIC photos no type: their name says what they are. */
function isImage(file: File): boolean {
  return file.type.startsWith('image/') || (!file.type && /\.(heic|heif|jpe?g|png|webp|gif)$/i.test(file.name));
}

function PickButton({ label, capture, onPick, variant }: { label: string; capture?: 'environment'; onPick: (files: File[]) => void; variant: 'light' | 'default' }) {
  const input = useRef<HTMLInputElement>(null);
  const picked = (event: ChangeEvent<HTMLInputElement>) => {
    onPick([...(event.currentTarget.files ?? [])]);
    event.currentTarget.value = ''; // the same photo can be picked again after removing it
  };
  return (
    <>
      <Button variant={variant} className="file-button" onClick={() => input.current?.click()}>
        {label}
      </Button>
      <input ref={input} type="file" hidden accept="image/*" capture={capture} multiple={!capture} onChange={picked} tabIndex={-1} />
    </>
  );
}

/** A preview of each photo (an object URL, given back when the photo goes). */
function usePreviews(photos: File[]): string[] {
  const urls = useMemo(() => photos.map((photo) => URL.createObjectURL(photo)), [photos]);
  useEffect(() => () => urls.forEach((url) => URL.revokeObjectURL(url)), [urls]);
  return urls;
}

export function PhotoPicker({ photos, onChange, max, maxBytes, error, onError }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const previews = usePreviews(photos);
  const megabytes = Math.floor(maxBytes / 1024 / 1024);

  const add = (picked: File[]) => {
    const refused = picked.find((file) => !isImage(file)) ?? picked.find((file) => file.size > maxBytes);
    const kept = picked.filter((file) => isImage(file) && file.size <= maxBytes);
    const next = [...photos, ...kept].slice(0, max);
    onChange(next);
    if (refused) onError(isImage(refused) ? t('webform.photos.tooLarge', { name: refused.name, size: megabytes }) : t('webform.photos.notImage', { name: refused.name }));
    else if (photos.length + kept.length > max) onError(t('webform.photos.tooMany', { max }));
    else onError(undefined);
  };

  return (
    <div className="file-picker" role="group" aria-labelledby={`${id}-label`} aria-describedby={[`${id}-description`, error && `${id}-error`].filter(Boolean).join(' ')} data-invalid={error ? true : undefined}>
      <p id={`${id}-label`} className="field-label">
        {t('webform.photos.label')}
      </p>
      <p id={`${id}-description`} className="field-description">
        {t('webform.photos.description', { max })}
      </p>
      {photos.length < max && (
        <div className="file-buttons">
          <PickButton label={t('webform.photos.take')} capture="environment" onPick={add} variant="light" />
          <PickButton label={t('webform.photos.choose')} onPick={add} variant="default" />
        </div>
      )}
      {photos.length > 0 && (
        <ul className="plain-list photo-list" aria-label={t('webform.photos.chosen')}>
          {photos.map((photo, index) => (
            <li key={`${photo.name}-${photo.size}-${index}`} className="photo-item">
              <img src={previews[index]} alt="" className="photo-preview" />
              <span className="sm wrap photo-name">{photo.name}</span>
              <CloseButton
                label={t('webform.photos.remove', { name: photo.name })}
                onClick={() => {
                  onChange(photos.filter((_, i) => i !== index));
                  onError(undefined);
                }}
              />
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
