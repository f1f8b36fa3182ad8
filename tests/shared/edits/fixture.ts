/** A small hand-built plan document for the edit tests: two innsatsområder, three satsinger, one prosjekt, two plans. */
import type { Action, PlanDocument } from '@shared/domain';
import { emptyFollowUp } from '@shared/domain';

/** A tiltak with defaults; override what the test is about. */
export function action(id: string, planId: string, number: string, over: Partial<Action> = {}): Action {
  return {
    id,
    planId,
    number,
    title: `Tiltak ${number}`,
    description: '',
    initiativeIds: ['ini_a1'],
    subGoalIds: [],
    focusAreaIds: [],
    crossCuttingProjectId: null,
    guidingStrategyIds: ['gs_1'],
    owner: 'Sekretariatet',
    partnerIds: ['actor_1'],
    cost: 100_000,
    funding: [{ id: `f_${id}`, source: 'own', actorId: null, amount: 60_000, status: 'confirmed' }],
    hours: 100,
    start: '2025-01-15',
    deadline: '2025-11-30',
    kpis: [{ id: `k_${id}`, indicator: 'Deltakere', target: 50, unit: 'personer' }],
    priority: 2,
    status: 'planned',
    notes: '',
    carriedFromId: null,
    lineageId: id,
    ...over,
  };
}

/** The fixture document (a new object graph each call). */
export function fixture(): PlanDocument {
  return {
    strategy: {
      id: 'str_1',
      name: 'Strategiske føringer 2025–2028',
      organisation: 'Testregionen',
      periodFrom: 2025,
      periodTo: 2028,
      vision: 'Sammen får vi ting til å skje!',
      overallGoal: '',
      purpose: '',
      mission: '',
      roles: [{ id: 'role_1', name: 'Kobler', description: '' }],
      values: [{ id: 'val_1', name: 'Ekte', description: '' }],
      challenges: [{ id: 'chl_1', text: 'Klima' }],
      guidingStrategies: [
        { id: 'gs_1', text: 'ved å bygge allianser' },
        { id: 'gs_2', text: 'ved å styrke felles identitet' },
      ],
      focusAreas: [
        { id: 'fa_a', kind: 'priority', name: 'Næringsutvikling', description: '', subGoals: [{ id: 'sg_1', text: 'Grønn innovasjon' }, { id: 'sg_2', text: 'KI' }] },
        { id: 'fa_b', kind: 'priority', name: 'Samferdsel', description: '', subGoals: [] },
        { id: 'fa_c', kind: 'support', name: 'Kapital', description: '', subGoals: [] },
      ],
      initiatives: [
        { id: 'ini_a1', focusAreaId: 'fa_a', name: 'Grønn innovasjon og kraft', description: '', guidingStrategyIds: ['gs_1'] },
        { id: 'ini_b1', focusAreaId: 'fa_b', name: 'Jernbane', description: '', guidingStrategyIds: ['gs_1', 'gs_2'] },
        { id: 'ini_a2', focusAreaId: 'fa_a', name: 'Digitalisering', description: '', guidingStrategyIds: [] },
      ],
      crossCuttingProjects: [
        { id: 'prj_1', name: 'Regionalt kompetanseløft', description: '', focusAreaIds: ['fa_a', 'fa_b'] },
        { id: 'prj_2', name: 'Internasjonalisering', description: '', focusAreaIds: ['fa_b'] },
      ],
      actors: [
        { id: 'actor_1', name: 'Universitetet', category: 'research' },
        { id: 'actor_2', name: 'Innovasjon Norge', category: 'capital' },
      ],
      partnerRegions: [{ id: 'reg_1', name: 'Värmland' }],
      notes: '',
      templateId: null,
    },
    plans: [
      { id: 'plan_2025', strategyId: 'str_1', year: 2025, status: 'draft', adoptedDate: null, frame: { ownFunds: 1_000_000, capacityHours: 2000, targetShares: { fa_a: 60 } }, scenarios: [], followUp: emptyFollowUp() },
      { id: 'plan_2026', strategyId: 'str_1', year: 2026, status: 'adopted', adoptedDate: '2025-12-10', frame: { ownFunds: 900_000, capacityHours: 1800, targetShares: { fa_a: 50 } }, scenarios: [], followUp: emptyFollowUp() },
    ],
    actions: [
      action('a1', 'plan_2025', '1'),
      action('a2', 'plan_2025', '2', { status: 'ongoing', initiativeIds: ['ini_b1'], funding: [
        { id: 'f_a2', source: 'own', actorId: null, amount: 10_000, status: 'confirmed' },
        { id: 'f_a2p', source: 'partner', actorId: 'actor_2', amount: 20_000, status: 'applied' },
      ] }),
      action('a3', 'plan_2025', '3', { status: 'done' }),
      action('a4', 'plan_2025', '4', { status: 'postponed', deadline: '2025-02-28', initiativeIds: ['ini_a2'] }),
      action('a5', 'plan_2025', '5', { status: 'cancelled', initiativeIds: [], crossCuttingProjectId: 'prj_1' }),
      action('b1', 'plan_2026', '1', { initiativeIds: ['ini_b1'] }),
    ],
  };
}
