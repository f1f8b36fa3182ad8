/**
 * Finansiering (PRODUCT.md §4.2): per tiltak, what the financing leaves uncovered, what
 * exceeds the cost, and which co-financing is only søkt or planlagt (risk).
 */
import { perActionRule } from './context';
import { actionFinding } from './messages';

/** Udekket: one 'uncovered' warning per active tiltak whose financing does not cover its cost. */
export const uncoveredFindings = perActionRule(({ action, funding }, _input, _context, out) => {
  if (funding.uncovered <= 0) return;
  out.push(actionFinding('warning', 'uncovered', action, { amount: funding.uncovered, cost: action.cost }, funding.uncovered));
});

/** Overfinansiert: 'funding-exceeds-cost' (warning) when the financing is more than the cost — usually a typing error. */
export const fundingExceedsCostFindings = perActionRule(({ action, funding }, _input, _context, out) => {
  const excess = funding.total - action.cost;
  if (excess <= 0) return;
  out.push(actionFinding('warning', 'funding-exceeds-cost', action, { amount: excess, funding: funding.total, cost: action.cost }, excess));
});

/**
 * Finansieringsrisiko, per tiltak: 'funding-risk' (info) naming the partner and external
 * money that is only søkt or planlagt, beside what is bekreftet. Per tiltak (not one plan
 * total) so the planner sees where the risk sits; the plan's sums by status are in
 * `PlanTotals`. Own funds are left out here: they are the organisation's own budget and
 * are governed by the frame check.
 */
export const fundingRiskFindings = perActionRule(({ action }, _input, _context, out) => {
  let confirmed = 0;
  let applied = 0;
  let planned = 0;
  for (const line of action.funding) {
    if (line.source === 'own') continue;
    if (line.status === 'confirmed') confirmed += line.amount;
    else if (line.status === 'applied') applied += line.amount;
    else planned += line.amount;
  }
  const atRisk = applied + planned;
  if (atRisk <= 0) return;
  out.push(actionFinding('info', 'funding-risk', action, { amount: atRisk, applied, planned, confirmed }, atRisk));
});
