/**
 * Tells the shell which team servers the planner configured: in Electron, main keeps
 * them in the settings and allows exactly their origins (CSP connect-src and the request
 * filter); nothing else on the network is ever reachable. The web build's policy is the
 * page's `<meta>`: there a team server must share the page's origin (or the browser's own
 * policy decides).
 */
import { getDesktopApi, isDesktopShell } from './index';

/**
 * Sets the allowed team server origins (the whole list). True when the list changed in
 * the desktop shell: the page must then reload so its policy names the new list.
 */
export async function setTeamServers(origins: readonly string[]): Promise<boolean> {
  if (!isDesktopShell()) return false;
  const api = getDesktopApi();
  const wanted = [...new Set(origins)].sort();
  const settings = await api.getSettings();
  if (!settings.ok) return false;
  const current = [...settings.value.teamServers].sort();
  if (wanted.length === current.length && wanted.every((o, i) => o === current[i])) return false;
  const updated = await api.updateSettings({ teamServers: wanted });
  return updated.ok;
}
