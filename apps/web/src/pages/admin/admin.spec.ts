/// <reference types="jest" />
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { formErrors, localErrors, renameFields } from '../../api-errors.js';
import { numberOrNull, settingsForm, settingsInput } from './settings.js';

describe('form errors', () => {
  const refused = (...errors: { message: string; extensions: Record<string, unknown> }[]) =>
    new CombinedGraphQLErrors({ data: null, errors });
  it('puts a BAD_USER_INPUT message next to its field, without the field name', () => {
    const e = formErrors(
      refused({
        message: 'input.email: is already in use',
        extensions: { code: 'BAD_USER_INPUT', field: 'input.email' },
      }),
    );
    expect(e.of('email')).toBe('Is already in use');
    expect(e.of('name')).toBeUndefined();
    expect(e.general).toEqual([]);
  });
  it('words other codes plainly, above the form', () => {
    const e = formErrors(refused({ message: 'Forbidden resource', extensions: { code: 'FORBIDDEN' } }));
    expect(e.general).toEqual(['You are not allowed to do this.']);
    expect(e.of('email')).toBeUndefined();
    expect(formErrors(new Error('Failed to fetch')).general).toEqual([
      'The server could not be reached. Check your connection and try again.',
    ]);
    expect(formErrors(null).any).toBe(false);
  });
  it("shows the page's own checks as the API's errors, and renames a list's index", () => {
    const own = localErrors({ field: 'expectedRanges.1.min', message: 'must be a number' });
    expect(own.of('expectedRanges.1.min')).toBe('Must be a number');
    expect(own.general).toEqual([]);
    expect(localErrors(null).any).toBe(false);
    const renamed = renameFields(own, (f) => f.replace('.1.', '.4.'));
    expect(renamed.of('expectedRanges.4.min')).toBe('Must be a number');
    expect(renamed.of('expectedRanges.1.min')).toBeUndefined();
  });
  it('reads numbers', () => {
    expect(numberOrNull(' ')).toBeNull();
    expect(numberOrNull('12.5')).toBe(12.5);
    expect(numberOrNull('abc')).toBeUndefined();
  });
});

describe('panel settings form', () => {
  const settings = {
    adultFemalePopulation: 40000,
    bamePopulationShare: 0.08,
    expectedRanges: [
      { figure: 'casesPer10kAdultWomen', min: 32, max: 48 },
      { figure: 'repeatRate', min: 0.28, max: 0.4 },
      { figure: 'bameShare', min: 0.08, max: null },
    ],
  };
  it('shows shares in percent and sends fractions', () => {
    const form = settingsForm(settings);
    expect(form.bamePopulationPercent).toBe('8');
    expect(form.ranges.find((r) => r.figure === 'repeatRate')).toEqual({
      figure: 'repeatRate',
      min: '28',
      max: '40',
    });
    const edited = {
      ...form,
      ranges: form.ranges.map((r) => (r.figure === 'repeatRate' ? { ...r, min: '25' } : r)),
    };
    const out = settingsInput('p1', edited, form);
    if (!('input' in out)) throw new Error('expected an input');
    expect(out.input.bamePopulationShare).toBe(0.08);
    expect(out.input.expectedRanges).toContainEqual({ figure: 'repeatRate', min: 0.25, max: 0.4 });
    expect(out.input.expectedRanges).toContainEqual({ figure: 'casesPer10kAdultWomen', min: 32, max: 48 });
    // the BAME range follows the population share while it is not edited
    expect(out.input.expectedRanges.some((r) => r.figure === 'bameShare')).toBe(false);
    expect(out.rows[out.input.expectedRanges.findIndex((r) => r.figure === 'repeatRate')]).toBe(1);
  });
  it('names the field that is not a number', () => {
    const form = settingsForm(settings);
    expect(settingsInput('p1', { ...form, adultFemalePopulation: 'many' }, form)).toEqual({
      field: 'adultFemalePopulation',
      message: 'must be a whole number',
    });
  });
});
