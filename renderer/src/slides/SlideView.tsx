/** One slide in its 16:9 frame, labelled by its heading; the slide kind picks the content. */
import type { SlideSpec } from './slide-model';
import type { SlideProps } from './slide-props';
import { AmbitionSlide } from './AmbitionSlide';
import { ComparisonSlide } from './ComparisonSlide';
import { FindingsSlide } from './FindingsSlide';
import { FocusAreaSlide } from './FocusAreaSlide';
import { FollowUpAttentionSlide } from './FollowUpAttentionSlide';
import { FollowUpProgressSlide } from './FollowUpProgressSlide';
import { FundamentSlide } from './FundamentSlide';
import { TitleSlide } from './TitleSlide';
import { VisionSlide } from './VisionSlide';

/** Props of SlideView. */
export interface SlideViewProps extends Omit<SlideProps, 'headingId'> {
  spec: SlideSpec;
  /** Position for print («3 / 8»); omitted on screen, where the footer shows it. */
  footer?: string;
}

/** The slide. */
export function SlideView({ spec, footer, ...props }: SlideViewProps) {
  const headingId = `pr-slide-${spec.key}`;
  const slideProps = { ...props, headingId };
  let content;
  if (spec.kind === 'title') content = <TitleSlide {...slideProps} />;
  else if (spec.kind === 'vision') content = <VisionSlide {...slideProps} />;
  else if (spec.kind === 'fundament') content = <FundamentSlide {...slideProps} />;
  else if (spec.kind === 'focusArea') content = <FocusAreaSlide {...slideProps} focusAreaId={spec.focusAreaId} groupKey={spec.groupKey} />;
  else if (spec.kind === 'ambition') content = <AmbitionSlide {...slideProps} />;
  else if (spec.kind === 'comparison') content = <ComparisonSlide {...slideProps} />;
  else if (spec.kind === 'followUpProgress') content = <FollowUpProgressSlide {...slideProps} />;
  else if (spec.kind === 'followUpAttention') content = <FollowUpAttentionSlide {...slideProps} />;
  else content = <FindingsSlide {...slideProps} />;
  return (
    <section className={`pr-slide pr-slide-${spec.kind}`} aria-labelledby={headingId}>
      <div className="pr-slide-body">{content}</div>
      {footer ? <p className="pr-slide-footer">{footer}</p> : null}
    </section>
  );
}
