import { useState } from 'preact/hooks';
import { statusVerdictName } from '@/components/StatusCard';
import { t, type MessageKey } from '@/components/i18n';
import type { StateStatus } from '@/data/checked-types';
import { STATE_STATUSES } from '@/data/state-status';
import { stateByCode } from '@/data/states';
import { LAW_VERDICT_ORDER, latestDate } from '@/utils/checked-status';

type Column = 'name' | 'dmvLimits' | 'nlets' | 'licences' | 'courthouse';
const VERDICT_COLUMNS: Array<{ key: Exclude<Column, 'name'>; label: MessageKey }> = [
  { key: 'dmvLimits', label: 'statusQ_dmvLimits' },
  { key: 'nlets', label: 'statusQ_nlets' },
  { key: 'licences', label: 'statusQ_licences' },
  { key: 'courthouse', label: 'statusQ_courthouse' },
];

const nameOf = (s: StateStatus) => stateByCode(s.code)?.name ?? s.code;
/** A state with no courthouse law listed sorts as "no" on that column (only laws that exist are listed). */
const verdictOf = (s: StateStatus, key: Exclude<Column, 'name'>) => s[key]?.verdict ?? (key === 'courthouse' ? 'no' : 'unknown');

/**
 * All 51 statuses side by side: the map's text alternative, sortable by each verdict so a reader
 * can compare states (which block ICE in Nlets, which have a DMV law).
 */
export function StatusTable({ onSelect, selected }: { onSelect(code: string): void; selected?: string }) {
  const [sort, setSort] = useState<{ by: Column; descending: boolean }>({ by: 'name', descending: false });
  const rows = [...STATE_STATUSES].sort((a, b) => {
    const order =
      sort.by === 'name'
        ? nameOf(a).localeCompare(nameOf(b))
        : LAW_VERDICT_ORDER.indexOf(verdictOf(a, sort.by)) - LAW_VERDICT_ORDER.indexOf(verdictOf(b, sort.by)) || nameOf(a).localeCompare(nameOf(b));
    return sort.descending ? -order : order;
  });
  const header = (by: Column, label: string) => (
    <th scope="col" aria-sort={sort.by === by ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
      <button type="button" data-sort={by} onClick={() => setSort({ by, descending: sort.by === by ? !sort.descending : false })}>
        {label}
        {sort.by === by ? (sort.descending ? ' ▼' : ' ▲') : ''}
      </button>
    </th>
  );
  const checked = latestDate(...STATE_STATUSES.map((s) => s.checked)) ?? '';
  return (
    <div class="status-table-wrap">
      <table class="status-table" data-status-table>
        <caption>{t('statusTableCaption', checked)}</caption>
        <thead>
          <tr>
            {header('name', t('statusColState'))}
            {VERDICT_COLUMNS.map((c) => header(c.key, t(c.label)))}
          </tr>
        </thead>
        <tbody>
          {rows.map((s) => (
            <tr key={s.code} data-row={s.code}>
              <th scope="row">
                <button type="button" class="link" aria-pressed={selected === s.code} onClick={() => onSelect(s.code)}>
                  {nameOf(s)}
                </button>
              </th>
              {VERDICT_COLUMNS.map((c) => {
                const v = verdictOf(s, c.key);
                return (
                  <td key={c.key} data-cell={c.key}>
                    <span class={`badge status-${v}`}>{statusVerdictName(v)}</span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
