/**
 * A figure as shown: its value, or "<5" for a suppressed one, which is focusable and described by the reason it is
 * hidden (shown on hover and on focus, read by screen readers through aria-describedby). Never a zero.
 */
import { useId } from 'react';
import type { Shown } from './figures.js';

export function FigureValue({ shown, figure }: { shown: Shown; figure?: string }) {
  const id = useId();
  if (!shown.suppressed)
    return (
      <span className="dash-value" data-figure={figure} data-value={shown.value ?? ''}>
        {shown.text}
      </span>
    );
  return (
    <span className="dash-suppressed-wrap">
      <span
        className="dash-value dash-suppressed"
        tabIndex={0}
        aria-describedby={id}
        data-figure={figure}
        data-suppressed="true"
      >
        {shown.text}
      </span>
      <span role="tooltip" id={id} className="dash-tip">
        {shown.reason}
      </span>
    </span>
  );
}
