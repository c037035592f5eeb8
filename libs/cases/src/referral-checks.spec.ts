import { PanelKind } from '@marac/core';
import { RejectionReason } from './closure.enums.js';
import { checkClosure, checkRejection, checkVictimVoice } from './referral-checks.js';
import { RiskLevel } from './risk.js';

describe("the victim's voice", () => {
  it.each([
    [{}, []],
    [{ victimAware: true, consentGiven: true }, []],
    [{ victimAware: false, victimNotAwareReason: 'Risk of escalation if told' }, []],
    [{ victimAware: false }, ['victimNotAwareReason']],
    [{ victimAware: false, victimNotAwareReason: '   ' }, ['victimNotAwareReason']],
    [{ victimAware: true, victimNotAwareReason: 'x' }, ['victimNotAwareReason']],
    [{ consentGiven: false }, ['sharedWithoutConsentReason']],
    [{ consentGiven: false, sharedWithoutConsentReason: 'High risk: vital interest' }, []],
    [{ victimAware: false, consentGiven: false }, ['victimNotAwareReason', 'sharedWithoutConsentReason']],
  ])('%j -> %j', (input, fields) => {
    expect(checkVictimVoice(input).map((p) => p.field)).toEqual(fields);
  });
});

describe('rejection at triage', () => {
  const { THRESHOLD_NOT_MET, DUPLICATE } = RejectionReason;
  it.each([
    [{ riskLevel: RiskLevel.MEDIUM, reason: 'x' }, 'rejectionReason'],
    [{ riskLevel: RiskLevel.MEDIUM, rejectionReason: DUPLICATE }, 'reason'],
    [{ riskLevel: RiskLevel.HIGH, rejectionReason: THRESHOLD_NOT_MET, reason: 'x' }, 'rejectionReason'],
    [{ riskLevel: RiskLevel.HIGH, rejectionReason: DUPLICATE, reason: 'Same incident as 0041' }, null],
    [{ riskLevel: RiskLevel.MEDIUM, rejectionReason: THRESHOLD_NOT_MET, reason: 'DASH 9' }, null],
  ])('%j -> %s', (input, field) => {
    expect(checkRejection(input)?.field ?? null).toBe(field);
  });
});

describe('closure', () => {
  const base = {
    panelKind: PanelKind.MARAC,
    hasOutcome: true,
    closedOn: '2026-06-01',
    lastHearing: '2026-05-14',
    today: '2026-11-30',
  };
  it.each([
    [{}, null],
    [{ hasOutcome: false }, 'outcome'],
    [{ hasOutcome: false, panelKind: PanelKind.MATAC }, null],
    [{ closedOn: '2026-12-01' }, 'closedOn'],
    [{ closedOn: '2026-05-13' }, 'closedOn'],
    [{ closedOn: '2026-05-14' }, null],
  ])('%j -> %s', (over, field) => {
    expect(checkClosure({ ...base, ...over })?.field ?? null).toBe(field);
  });
});
