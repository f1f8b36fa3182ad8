/** «Flytt opp», «Flytt ned» and «Slett» for one element, named after it for screen readers. */
import { useTranslation } from 'react-i18next';

/** Props of ItemControls. */
export interface ItemControlsProps {
  itemId: string;
  name: string;
  isFirst: boolean;
  isLast: boolean;
  onMove(delta: -1 | 1): void;
  onDelete(): void;
}

/** The element's buttons. */
export function ItemControls({ itemId, name, isFirst, isLast, onMove, onDelete }: ItemControlsProps) {
  const { t } = useTranslation();
  return (
    <div className="se-controls">
      <button
        type="button"
        className="button button-quiet"
        data-focus-key={`${itemId}:up`}
        aria-label={t('editor.moveUpNamed', { name })}
        title={t('editor.moveUp')}
        aria-disabled={isFirst ? true : undefined}
        onClick={() => {
          if (!isFirst) onMove(-1);
        }}
      >
        <span aria-hidden="true">↑</span> <span className="se-control-text">{t('editor.moveUp')}</span>
      </button>
      <button
        type="button"
        className="button button-quiet"
        data-focus-key={`${itemId}:down`}
        aria-label={t('editor.moveDownNamed', { name })}
        title={t('editor.moveDown')}
        aria-disabled={isLast ? true : undefined}
        onClick={() => {
          if (!isLast) onMove(1);
        }}
      >
        <span aria-hidden="true">↓</span> <span className="se-control-text">{t('editor.moveDown')}</span>
      </button>
      <button type="button" className="button button-quiet se-delete" aria-label={t('editor.deleteNamed', { name })} onClick={onDelete}>
        {t('editor.delete')}
      </button>
    </div>
  );
}
