import type { FactCheckVerdict } from '@/data/fact-checks';
import type { AnswerView } from '@/utils/answer-view';
import type { LabelKind } from '@/utils/document-types';
import { t, type MessageKey } from './i18n';

const LABEL_KEYS: Record<LabelKind, MessageKey> = {
  hedged: 'labelHedged',
  general: 'labelGeneral',
  contradicted: 'labelContradicted',
};
const VERDICT_KEYS: Record<FactCheckVerdict, MessageKey> = {
  disputed: 'verdictDisputed',
  unverified: 'verdictUnverified',
  confirmed: 'verdictConfirmed',
};

/** The badge text of a label ("Hedged") and of a fact-check verdict ("Disputed"), everywhere. */
export const labelName = (kind: LabelKind) => t(LABEL_KEYS[kind]);
export const verdictName = (verdict: FactCheckVerdict) => t(VERDICT_KEYS[verdict]);

/**
 * How far to trust an answer: fact-check badges (with the one-line reason, expandable to the
 * full note) and the automatic labels with their explanations. Never hidden behind a setting.
 */
export function TrustNotes({ answer, onShowRelated }: { answer: AnswerView; onShowRelated?: (question: number) => void }) {
  if (!answer.factChecks.length && !answer.labels.length) return null;
  return (
    <div class="trust">
      {answer.factChecks.map((note) => (
        <details class={`fact-check verdict-${note.verdict}`} key={note.id} data-verdict={note.verdict}>
          <summary>
            <span class="badge">{verdictName(note.verdict)}</span> <span class="reason">{note.summary}</span>
          </summary>
          <div class="note">
            <p>
              <strong>{t('noteClaim')}</strong> {note.claim}
            </p>
            <p>
              <strong>{t('noteFinding')}</strong> {note.finding}
            </p>
            <p>
              <strong>{t('noteSources')}</strong>
            </p>
            <ul>
              {note.sources.map((s) => (
                <li key={s.title}>{s.url ? <a href={s.url} target="_blank" rel="noopener noreferrer">{s.title}</a> : s.title}</li>
              ))}
            </ul>
            <p class="meta">{t('noteMeta', [t(`confidence_${note.confidence}` as MessageKey), note.lastVerified])}</p>
          </div>
        </details>
      ))}
      {answer.labels.map((label) => (
        <p class={`label label-${label.kind}`} key={label.kind} data-label={label.kind}>
          <span class="badge">{labelName(label.kind)}</span> {label.explanation}
          {label.related?.length && onShowRelated
            ? label.related.map((q) => (
                <button type="button" class="link" key={q} onClick={() => onShowRelated(q)}>
                  {t('seeQuestion', q)}
                </button>
              ))
            : label.related?.length
              ? ` (${label.related.map((q) => `Q${q}`).join(', ')})`
              : null}
        </p>
      ))}
    </div>
  );
}
