/**
 * Presentasjon for styret: full screen (DesktopApi.setFullScreen), one 16:9 slide at a
 * time in large type and high contrast, no editing chrome. Arrow keys, PageUp/PageDown,
 * space and Home/End navigate; Esc leaves full screen and goes back to where F5 was
 * pressed. A small scenario switcher (Tab to it, or keys 1–9) changes the figures live.
 * «Lysbilde N av M» is announced politely. Nothing needs a network.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate, strategyHref } from '../../app/hash-route';
import { useMenuCommand } from '../../app/use-menu-command';
import { getDesktopApi } from '../../platform';
import { useDocumentStore } from '../../state/document-context';
import { defaultYear, parseYearParam } from '../../ui/use-plan-data';
import { SCENARIOS_SECTION } from '../../app/sections';
import { messageLanguage } from '../../ui/message-language';
import { BASIS_CHOICE, presentationModel } from '../../slides/presentation-model';
import { presentationEnteredFrom, yearInHash } from '../../app/presentation-return';
import { ScenarioSwitcher } from './ScenarioSwitcher';
import { moveSlide, slideKeyAction } from '../../slides/slide-model';
import type { KeyTarget } from '../../slides/slide-model';
import { SlideView } from '../../slides/SlideView';
import { useSlideTitle } from './use-slide-title';
import '../../slides/slides.css';

/** Props of PresentationScreen. */
export interface PresentationScreenProps {
  strategyId: string;
  params: string[];
}

function keyTarget(target: EventTarget | null): KeyTarget {
  if (target instanceof HTMLSelectElement) return 'select';
  if (target instanceof HTMLButtonElement || target instanceof HTMLAnchorElement) return 'button';
  return 'slide';
}

/** The presentation. */
export function PresentationScreen({ strategyId, params }: PresentationScreenProps) {
  const { t, i18n } = useTranslation();
  const { doc } = useDocumentStore();
  const [enteredFrom] = useState(presentationEnteredFrom);
  const year = parseYearParam(doc, params[0]) ?? parseYearParam(doc, String(yearInHash(enteredFrom) ?? '')) ?? defaultYear(doc);
  const [scenarioKey, setScenarioKey] = useState(BASIS_CHOICE);
  const [index, setIndex] = useState(0);
  const language = messageLanguage(i18n.language);
  const basisName = t('presentation.basis');
  const model = useMemo(() => presentationModel(doc, year, scenarioKey, basisName, language), [doc, year, scenarioKey, basisName, language]);
  const plan = doc.plans.find((p) => p.year === year);
  const count = model?.slides.length ?? 0;
  const current = Math.min(index, Math.max(0, count - 1));
  const spec = model?.slides[current];
  const title = useSlideTitle(spec, doc.strategy, year);
  const hasLeft = useRef(false);

  const leave = useCallback(() => {
    if (hasLeft.current) return;
    hasLeft.current = true;
    void getDesktopApi().setFullScreen(false);
    if (enteredFrom !== null && window.history.length > 1) window.history.back();
    else navigate(strategyHref(strategyId, SCENARIOS_SECTION, String(year)));
  }, [enteredFrom, strategyId, year]);

  const leaveRef = useRef(leave);
  useEffect(() => {
    leaveRef.current = leave;
  }, [leave]);

  // Full screen while presenting; restored when leaving (also by Back or a link).
  useEffect(() => {
    let isEntered = false;
    void getDesktopApi()
      .setFullScreen(true)
      .then((res) => {
        isEntered = res.ok && res.value;
      });
    // The browser leaves full screen on its own when Esc is pressed there (web build):
    // leave the presentation with it.
    const onFullscreenChange = () => {
      if (isEntered && document.fullscreenElement === null) leaveRef.current();
    };
    document.addEventListener('fullscreenchange', onFullscreenChange);
    return () => {
      document.removeEventListener('fullscreenchange', onFullscreenChange);
      void getDesktopApi().setFullScreen(false);
    };
  }, []);

  // F5 / Vis → Presenter while presenting: already here (and no reload in the browser).
  useMenuCommand(() => undefined);

  const choices = model?.choices;
  // Subscribed before paint (a layout effect): the slides answer the keys as soon as they
  // show — a reload straight onto the presentation renders them in the first pass now.
  useLayoutEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
      const target = keyTarget(event.target);
      if (/^[1-9]$/.test(event.key) && choices) {
        const choice = choices[Number(event.key) - 1];
        if (choice) {
          event.preventDefault();
          setScenarioKey(choice.key);
        }
        return;
      }
      const action = slideKeyAction(event.key, target);
      if (!action) return;
      event.preventDefault();
      if (action === 'leave') leave();
      else setIndex((i) => moveSlide(Math.min(i, Math.max(0, count - 1)), count, action));
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [choices, count, leave]);

  if (!model || !plan || !spec) {
    return (
      <div className="pr-stage">
        <div className="pr-missing">
          <h1>{t('presentation.noPlanTitle', { year })}</h1>
          <p>{t('presentation.noPlan', { year })}</p>
          <button type="button" className="button" onClick={leave}>
            {t('presentation.leave')}
          </button>
        </div>
      </div>
    );
  }

  return (
    <div className="pr-stage">
      <h1 className="pr-visually-hidden">{t('presentation.heading', { year, name: doc.strategy.name })}</h1>
      <SlideView key={spec.key} spec={spec} strategy={doc.strategy} plan={plan} model={model} />
      <div className="pr-bar">
        <ScenarioSwitcher choices={model.choices} value={model.scenarioKey} onChange={setScenarioKey} />
        <p className="pr-position" aria-live="polite" aria-atomic="true">
          <span className="pr-visually-hidden">{t('presentation.positionLong', { n: current + 1, m: count, title })}</span>
          <span aria-hidden="true">{t('presentation.position', { n: current + 1, m: count })}</span>
        </p>
        <button type="button" className="pr-leave" onClick={leave}>
          {t('presentation.leave')}
        </button>
      </div>
    </div>
  );
}
