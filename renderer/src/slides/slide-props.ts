/** What every slide component gets. */
import type { ActionPlan, Strategy } from '@shared/domain';
import type { PresentationModel } from './presentation-model';

/** Props of a slide. */
export interface SlideProps {
  strategy: Strategy;
  /** The plan as stored (basis), for name, year, status and date. */
  plan: ActionPlan;
  model: PresentationModel;
  /** Id for the slide's heading (the slide is labelled by it). */
  headingId: string;
}
