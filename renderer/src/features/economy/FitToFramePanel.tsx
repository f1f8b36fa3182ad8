/**
 * Tilpass til rammen: fitToFrame's proposal as a list (lowest priority first, fewest
 * tiltak), and «Bruk på en kopi», which stores it as a new scenario — the plan itself is
 * never changed.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '@shared/domain';
import { addScenario } from '@shared/edits';
import { actionFunding, fitToFrame } from '@shared/rules';
import type { KontrollInput } from '@shared/rules';
import { scenarioFromFitToFrame } from '@shared/scenarios';
import { strategyHref } from '../../app/hash-route';
import { SCENARIOS_SECTION } from '../../app/sections';
import type { RunEdit } from '../../ui/use-edit';
import { useFormat } from '../../ui/format';

/** Route path of the Scenarier screen (another feature's). */

/** Props of FitToFramePanel. */
export interface FitToFramePanelProps {
  strategyId: string;
  input: KontrollInput;
  runEdit: RunEdit;
}

/** The fit-to-frame panel. */
export function FitToFramePanel({ strategyId, input, runEdit }: FitToFramePanelProps) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string; scenarioId?: string } | null>(null);
  const proposal = useMemo(() => fitToFrame(input), [input]);
  const byId = useMemo(() => new Map(input.actions.map((a) => [a.id, a])), [input.actions]);
  const year = input.plan.year;

  const apply = () => {
    const name = t('economy.fit.scenarioName', { year });
    const scenario = scenarioFromFitToFrame(input, name, new Date().toISOString(), newId, i18n.language === 'en' ? 'en' : 'nb');
    const refused = runEdit(t('economy.fit.undo', { name }), (d) => addScenario(d, input.plan.id, scenario));
    setMessage(refused ? { kind: 'error', text: refused } : { kind: 'ok', text: t('economy.fit.created', { name }), scenarioId: scenario.id });
  };

  return (
    <section className="ec-card" aria-labelledby="ec-fit-heading">
      <h2 id="ec-fit-heading">{t('economy.fit.heading')}</h2>
      {proposal.frameNotSet ? (
        <p>{t('economy.fit.frameNotSet')}</p>
      ) : proposal.overrun === 0 ? (
        <p>{t('economy.fit.fits')}</p>
      ) : (
        <>
          <p>{t('economy.fit.intro', { overrun: format.kroner(proposal.overrun) })}</p>
          {/* A wide table scrolls inside the card (keyboard: the region takes focus). */}
          <div className="ec-table-scroll" role="region" aria-label={t('economy.fit.tableLabel')} tabIndex={0}>
            <table className="chart-table ec-fit-table">
              <thead>
                <tr>
                  <th scope="col">{t('economy.fit.number')}</th>
                  <th scope="col">{t('economy.fit.title')}</th>
                  <th scope="col">{t('economy.fit.priority')}</th>
                  <th scope="col" className="is-numeric">
                    {t('economy.fit.ownFunds')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {proposal.actionIds.map((id) => {
                  const a = byId.get(id);
                  if (!a) return null;
                  return (
                    <tr key={id}>
                      <th scope="row">{a.number}</th>
                      <td>{a.title}</td>
                      <td>{t(`plan.priority.${a.priority}`)}</td>
                      <td className="is-numeric">{format.kroner(actionFunding(a).own)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <p className={proposal.fits ? undefined : 'pl-warn'}>
            {proposal.fits
              ? t('economy.fit.after', {
                  savings: format.kroner(proposal.savings),
                  after: format.kroner(proposal.ownFundsAfter),
                  frame: format.kroner(input.plan.frame.ownFunds),
                })
              : t('economy.fit.noFit', { after: format.kroner(proposal.ownFundsAfter) })}
          </p>
          <div className="pl-buttons">
            <button type="button" className="button button-primary" onClick={apply} aria-describedby="ec-fit-hint">
              {t('economy.fit.apply')}
            </button>
            <span id="ec-fit-hint" className="pl-hint">
              {t('economy.fit.applyHint')}
            </span>
          </div>
        </>
      )}
      {message ? (
        <p role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind === 'error' ? 'pl-error' : 'ec-ok'}>
          {message.text}
        </p>
      ) : null}
      {message?.scenarioId ? (
        <a href={strategyHref(strategyId, SCENARIOS_SECTION, String(year), message.scenarioId)}>{t('economy.fit.openScenarios')}</a>
      ) : null}
    </section>
  );
}
