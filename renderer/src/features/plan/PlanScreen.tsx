/**
 * Handlingsplan per år: the year picker, the plan's status, and its tiltak table (with
 * the detail panel for the opened tiltak). URL: `…/handlingsplan/<år>/<tiltak-id?>` — a
 * link with a tiltak id (from a finding) opens the plan with that tiltak selected.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isEditError, previewCarryOver } from '@shared/edits';
import { navigate, strategyHref } from '../../app/hash-route';
import { PLAN_SECTION } from '../../app/sections';
import { useDocumentStore } from '../../state/document-context';
import { ActionDetailPanel } from './ActionDetailPanel';
import { PanelResizer, usePanelWidth } from './PanelResizer';
import { ActionTable } from './ActionTable';
import { CarryOverDialog } from './CarryOverDialog';
import type { RevealRequest } from './ActionTable';
import { NoPlanPanel } from './NoPlanPanel';
import { PlanStatusControl } from './PlanStatusControl';
import { PlanYearNav } from '../../ui/PlanYearNav';
import { useEdit } from '../../ui/use-edit';
import { usePlanDataAfterPaint, useScreenYear } from '../../ui/use-plan-data';
import './plan.css';
import { ErrorText } from '../../ui/ErrorText';
import { useRenderMessage } from '../../ui/messages';

/** Props of PlanScreen. */
export interface PlanScreenProps {
  strategyId: string;
  params: string[];
}

/** The yearly plan screen. */
export function PlanScreen({ strategyId, params }: PlanScreenProps) {
  const { t } = useTranslation();
  const { doc } = useDocumentStore();
  const runEdit = useEdit();
  const year = useScreenYear(doc, params[0]);
  const linked = params[1] ?? null;
  const [openActionId, setOpenActionId] = useState<string | null>(linked);
  // The table comes first and its findings after the paint; an open tiltak shows its findings at once.
  const { data, needFindings } = usePlanDataAfterPaint(doc, year, openActionId !== null);
  const [reveal, setReveal] = useState<RevealRequest | null>(linked ? { actionId: linked, key: 0 } : null);
  const [seenLink, setSeenLink] = useState(`${year}/${linked ?? ''}`);
  const [message, setMessage] = useState<string | null>(null);

  // A new link (another finding, another year) replaces what is open.
  const linkKey = `${year}/${linked ?? ''}`;
  if (seenLink !== linkKey) {
    setSeenLink(linkKey);
    setOpenActionId(linked);
    setReveal(linked ? { actionId: linked, key: Date.now() } : null);
    setMessage(null);
  }

  const render = useRenderMessage();
  const [carry, setCarry] = useState<{ from: number; to: number } | null>(null);
  // After a plan was made (carried over or empty): focus goes to that plan's heading once
  // it is on screen — not back to the button that opened the dialog (a second Enter there
  // would chain another year), and not to <body>.
  const focusYear = useRef<number | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusYear.current !== null && focusYear.current === year && data) {
      focusYear.current = null;
      headingRef.current?.focus();
    }
  });
  const showPlan = (target: number) => {
    focusYear.current = target;
    if (target !== year) navigate(strategyHref(strategyId, PLAN_SECTION, String(target)));
  };

  const next = year + 1;
  const canCarryOver = data !== null && next <= doc.strategy.periodTo;
  /** Opens the preview, or says why carrying over is refused (e.g. next year's plan is vedtatt). */
  const openCarryOver = (from: number, to: number) => {
    try {
      previewCarryOver(doc, from, to);
    } catch (e) {
      if (isEditError(e)) {
        setMessage(render(e));
        return;
      }
      throw e;
    }
    setMessage(null);
    setCarry({ from, to });
  };

  const openAction = openActionId === null ? null : (data?.actions.find((a) => a.id === openActionId) ?? null);
  // The open tiltak's findings from its own record: the plan's whole list is not put together after each edit.
  const openFindings = useMemo(() => (data?.findings && openAction ? data.findings.of(openAction.id) : []), [data, openAction]);
  const panel = usePanelWidth();

  return (
    <div className="pl-screen">
      <header className="pl-head">
        <h1 className="pl-title" ref={headingRef} tabIndex={-1}>
          {t('plan.heading', { year })}
        </h1>
        <PlanYearNav doc={doc} strategyId={strategyId} year={year} section={PLAN_SECTION} />
        {data ? (
          <div className="pl-head-tools">
            <PlanStatusControl key={data.plan.id} plan={data.plan} runEdit={runEdit} />
            {canCarryOver ? (
              <button type="button" className="button" onClick={() => openCarryOver(year, next)}>
                {t('plan.carryOverNext', { next })}
              </button>
            ) : null}
          </div>
        ) : null}
      </header>
      <ErrorText>{message}</ErrorText>
      {data ? (
        <div className={`pl-workspace${openAction ? ' has-panel' : ''}`} style={openAction ? panel.style : undefined}>
          <ActionTable
            key={data.plan.id}
            strategy={doc.strategy}
            plan={data.plan}
            actions={data.actions}
            findingsByAction={data.findings?.byAction ?? null}
            onNeedFindings={needFindings}
            runEdit={runEdit}
            openActionId={openAction?.id ?? null}
            onOpenAction={setOpenActionId}
            reveal={reveal}
          />
          {openAction ? <PanelResizer width={panel.width} onWidthChange={panel.setWidth} /> : null}
          {openAction ? (
            <ActionDetailPanel
              key={openAction.id}
              doc={doc}
              plan={data.plan}
              action={openAction}
              findings={openFindings}
              strategyId={strategyId}
              section={PLAN_SECTION}
              runEdit={runEdit}
              onClose={() => setOpenActionId(null)}
            />
          ) : null}
        </div>
      ) : (
        <NoPlanPanel doc={doc} year={year} runEdit={runEdit} onCarryOver={() => openCarryOver(year - 1, year)} onCreated={() => showPlan(year)} />
      )}
      {carry ? (
        <CarryOverDialog
          doc={doc}
          from={carry.from}
          to={carry.to}
          runEdit={runEdit}
          onCancel={() => setCarry(null)}
          onDone={() => {
            setCarry(null);
            showPlan(carry.to);
          }}
        />
      ) : null}
    </div>
  );
}
