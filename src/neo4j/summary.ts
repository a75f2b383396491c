// Formats a sync summary as the few lines the CLI prints: one line per part, then the total of changes.
import { SYNC_PARTS, type SyncSummary } from './sync.ts';

export function formatSyncSummary(summary: SyncSummary, target: string): string {
  const verb = summary.dryRun ? 'would be' : '';
  const lines = [summary.dryRun ? `dry run against ${target}: nothing written` : `synced to ${target}`];
  for (const part of SYNC_PARTS) {
    const c = summary.counts[part];
    lines.push(`  ${part.padEnd(11)} ${String(c.created).padStart(7)} created ${String(c.updated).padStart(7)} updated ${String(c.removed).padStart(7)} removed ${String(c.unchanged).padStart(7)} unchanged`);
  }
  lines.push(summary.changes === 0 ? `no changes${summary.dryRun ? ' needed' : ''}: the database already matches` : `${summary.changes} change${summary.changes === 1 ? '' : 's'}${verb ? ` ${verb} made` : ''}`);
  return lines.join('\n');
}
