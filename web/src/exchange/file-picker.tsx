// Photos and files sent with an answer, taken with the phone's camera or chosen, each removable.
import { useId, useRef, type ChangeEvent } from 'react';
import { Button, CloseButton } from '../light/controls.tsx';
import { useTranslation } from '../light/light-i18n.ts';

const DOCUMENTS = 'image/*,application/pdf,text/plain,.docx,.xlsx,.odt,.ods,.heic,.heif';
/** At most this many files go with one answer (the server's limit). */
export const MAX_FILES = 10;

interface FilePickerProps {
  label: string;
  files: File[];
  onChange: (files: File[]) => void;
  /** Photos: offers the camera first. */
  photos?: boolean;
  multiple?: boolean;
  error?: string;
  description?: string;
}

/** A button that opens the phone's file chooser (or its camera, with `capture`). */
function FileButton({ label, accept, capture, multiple, onPick, variant }: { label: string; accept: string; capture?: 'environment'; multiple: boolean; onPick: (files: File[]) => void; variant: 'light' | 'default' }) {
  const input = useRef<HTMLInputElement>(null);
  const picked = (event: ChangeEvent<HTMLInputElement>) => {
    onPick([...(event.currentTarget.files ?? [])]);
    event.currentTarget.value = ''; // the same file can be picked again after removing it
  };
  return (
    <>
      <Button variant={variant} className="file-button" onClick={() => input.current?.click()}>
        {label}
      </Button>
      <input ref={input} type="file" hidden accept={accept} capture={capture} multiple={multiple} onChange={picked} tabIndex={-1} />
    </>
  );
}

/** Photos taken with the camera or files chosen from the phone, listed with a way to remove each. */
export function FilePicker({ label, files, onChange, photos = false, multiple = true, error, description }: FilePickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const add = (list: File[]) => onChange(multiple ? [...files, ...list].slice(0, MAX_FILES) : list.slice(0, 1));
  return (
    <div className="file-picker" role="group" aria-labelledby={`${id}-label`} aria-describedby={error ? `${id}-error` : undefined}>
      <p id={`${id}-label`} className="strong">
        {label}
      </p>
      {description && <p className="sm dimmed">{description}</p>}
      <div className="file-buttons">
        {photos && <FileButton label={t('exchange.files.takePhoto')} accept="image/*" capture="environment" multiple={multiple} onPick={add} variant="light" />}
        <FileButton
          label={photos ? t('exchange.files.choosePhotos') : multiple ? t('exchange.files.chooseFiles') : t('exchange.files.chooseFile')}
          accept={photos ? 'image/*' : DOCUMENTS}
          multiple={multiple}
          onPick={add}
          variant="default"
        />
      </div>
      {files.length > 0 && (
        <ul className="plain-list file-list" aria-label={t('exchange.files.chosen', { label })}>
          {files.map((file, index) => (
            <li key={`${file.name}-${index}`} className="row">
              <span className="sm wrap">{file.name}</span>
              <CloseButton label={t('exchange.files.remove', { name: file.name })} onClick={() => onChange(files.filter((_, i) => i !== index))} />
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
