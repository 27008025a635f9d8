/**
 * Start-up milestones as User Timing marks (`osop:…`), read by `npm run bench` and visible in
 * the browser's performance panel. Marks are cheap; each name is marked once.
 */
const done = new Set<string>();

export function markOnce(name: string): void {
  if (done.has(name)) return;
  done.add(name);
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(`osop:${name}`);
}
