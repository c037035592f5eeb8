/// <reference types="jest" />
import { formError, generalMessage, messageFor, numberOrNull } from './form-error.js';
import { settingsForm, settingsInput } from './settings.js';

describe('form errors', () => {
  it('puts a BAD_USER_INPUT message next to its field, without the field name', () => {
    const e = formError({
      errors: [
        { message: 'email: is already in use', extensions: { code: 'BAD_USER_INPUT', field: 'email' } },
      ],
    });
    expect(messageFor(e, 'email')).toBe('is already in use');
    expect(messageFor(e, 'name')).toBeNull();
    expect(generalMessage(e, ['email', 'name'])).toBeNull();
  });
  it('words other codes plainly, above the form', () => {
    const e = formError({ errors: [{ message: 'Forbidden resource', extensions: { code: 'FORBIDDEN' } }] });
    expect(generalMessage(e, ['email'])).toBe('You may not do this.');
    expect(formError(new Error('Failed to fetch'))?.message).toBe('Failed to fetch');
    expect(formError(null)).toBeNull();
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
