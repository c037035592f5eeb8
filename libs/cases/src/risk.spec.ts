import { checkRiskTool, isHighRisk, riskLevel, RiskGrade, RiskLevel, RiskTool } from './risk.js';

const { DASH, DARA, OTHER, NONE } = RiskTool;

describe('risk level across tools', () => {
  it.each([
    [DASH, 14, null, RiskLevel.HIGH],
    [DASH, 13, null, RiskLevel.MEDIUM],
    [DASH, 10, null, RiskLevel.MEDIUM],
    [DASH, 9, null, RiskLevel.STANDARD],
    [DARA, null, RiskGrade.HIGH, RiskLevel.HIGH],
    [DARA, null, RiskGrade.MEDIUM, RiskLevel.MEDIUM],
    [OTHER, null, RiskGrade.STANDARD, RiskLevel.STANDARD],
    [NONE, null, null, RiskLevel.UNKNOWN],
    [null, null, null, RiskLevel.UNKNOWN],
  ])('%s score %s grade %s is %s', (riskTool, dashScore, riskGrade, expected) => {
    expect(riskLevel({ riskTool, dashScore, riskGrade })).toBe(expected);
  });

  it('a HIGH DARA grade is high risk, like DASH 14', () => {
    expect(isHighRisk({ riskTool: DARA, dashScore: null, riskGrade: RiskGrade.HIGH })).toBe(true);
    expect(isHighRisk({ riskTool: DASH, dashScore: 13, riskGrade: null })).toBe(false);
  });
});

describe('which tool a referral used', () => {
  const answers = Array(24).fill('NO');
  it.each([
    [{ dashAnswers: answers }, { tool: DASH }],
    [{}, { tool: NONE }],
    [{ riskTool: DARA, riskGrade: RiskGrade.HIGH }, { tool: DARA }],
    [{ riskTool: DARA }, { field: 'riskGrade' }],
    [{ riskTool: DARA, riskGrade: RiskGrade.HIGH, dashAnswers: answers }, { field: 'dashAnswers' }],
    [{ riskTool: DASH, dashAnswers: answers, riskGrade: RiskGrade.HIGH }, { field: 'riskGrade' }],
    [{ riskTool: DASH }, { field: 'dashAnswers' }],
    [{ riskGrade: RiskGrade.HIGH }, { field: 'riskGrade' }],
  ])('%j -> %j', (input, expected) => {
    expect(checkRiskTool(input as never)).toMatchObject(expected);
  });
});
