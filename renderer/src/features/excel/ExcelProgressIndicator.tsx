/**
 * Progress of an Excel job: a polite live status line (always mounted, so the first
 * message is announced too), and while the job runs a progress bar (role progressbar,
 * with its value once the worker has reported one) and a button to cancel.
 */
import { useTranslation } from 'react-i18next';
import type { ExcelProgress } from '@shared/excel/export';

/** Props of ExcelProgressIndicator. */
export interface ExcelProgressIndicatorProps {
  kind: 'export' | 'import';
  isRunning: boolean;
  progress: ExcelProgress | null;
  onCancel(): void;
}

/** The progress of an Excel export or import. */
export function ExcelProgressIndicator({ kind, isRunning, progress, onCancel }: ExcelProgressIndicatorProps) {
  const { t } = useTranslation();
  const hasValue = progress !== null && progress.total > 0;
  const text = hasValue ? t(`excel.${kind}.progress`, { done: progress.done, total: progress.total }) : t(`excel.${kind}.starting`);
  return (
    <div className={isRunning ? 'xl-progress is-running' : 'xl-progress'}>
      {isRunning ? (
        // Indeterminate until the worker reports its first step.
        <progress
          className="xl-progress-bar"
          aria-label={t(`excel.${kind}.progressLabel`)}
          max={hasValue ? progress.total : undefined}
          value={hasValue ? Math.min(progress.done, progress.total) : undefined}
        />
      ) : null}
      <span role="status" aria-live="polite" className="xl-progress-text">
        {isRunning ? text : ''}
      </span>
      {isRunning ? (
        <button type="button" className="button" onClick={onCancel}>
          {t(`excel.${kind}.cancel`)}
        </button>
      ) : null}
    </div>
  );
}
