import type { CourtsStatus, LawRef, StateStatus, StatusFinding, StatusVerdict } from '@/data/checked-types';
import { findingsOf, statusSources, type FindingKey } from '@/utils/checked-status';
import { t, type MessageKey } from './i18n';
import { checkedOn, SourceLinks } from './TrustNotes';

export interface StatusCardProps {
  stateName: string;
  status?: StateStatus;
  courts?: CourtsStatus;
  /** Which part leads: the courts part on an article about courts. */
  lead?: 'dmv' | 'courts';
  /** The popover's short form: laws by name, details one click away. */
  compact?: boolean;
  headingLevel?: 2 | 3;
}

const QUESTION_KEYS: Record<FindingKey, MessageKey> = {
  licences: 'statusQ_licences',
  dmvLimits: 'statusQ_dmvLimits',
  nlets: 'statusQ_nlets',
  courthouse: 'statusQ_courthouse',
};

export const statusVerdictName = (v: StatusVerdict) => t(`statusVerdict_${v}` as MessageKey);

function Finding({ question, finding, compact }: { question: string; finding: StatusFinding; compact?: boolean }) {
  return (
    <div class="finding">
      <dt>{question}</dt>
      <dd>
        <span class={`badge status-${finding.verdict}`} data-status-verdict={finding.verdict}>
          {statusVerdictName(finding.verdict)}
        </span>
        {finding.asOf ? <span class="muted"> ({t('asOf', finding.asOf)})</span> : null}
        {/* The popover's short form: the verdicts at a glance, the sentences one click away. */}
        {compact ? null : (
          <>
            {' '}
            {finding.text}
            <SourceLinks sources={finding.sources} />
          </>
        )}
      </dd>
    </div>
  );
}

function Law({ law, compact }: { law: LawRef; compact?: boolean }) {
  return (
    <li data-law={law.id}>
      <strong>{law.name}</strong>
      {compact ? null : (
        <>
          {' — '}
          {law.citation}
          {law.effective ? `; ${t('inForceFrom', law.effective)}` : ''}. {law.does}
        </>
      )}
    </li>
  );
}

/**
 * "What the law says now": the project's checked summary of a state, set apart from what the FAQ
 * documents say and shown before them. Every finding has a verdict, the laws it rests on and its
 * sources; the check date is always shown.
 */
export function StatusCard({ stateName, status, courts, lead = 'dmv', compact, headingLevel = 3 }: StatusCardProps) {
  const H = `h${headingLevel}` as 'h3';
  const code = status?.code ?? courts?.code ?? '';
  const sources = statusSources(status, courts);
  const dmvPart = status ? (
    <div class="status-part" data-status-part="dmv" key="dmv">
      <p class="status-headline" data-status-headline>
        {status.headline}
      </p>
      <dl class="findings">
        {findingsOf(status).map(({ key, finding }) => (
          <Finding key={key} question={t(QUESTION_KEYS[key])} finding={finding} compact={compact} />
        ))}
      </dl>
    </div>
  ) : null;
  const courtsPart = courts ? (
    <div class="status-part" data-status-part="courts" key="courts">
      <p class="status-headline" data-status-headline>
        <span class="muted">{t('statusCourts')}: </span>
        {courts.headline}
      </p>
      <dl class="findings">
        {courts.findings.map((f) => (
          <Finding key={f.question} question={f.question} finding={f} compact={compact} />
        ))}
      </dl>
    </div>
  ) : null;
  const laws = [...(status?.laws ?? []), ...(courts?.laws ?? [])];
  const notCovered = [...(status?.notCovered ?? []), ...(courts?.notCovered ?? [])];
  const checked = [status?.checked, courts?.checked].filter(Boolean).sort().at(-1) ?? '';
  return (
    <section class="status-card" data-status-card={code} aria-labelledby={`status-title-${code}`}>
      <p class="kicker">{t('statusKicker')}</p>
      <H id={`status-title-${code}`} class="status-title">
        {t('statusTitle', stateName)}
      </H>
      {lead === 'courts' ? [courtsPart, dmvPart] : [dmvPart, courtsPart]}
      {laws.length ? (
        <div class="laws">
          <p class="laws-title">{t('statusLaws')}</p>
          <ul>
            {laws.map((law) => (
              <Law key={law.id} law={law} compact={compact} />
            ))}
          </ul>
        </div>
      ) : null}
      {notCovered.length || sources.length || compact ? (
        <details class="status-more">
          <summary>{compact ? t('statusMoreCompact', sources.length) : t('statusMore', sources.length)}</summary>
          {compact ? (
            <ul class="finding-texts">
              {[...(status ? findingsOf(status).map(({ finding }) => finding) : []), ...(courts?.findings ?? [])].map((f) => (
                <li key={f.text}>{f.text}</li>
              ))}
            </ul>
          ) : null}
          {notCovered.length ? (
            <>
              <p class="laws-title">{t('statusNotCovered')}</p>
              <ul>
                {notCovered.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            </>
          ) : null}
          <p class="laws-title">{t('noteSources')}</p>
          <SourceLinks sources={sources} />
        </details>
      ) : null}
      <p class="meta" data-checked>
        {checkedOn(checked)}
        {status ? ` · ${t('confidenceIs', t(`confidence_${status.confidence}` as MessageKey))}` : ''}
      </p>
    </section>
  );
}
