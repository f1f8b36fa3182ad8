/** Økonomiske rammer for the year: own funds (kr), capacity (hours), optional target share per innsatsområde. */
import { useTranslation } from 'react-i18next';
import type { ActionPlan, BudgetFrame, Strategy } from '@shared/domain';
import { setFrame } from '@shared/edits';
import { DraftField } from '../../ui/DraftField';
import type { RunEdit } from '../../ui/use-edit';
import { parseHours, parseKroner, parsePercent } from '@shared/input';
import { useFormat } from '../../ui/format';
import { useRenderMessage } from '../../ui/messages';
import { FieldConflict } from '../../sync/FieldConflict';

/** Props of FrameEditor. */
export interface FrameEditorProps {
  strategy: Strategy;
  plan: ActionPlan;
  runEdit: RunEdit;
}

/** Id of the frame editor's section (findings about the frame jump here). */
export const FRAME_SECTION_ID = 'ec-frame';

/** The frame editor. */
export function FrameEditor({ strategy, plan, runEdit }: FrameEditorProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { language } = format;
  const renderMessage = useRenderMessage();
  const isReadOnly = plan.status === 'adopted';
  const run = (patch: Partial<BudgetFrame>) => runEdit(t('economy.frame.undo', { year: plan.year }), (d) => setFrame(d, plan.id, patch));
  const shares = plan.frame.targetShares;
  return (
    <section id={FRAME_SECTION_ID} className="ec-card" aria-labelledby="ec-frame-heading" tabIndex={-1}>
      <h2 id="ec-frame-heading">{t('economy.frame.heading')}</h2>
      {isReadOnly ? <p className="pl-status-adopted">{t('economy.frame.readOnly')}</p> : null}
      <div className="pl-row-fields">
        <DraftField
          persistKey={`${plan.id}:frame:ownFunds`}
          label={t('economy.frame.ownFunds')}
          value={format.number(plan.frame.ownFunds)}
          inputMode="numeric"
          isReadOnly={isReadOnly}
          onCommit={(text) => {
            const r = parseKroner(text, { language });
            return r.ok ? run({ ownFunds: r.value }) : renderMessage(r.error);
          }}
        />
        <DraftField
          persistKey={`${plan.id}:frame:capacity`}
          label={t('economy.frame.capacity')}
          value={format.hours(plan.frame.capacityHours)}
          inputMode="numeric"
          isReadOnly={isReadOnly}
          onCommit={(text) => {
            // An empty capacity is none.
            const r = text.trim() === '' ? { ok: true as const, value: 0 } : parseHours(text, { language });
            return r.ok ? run({ capacityHours: r.value }) : renderMessage(r.error);
          }}
        />
      </div>
      <FieldConflict collection="c:plans" entityId={plan.id} field="frame" />
      <details className="ec-shares" open={Object.keys(shares).length > 0}>
        <summary>{t('economy.frame.targetShares')}</summary>
        <p className="pl-hint">{t('economy.frame.targetHint')}</p>
        <div className="ec-share-grid">
          {strategy.focusAreas.map((f) => (
            <DraftField
              key={f.id}
              persistKey={`${plan.id}:share:${f.id}`}
              label={t('economy.frame.targetShareFor', { name: f.name })}
              value={shares[f.id] === undefined ? '' : format.percentNumber(shares[f.id] ?? 0)}
              inputMode="decimal"
              isReadOnly={isReadOnly}
              onCommit={(text) => {
                const { [f.id]: _old, ...rest } = shares;
                // An empty field is no target share.
                if (text.trim() === '') return run({ targetShares: rest });
                const r = parsePercent(text, { language });
                if (!r.ok) return renderMessage(r.error);
                return run({ targetShares: { ...rest, [f.id]: r.value } });
              }}
            />
          ))}
        </div>
      </details>
    </section>
  );
}
