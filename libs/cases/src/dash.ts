import { DashAnswer } from './case.enums.js';

export const DASH_QUESTIONS = 24;
export const VISIBLE_HIGH_RISK_THRESHOLD = 14;

/** The DASH RIC score: the number of YES answers. */
export function dashScore(answers: readonly DashAnswer[]): number {
  return answers.filter((a) => a === DashAnswer.YES).length;
}
