/**
 * The Excel worker: builds and reads budget workbooks (exceljs) off the UI thread, posting
 * `{ type: 'progress', done, total }` while it works. Started by excel-client.ts, one
 * worker per job, terminated afterwards (or on cancel / time-out).
 */
import { handleExcelRequest, type ExcelWorkerRequest, type ExcelWorkerResponse } from './excel-protocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ExcelWorkerRequest>) => void) | null;
  postMessage(message: ExcelWorkerResponse, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  void handleExcelRequest(event.data, (response, transfer) => scope.postMessage(response, transfer ?? []));
};
