import { registerEnumType } from '@nestjs/graphql';
import { VISIBLE_HIGH_RISK_THRESHOLD } from './dash.js';

/** The risk tool of a referral: SafeLives DASH RIC, College of Policing DARA, another graded tool, or none. */
export enum RiskTool {
  DASH = 'DASH',
  DARA = 'DARA',
  OTHER = 'OTHER',
  NONE = 'NONE',
}
/** The grade a graded tool (DARA, OTHER) gives. */
export enum RiskGrade {
  STANDARD = 'STANDARD',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
}
/** A case's risk level across tools (DOMAIN.md): what the agenda proposal and VISIBLE_HIGH_RISK read. */
export enum RiskLevel {
  HIGH = 'HIGH',
  MEDIUM = 'MEDIUM',
  STANDARD = 'STANDARD',
  UNKNOWN = 'UNKNOWN',
}
registerEnumType(RiskTool, {
  name: 'RiskTool',
  description: 'DASH: SafeLives DASH RIC; DARA: College of Policing',
});
registerEnumType(RiskGrade, { name: 'RiskGrade' });

/** DASH 10-13 is MEDIUM (SafeLives guidance), 14 or more HIGH. */
export const DASH_MEDIUM_THRESHOLD = 10;

export interface RiskFacts {
  riskTool: RiskTool | null;
  dashScore: number | null;
  riskGrade: RiskGrade | null;
}

/** HIGH (DASH >= 14 or a HIGH grade), MEDIUM (DASH 10-13 or MEDIUM), STANDARD (below), UNKNOWN (no tool). */
export function riskLevel({ riskTool, dashScore, riskGrade }: RiskFacts): RiskLevel {
  if (riskTool === RiskTool.DASH && dashScore !== null) {
    if (dashScore >= VISIBLE_HIGH_RISK_THRESHOLD) return RiskLevel.HIGH;
    return dashScore >= DASH_MEDIUM_THRESHOLD ? RiskLevel.MEDIUM : RiskLevel.STANDARD;
  }
  if ((riskTool === RiskTool.DARA || riskTool === RiskTool.OTHER) && riskGrade) {
    return riskGrade as unknown as RiskLevel;
  }
  return RiskLevel.UNKNOWN;
}

/** Ranks for ordering: HIGH first, UNKNOWN last. */
export const RISK_LEVEL_RANK: Readonly<Record<RiskLevel, number>> = {
  [RiskLevel.HIGH]: 3,
  [RiskLevel.MEDIUM]: 2,
  [RiskLevel.STANDARD]: 1,
  [RiskLevel.UNKNOWN]: 0,
};

export interface RiskInput {
  riskTool?: RiskTool | null;
  dashAnswers?: readonly unknown[] | null;
  riskGrade?: RiskGrade | null;
}

/**
 * Which tool a referral used, and the input field that does not belong to it (BAD_USER_INPUT on that field): DASH
 * answers with another tool, a grade with DASH, no grade for DARA or OTHER. The tool defaults to DASH when answers are
 * given, else NONE.
 */
export function checkRiskTool(input: RiskInput): { tool: RiskTool } | { field: string; message: string } {
  const hasAnswers = input.dashAnswers !== null && input.dashAnswers !== undefined;
  const tool = input.riskTool ?? (hasAnswers ? RiskTool.DASH : RiskTool.NONE);
  const grade = input.riskGrade ?? null;
  if (tool === RiskTool.DASH) {
    if (grade)
      return { field: 'riskGrade', message: 'is given by DARA or another graded tool, not with DASH' };
    if (!hasAnswers) return { field: 'dashAnswers', message: 'are required with the DASH tool' };
  } else if (hasAnswers) {
    return { field: 'dashAnswers', message: `belong to the DASH tool, not ${tool}` };
  }
  if ((tool === RiskTool.DARA || tool === RiskTool.OTHER) && !grade)
    return { field: 'riskGrade', message: `is required with ${tool}` };
  if (tool === RiskTool.NONE && grade)
    return { field: 'riskGrade', message: 'needs a graded risk tool (DARA or OTHER)' };
  return { tool };
}

/** VISIBLE_HIGH_RISK needs DASH >= 14 or a HIGH grade. */
export const isHighRisk = (facts: RiskFacts): boolean => riskLevel(facts) === RiskLevel.HIGH;
