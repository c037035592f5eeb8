/// <reference types="jest" />
import { auditFilter, EMPTY_AUDIT_FORM, nextAfter } from './audit-filter.js';

describe('audit filter', () => {
  it('leaves empty fields out and sends instants', () => {
    expect(auditFilter(EMPTY_AUDIT_FORM)).toEqual({ filter: {} });
    const r = auditFilter({ caseId: ' 12 ', actorId: '', from: '2026-03-01T00:00:00Z', to: '' });
    expect(r).toEqual({ filter: { caseId: '12', from: '2026-03-01T00:00:00.000Z' } });
  });
  it('names the field that is wrong', () => {
    expect(auditFilter({ ...EMPTY_AUDIT_FORM, from: 'soon' })).toEqual({
      field: 'from',
      message: 'is not a date and time',
    });
    expect(
      auditFilter({ ...EMPTY_AUDIT_FORM, from: '2026-03-02T00:00:00Z', to: '2026-03-01T00:00:00Z' }),
    ).toMatchObject({ field: 'to' });
  });
  it('pages by the last id seen', () => {
    expect(nextAfter([], [{ id: '1' }, { id: '2' }], 2)).toEqual(['2']);
    expect(nextAfter(['2'], [{ id: '3' }], 2)).toBeNull();
  });
});
