/** A labelled form field with its error next to it (aria-invalid, aria-describedby). */
import { useId, type ReactElement, cloneElement } from 'react';

export function Field({
  label,
  error,
  hint,
  children,
}: {
  label: string;
  error?: string | null;
  hint?: string;
  children: ReactElement<Record<string, unknown>>;
}) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="adm-field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span id={hintId} className="adm-hint">
          {hint}
        </span>
      )}
      {cloneElement(children, {
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy,
      })}
      {error && (
        <span id={errorId} className="adm-error">
          {error}
        </span>
      )}
    </div>
  );
}

export function FormMessage({ message }: { message: string | null }) {
  return message ? (
    <p role="alert" className="adm-error">
      {message}
    </p>
  ) : null;
}
