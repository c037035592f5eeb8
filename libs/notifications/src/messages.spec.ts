import { backoffSeconds } from './dispatcher.service.js';
import { actionAssigned, agendaPublished, overdueReminder, referralTriaged } from './messages.js';

describe('e-mail messages', () => {
  const link = 'https://marac.example.test/cases/1';
  it('carry the reference, dates and link they are given, and nothing else', () => {
    const all = [
      referralTriaged({ reference: 'MARAC-HPL-2026-0001', accepted: true, link }),
      referralTriaged({ reference: 'MARAC-HPL-2026-0002', accepted: false, link }),
      agendaPublished({ panelName: 'Hartlepool MARAC', meetingDate: '2026-12-03', link }),
      actionAssigned({ reference: 'MARAC-HPL-2026-0003', dueDate: '2027-01-01', reassigned: false, link }),
      actionAssigned({ reference: 'MARAC-HPL-2026-0003', dueDate: '2027-01-01', reassigned: true, link }),
      overdueReminder({ items: [{ reference: 'MARAC-HPL-2026-0004', dueDate: '2026-10-01' }], link }),
    ];
    expect(all.map((m) => m.subject)).toEqual([
      'Referral MARAC-HPL-2026-0001 accepted',
      'Referral MARAC-HPL-2026-0002 not accepted',
      'Hartlepool MARAC: agenda published for 2026-12-03',
      'Action assigned on case MARAC-HPL-2026-0003, due 2027-01-01',
      'Action reassigned on case MARAC-HPL-2026-0003, due 2027-01-01',
      '1 overdue action for your agency',
    ]);
    for (const m of all) expect(m.body).toContain(link);
    expect(all[5].body).toContain('- case MARAC-HPL-2026-0004: due 2026-10-01');
  });

  it('backs off exponentially, capped at an hour', () => {
    expect([1, 2, 3, 4, 10].map(backoffSeconds)).toEqual([30, 60, 120, 240, 3600]);
  });
});
