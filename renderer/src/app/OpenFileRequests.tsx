/** Opens plan files the operating system asks us to open (desktop: double-click, dock). */
import { useEffect, useRef } from 'react';
import { getDesktopApi } from '../platform';
import { useOpenPlanFile } from './use-open-plan-file';

/** Listens for open-file requests; renders nothing. */
export function OpenFileRequests() {
  const open = useOpenPlanFile();
  const ref = useRef(open);
  useEffect(() => {
    ref.current = open;
  }, [open]);
  useEffect(() => {
    const api = getDesktopApi();
    return api.onOpenFileRequest?.((fileId) => void ref.current(fileId));
  }, []);
  return null;
}
