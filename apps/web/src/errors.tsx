import type { ReactNode } from 'react';
import { apiErrors, fieldWords, plainWords, type FormErrors, type Wording } from './api-errors';

export {
  apiErrors,
  fieldWords,
  formErrors,
  localErrors,
  plainWords,
  renameFields,
  type ApiError,
  type FormErrors,
  type Wording,
} from './api-errors';

/** The errors that concern no field, announced to screen readers. */
export function ErrorSummary({ errors, children }: { errors: FormErrors; children?: ReactNode }) {
  if (!errors.any) return null;
  const fields = Object.keys(errors.byField);
  return (
    <div role="alert" className="error-summary">
      {errors.general.map((m) => (
        <p key={m}>{m}</p>
      ))}
      {fields.length > 0 && (
        <>
          <p>Some answers need a change:</p>
          <ul>
            {fields.map((f) => (
              <li key={f}>
                {fieldWords(f)}: {errors.byField[f]}
              </li>
            ))}
          </ul>
        </>
      )}
      {children}
    </div>
  );
}

/** Shows an error of one operation that has no form (a page that failed to load, a button). */
export function ErrorMessage({ error, wording }: { error: unknown; wording?: Wording }) {
  const list = apiErrors(error);
  if (list.length === 0) return null;
  return (
    <div role="alert" className="error-summary">
      {list.map((e, i) => (
        <p key={i}>{plainWords(e, wording)}</p>
      ))}
    </div>
  );
}
