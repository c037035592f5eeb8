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
  /** the message to show instead of `errors`' one for `name` (a check of the page's own, a row the API counts otherwise) */
  error?: string | null;
  hint?: ReactNode;
  /** the label for screen readers only, where the table around the field shows it already */
  hideLabel?: boolean;
  children: (props: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: boolean }) => ReactNode;
}

/** An error shown as text, not only colour (the sign is not read out). */
export function FieldError({ id, children }: { id?: string; children: ReactNode }) {
  return (
    <div id={id} className="error">
      <span aria-hidden="true">⚠ </span>
      {children}
    </div>
  );
}

/** A labelled field with its hint and its error (linked for screen readers; the error is text, not only colour). */
export function Field({ label, name, errors, error, hint, hideLabel, children }: FieldProps) {
  const id = useId();
  const message = error || (name && errors ? errors.of(name) : undefined);
  const described =
    [hint ? `${id}-hint` : '', message ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={message ? 'field field-error' : 'field'}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      {hint && (
        <div id={`${id}-hint`} className="hint">
          {hint}
        </div>
      )}
      {message && <FieldError id={`${id}-error`}>{message}</FieldError>}
      {children({ id, 'aria-describedby': described, 'aria-invalid': message ? true : undefined })}
    </div>
  );
}

type Common = Omit<FieldProps, 'children'>;

/** A field component's props split into the Field's and the control's. */
function split<P extends Common>({ label, name, errors, error, hint, hideLabel, ...control }: P) {
  return [{ label, name, errors, error, hint, hideLabel }, control] as const;
}

export function TextField(props: Common & InputHTMLAttributes<HTMLInputElement>) {
  const [field, rest] = split(props);
  return <Field {...field}>{(p) => <input {...p} name={field.name} {...rest} />}</Field>;
}

export function TextArea(props: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const [field, rest] = split(props);
  return <Field {...field}>{(p) => <textarea rows={4} {...p} name={field.name} {...rest} />}</Field>;
}

export function SelectField({
  options,
  ...props
}: Common &
  SelectHTMLAttributes<HTMLSelectElement> & {
    options: readonly (readonly [value: string, text: string])[];
  }) {
  const [field, rest] = split(props);
  return (
    <Field {...field}>
      {(p) => (
        <select {...p} name={field.name} {...rest}>
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

/** Checkboxes that choose a list of values, under a legend, with the error about the list. */
export function CheckboxGroup({
  legend,
  options,
  value,
  onChange,
  name,
  errors,
  error,
}: {
  legend: string;
  options: readonly (readonly [value: string, text: string])[];
  value: readonly string[];
  onChange: (value: string[]) => void;
  name?: string;
  errors?: FormErrors;
  error?: string | null;
}) {
  const id = useId();
  const message = error || (name && errors ? errors.of(name) : undefined);
  return (
    <fieldset
      className={message ? 'field-error' : undefined}
      aria-describedby={message ? `${id}-error` : undefined}
    >
      <legend>{legend}</legend>
      {message && <FieldError id={`${id}-error`}>{message}</FieldError>}
      {options.map(([v, t]) => (
        <Checkbox
          key={v}
          label={t}
          checked={value.includes(v)}
          onChange={(e) => onChange(e.target.checked ? [...value, v] : value.filter((x) => x !== v))}
        />
      ))}
    </fieldset>
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
