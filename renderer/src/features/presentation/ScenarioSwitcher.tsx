/** The scenario switcher of the presentation: small, in the bar under the slide, reached with Tab. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScenarioChoice } from '../../slides/presentation-model';

/** Props of ScenarioSwitcher. */
export interface ScenarioSwitcherProps {
  choices: readonly ScenarioChoice[];
  value: string;
  onChange(key: string): void;
}

/** The switcher. */
export function ScenarioSwitcher({ choices, value, onChange }: ScenarioSwitcherProps) {
  const { t } = useTranslation();
  const id = useId();
  if (choices.length < 2) return <span className="pr-switcher" />;
  return (
    <span className="pr-switcher">
      <label htmlFor={id}>{t('presentation.scenario')}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} aria-describedby={`${id}-hint`}>
        {choices.map((c, i) => (
          <option key={c.key} value={c.key}>
            {i < 9 ? `${i + 1}. ${c.name}` : c.name}
          </option>
        ))}
      </select>
      <span id={`${id}-hint`} className="pr-visually-hidden">
        {t('presentation.scenarioHint')}
      </span>
    </span>
  );
}
