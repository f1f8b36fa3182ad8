/** Økonomiske rammer for the year: own funds (kr), capacity (hours), optional target share per innsatsområde. */
import { useTranslation } from 'react-i18next';
import type { ActionPlan, BudgetFrame, Strategy } from '@shared/domain';
import { setFrame } from '@shared/edits';
import { formatNumber, parseKroner } from '@shared/money/kroner';
import { DraftField } from '../../ui/DraftField';
import { parseHours } from '../../ui/field-parse';
import type { RunEdit } from '../../ui/use-edit';
import { formatPercent } from '../../ui/format-percent';
import { parsePercent } from './economy-data';

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
          value={formatNumber(plan.frame.ownFunds)}
          inputMode="numeric"
          isReadOnly={isReadOnly}
          onCommit={(text) => {
            const r = parseKroner(text);
            return r.ok ? run({ ownFunds: r.value }) : r.error;
          }}
        />
        <DraftField
          persistKey={`${plan.id}:frame:capacity`}
          label={t('economy.frame.capacity')}
          value={formatNumber(plan.frame.capacityHours)}
          inputMode="numeric"
          isReadOnly={isReadOnly}
          onCommit={(text) => {
            const r = parseHours(text);
            return r.ok ? run({ capacityHours: r.value }) : t('economy.frame.badHours', { text: text.trim() });
          }}
        />
      </div>
      <details className="ec-shares" open={Object.keys(shares).length > 0}>
        <summary>{t('economy.frame.targetShares')}</summary>
        <p className="pl-hint">{t('economy.frame.targetHint')}</p>
        <div className="ec-share-grid">
          {strategy.focusAreas.map((f) => (
            <DraftField
              key={f.id}
              persistKey={`${plan.id}:share:${f.id}`}
              label={t('economy.frame.targetShareFor', { name: f.name })}
              value={shares[f.id] === undefined ? '' : formatPercent(shares[f.id] ?? 0)}
              inputMode="decimal"
              isReadOnly={isReadOnly}
              onCommit={(text) => {
                const r = parsePercent(text);
                if (!r.ok) return t('economy.frame.badPercent', { text: text.trim() });
                const { [f.id]: _old, ...rest } = shares;
                return run({ targetShares: r.value === null ? rest : { ...rest, [f.id]: r.value } });
              }}
            />
          ))}
        </div>
      </details>
    </section>
  );
}
