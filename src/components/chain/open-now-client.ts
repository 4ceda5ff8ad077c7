/**
 * Browser side of "Jetzt geöffnet": finds every element with `data-open-now`,
 * reads its structured hours from `data-hours` and writes the status into the
 * element's `[data-open-now-status]` (a live region). Refreshes every minute.
 * Without JavaScript the status stays hidden and the hours table stands alone.
 */
import { hoursStatus, statusLabel, statusText, type HoursLine } from '../../lib/hours/status.ts';

function update(root: HTMLElement, now: Date): void {
  const out = root.querySelector<HTMLElement>('[data-open-now-status]');
  if (!out) return;
  let lines: HoursLine[];
  try {
    lines = JSON.parse(root.dataset.hours ?? '[]') as HoursLine[];
  } catch {
    return;
  }
  if (lines.length === 0) return;
  const status = hoursStatus(lines, now);
  const compact = root.dataset.openNow === 'compact';
  const text = compact ? statusLabel(status) : statusText(status, now);
  const full = statusText(status, now);
  if (out.textContent !== text) out.textContent = text;
  if (compact) out.title = full;
  out.dataset.state = status.state;
  out.hidden = false;
}

function run(): void {
  const roots = [...document.querySelectorAll<HTMLElement>('[data-open-now]')];
  if (roots.length === 0) return;
  const tick = () => {
    const now = new Date();
    for (const r of roots) update(r, now);
  };
  tick();
  window.setInterval(tick, 60_000);
}

run();
