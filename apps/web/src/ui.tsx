import {
  useId,
  type ReactNode,
  type InputHTMLAttributes,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';
import type { FormErrors } from './errors';

interface FieldProps {
  label: string;
  /** the API input path this field fills (without `input.`), to show the API's error next to it */
  name?: string;
  errors?: FormErrors;
  hint?: ReactNode;
  children: (props: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: boolean }) => ReactNode;
}

/** A labelled field with its hint and its error (linked for screen readers; the error is text, not only colour). */
export function Field({ label, name, errors, hint, children }: FieldProps) {
  const id = useId();
  const error = name && errors ? errors.of(name) : undefined;
  const described =
    [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field-error' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <div id={`${id}-hint`} className="hint">
          {hint}
        </div>
      )}
      {error && (
        <div id={`${id}-error`} className="error">
          <span aria-hidden="true">⚠ </span>
          {error}
        </div>
      )}
      {children({ id, 'aria-describedby': described, 'aria-invalid': error ? true : undefined })}
    </div>
  );
}

type Common = { label: string; name?: string; errors?: FormErrors; hint?: ReactNode };

export function TextField({
  label,
  name,
  errors,
  hint,
  ...rest
}: Common & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Field label={label} name={name} errors={errors} hint={hint}>
      {(p) => <input {...p} name={name} {...rest} />}
    </Field>
  );
}

export function TextArea({
  label,
  name,
  errors,
  hint,
  ...rest
}: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <Field label={label} name={name} errors={errors} hint={hint}>
      {(p) => <textarea rows={4} {...p} name={name} {...rest} />}
    </Field>
  );
}

export function SelectField({
  label,
  name,
  errors,
  hint,
  options,
  ...rest
}: Common & SelectHTMLAttributes<HTMLSelectElement> & { options: [value: string, text: string][] }) {
  return (
    <Field label={label} name={name} errors={errors} hint={hint}>
      {(p) => (
        <select {...p} name={name} {...rest}>
          {options.map(([v, t]) => (
            <option key={v} value={v}>
              {t}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function Checkbox({ label, ...rest }: { label: string } & InputHTMLAttributes<HTMLInputElement>) {
  const id = useId();
  return (
    <div className="checkbox">
      <input type="checkbox" id={id} {...rest} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

/** "ACCEPTED" → "Accepted", "NOT_DOMESTIC_ABUSE" → "Not domestic abuse" */
export const words = (code: string | null | undefined) =>
  code ? code.charAt(0) + code.slice(1).toLowerCase().replace(/_/g, ' ') : '—';

export const formatDate = (iso: string | null | undefined) =>
  iso
    ? new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso).toLocaleDateString('en-GB', {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        timeZone: 'Europe/London',
      })
    : '—';

export const formatDateTime = (iso: string | null | undefined) =>
  iso
    ? new Date(iso).toLocaleString('en-GB', {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        timeZone: 'Europe/London',
      })
    : '—';

/** A status shown as words (never colour alone). */
export function Status({ value }: { value: string }) {
  return <span className={`status status-${value.toLowerCase()}`}>{words(value)}</span>;
}

export function Loading({ what = 'Loading' }: { what?: string }) {
  return (
    <p role="status" className="loading">
      {what}…
    </p>
  );
}
