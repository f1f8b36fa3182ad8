/** A join form kept across the page reload that lets the desktop shell reach a new team server. */
/** Where a join waits across the page reload that lets the desktop shell reach a new server. */
const PENDING_KEY = 'handlingsrom.team.pendingJoin';

/** A join form kept across that reload (without the token). */
export interface PendingJoin {
  url: string;
  workspace: string;
  strategyId: string;
  name: string;
}

/** Takes the join form kept across the reload, if any. */
export function takePendingJoin(): PendingJoin | null {
  const raw = window.sessionStorage.getItem(PENDING_KEY);
  window.sessionStorage.removeItem(PENDING_KEY);
  if (raw === null) return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return null;
    const text = (key: string) => {
      const v: unknown = Reflect.get(value, key);
      return typeof v === 'string' ? v : '';
    };
    return { url: text('url'), workspace: text('workspace'), strategyId: text('strategyId'), name: text('name') };
  } catch {
    return null;
  }
}

/** Keeps a join form across the reload. */
export function keepPendingJoin(pending: PendingJoin): void {
  window.sessionStorage.setItem(PENDING_KEY, JSON.stringify(pending));
}
