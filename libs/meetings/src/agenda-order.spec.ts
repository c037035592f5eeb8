import { PanelKind } from '@marac/core';
import { RiskLevel } from '@marac/cases';
import { proposalOrder, type AgendaCandidate } from './agenda-order.js';

const c = (id: string, over: Partial<AgendaCandidate> = {}): AgendaCandidate => ({
  id,
  status: 'ACCEPTED',
  isRepeat: false,
  dashScore: 14,
  rfgvScore: null,
  referralDate: '2026-01-01',
  seq: 1,
  ...over,
});

describe('proposalOrder', () => {
  it('MARAC: repeat first, then highest DASH, then oldest referral, then arrival; no review cases', () => {
    const order = proposalOrder(PanelKind.MARAC, [
      c('low', { dashScore: 14 }),
      c('high', { dashScore: 20 }),
      c('repeat', { isRepeat: true, dashScore: 14 }),
      c('old', { dashScore: 14, referralDate: '2025-12-01' }),
      c('review', { status: 'HEARD', dashScore: 24 }),
      c('unknown', { dashScore: null }),
      c('later-arrival', { dashScore: 14, seq: 9 }),
    ]).map((x) => x.id);
    expect(order).toEqual(['repeat', 'high', 'old', 'low', 'later-arrival', 'unknown']);
  });

  it('MATAC: open review cases first, then risk by RFGV', () => {
    const order = proposalOrder(PanelKind.MATAC, [
      c('new-high', { rfgvScore: 90, dashScore: null }),
      c('new-low', { rfgvScore: 30, dashScore: 24 }),
      c('review-low', { status: 'HEARD', rfgvScore: 10 }),
      c('review-high', { status: 'HEARD', rfgvScore: 50 }),
    ]).map((x) => x.id);
    expect(order).toEqual(['review-high', 'review-low', 'new-high', 'new-low']);
  });

  it('HRAP: review cases first, then DASH', () => {
    const order = proposalOrder(PanelKind.HRAP, [
      c('new', { dashScore: 20 }),
      c('review', { status: 'HEARD', dashScore: 1 }),
    ]).map((x) => x.id);
    expect(order).toEqual(['review', 'new']);
  });

  it('MARAC: children in the household first, then adults; within each repeat, risk level, DASH, oldest, reference', () => {
    const order = proposalOrder(PanelKind.MARAC, [
      c('adult-repeat', { isRepeat: true }),
      c('child-low', { hasChildren: true, dashScore: 10 }),
      c('child-high', { hasChildren: true, dashScore: 18 }),
      c('adult-dara-high', { dashScore: null, riskLevel: RiskLevel.HIGH, referralDate: '2025-12-01' }),
      c('adult-dash-14-b', { reference: 'MARAC-HPL-2026-0002' }),
      c('adult-dash-14-a', { reference: 'MARAC-HPL-2026-0001' }),
      c('adult-unknown', { dashScore: null }),
    ]).map((x) => x.id);
    expect(order).toEqual([
      'child-high',
      'child-low',
      'adult-repeat',
      // a HIGH DARA grade ranks with DASH 14+; the older referral first, it no longer sinks below later DASH 14s
      'adult-dara-high',
      'adult-dash-14-a',
      'adult-dash-14-b',
      'adult-unknown',
    ]);
  });
});
