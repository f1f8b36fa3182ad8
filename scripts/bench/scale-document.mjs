// The scaling benchmark's plan (scripts/bench/scale-bench.mjs and its children): the
// generated one-year plan with short descriptions and no notes, as in the edit bench, so
// 50 000 tiltak fit in a plan file; and a frame that is the same share of the plan at every
// size, so a figure's growth between sizes is the cost of the same kind of work:
// - own funds: exactly the own funds of the plan's tiltak that are not utsatt or avlyst (the
//   generator draws the frame within ±6 % of them, a different draw at each size, so a
//   20 % cut postponed 9.6 % of 10 000 tiltak but 19 % of 50 000); at most the schema's
//   100 milliarder kroner;
// - capacity: capped at the schema's 10 000 000 hours (else 200 000 tiltak are refused for
//   the frame alone).

const MAX_KRONER = 100_000_000_000;

/** The generated document `doc` (one plan) as the scaling benchmark measures it. */
export function scaleDocument(doc) {
  let ownFunds = 0;
  for (const a of doc.actions) {
    if (a.status === 'postponed' || a.status === 'cancelled') continue;
    for (const line of a.funding) if (line.source === 'own') ownFunds += line.amount;
  }
  return {
    ...doc,
    plans: doc.plans.map((p) => ({ ...p, frame: { ...p.frame, ownFunds: Math.min(ownFunds, MAX_KRONER), capacityHours: Math.min(p.frame.capacityHours, 10_000_000) } })),
    actions: doc.actions.map((a) => ({ ...a, description: a.description.slice(0, 60), notes: '' })),
  };
}
