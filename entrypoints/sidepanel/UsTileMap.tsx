import type { StatusVerdict } from '@/data/checked-types';
import { STATES } from '@/data/states';
import { LAW_VERDICT_ORDER } from '@/utils/checked-status';
import { t } from '@/components/i18n';
import { statusVerdictName } from '@/components/StatusCard';

/**
 * A tile-grid map of the US (one square per state, the layout newsrooms use): small, bundled,
 * legible at side-panel width, and every tile is a keyboard-reachable button. Not the only way
 * to choose a state: the side panel also has a picker.
 */
const TILES: Record<string, [number, number]> = {
  AK: [0, 0], ME: [11, 0],
  WI: [6, 1], VT: [10, 1], NH: [11, 1],
  WA: [1, 2], ID: [2, 2], MT: [3, 2], ND: [4, 2], MN: [5, 2], IL: [6, 2], MI: [7, 2], NY: [9, 2], MA: [10, 2],
  OR: [1, 3], NV: [2, 3], WY: [3, 3], SD: [4, 3], IA: [5, 3], IN: [6, 3], OH: [7, 3], PA: [8, 3], NJ: [9, 3], CT: [10, 3], RI: [11, 3],
  CA: [1, 4], UT: [2, 4], CO: [3, 4], NE: [4, 4], MO: [5, 4], KY: [6, 4], WV: [7, 4], VA: [8, 4], MD: [9, 4], DE: [10, 4],
  AZ: [2, 5], NM: [3, 5], KS: [4, 5], AR: [5, 5], TN: [6, 5], NC: [7, 5], SC: [8, 5], DC: [9, 5],
  OK: [4, 6], LA: [5, 6], MS: [6, 6], AL: [7, 6], GA: [8, 6],
  HI: [0, 7], TX: [4, 7], FL: [9, 7],
};
const SIZE = 30;
const GAP = 3;

export interface UsTileMapProps {
  covered: Set<string>;
  /** Colours each tile: does state law limit what the DMV gives immigration enforcement? */
  lawVerdict(code: string): StatusVerdict;
  onPage: Set<string>;
  selected?: string;
  onSelect(code: string): void;
}

export function UsTileMap({ covered, lawVerdict, onPage, selected, onSelect }: UsTileMapProps) {
  return (
    <figure class="us-map">
      <svg viewBox={`0 0 ${12 * (SIZE + GAP)} ${8 * (SIZE + GAP)}`} role="group" aria-label={t('mapLabel')}>
        {STATES.map((s) => {
          const [col, row] = TILES[s.code];
          const verdict = lawVerdict(s.code);
          const status = [
            `${t('statusQ_dmvLimits')} ${statusVerdictName(verdict)}`,
            covered.has(s.code) ? t('mapHasDocuments') : t('mapNoDocuments'),
            onPage.has(s.code) ? t('mapOnPage') : '',
          ]
            .filter(Boolean)
            .join(', ');
          return (
            <g
              key={s.code}
              role="button"
              tabindex={0}
              aria-label={`${s.code}, ${s.name}: ${status}`}
              aria-pressed={selected === s.code}
              class={`tile law-${verdict}${covered.has(s.code) ? ' covered' : ''}${onPage.has(s.code) ? ' on-page' : ''}${selected === s.code ? ' selected' : ''}`}
              data-state={s.code}
              data-law={verdict}
              transform={`translate(${col * (SIZE + GAP)} ${row * (SIZE + GAP)})`}
              onClick={() => onSelect(s.code)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  onSelect(s.code);
                }
              }}
            >
              <rect width={SIZE} height={SIZE} rx={4} />
              {covered.has(s.code) ? <circle class="doc-dot" cx={SIZE - 6} cy={6} r={3} aria-hidden="true" /> : null}
              <text x={SIZE / 2} y={SIZE / 2 + 4} text-anchor="middle" aria-hidden="true">
                {s.code}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption class="map-legend" data-map-legend>
        <span class="legend-title">{t('statusMapLegend')}</span>
        <ul>
          {LAW_VERDICT_ORDER.map((v) => (
            <li key={v}>
              <span class={`key law-${v}`} aria-hidden="true" /> {statusVerdictName(v)}
            </li>
          ))}
          <li>
            <span class="key doc" aria-hidden="true" /> {t('mapHasDocuments')}
          </li>
          <li>
            <span class="key on-page" aria-hidden="true" /> {t('mapOnPage')}
          </li>
        </ul>
      </figcaption>
    </figure>
  );
}
