/**
 * What an import would store, before it is stored: each accepted file with its state, topic and
 * question count (and a replace / keep-both choice when the index already has that state and
 * topic), and each rejected file with its line and reason. All document text is rendered as
 * text; nothing from a file ever becomes markup.
 */
import type { Topic } from '@/utils/document-types';
import { acceptedFiles, rejectedFiles, undecided, type Decision, type ImportPlan, type Rejection } from '@/utils/import-documents';
import { t, tn } from '@/components/i18n';

interface Props {
  plan: ImportPlan;
  decisions: Readonly<Record<string, Decision>>;
  onDecide: (id: string, decision: Decision) => void;
  onDecideAll: (decision: Decision) => void;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ImportPreview({ plan, decisions, onDecide, onDecideAll, onConfirm, onCancel }: Props) {
  const accepted = acceptedFiles(plan);
  const rejected = rejectedFiles(plan);
  const waiting = undecided(plan, decisions);
  const conflicts = accepted.filter((f) => f.conflict).length;

  return (
    <section class="import-preview" aria-labelledby="preview-title" data-import-preview>
      <h3 id="preview-title">{t('previewTitle')}</h3>
      <p data-preview-summary>{t('previewSummary', [plan.files.length, accepted.length, rejected.length])}</p>

      {accepted.length ? (
        <table class="preview-table" data-accepted>
          <caption>{t('previewAcceptedCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('previewFile')}</th>
              <th scope="col">{t('previewState')}</th>
              <th scope="col">{t('previewTopic')}</th>
              <th scope="col">{t('previewQuestions')}</th>
            </tr>
          </thead>
          <tbody>
            {accepted.map((f) => (
              <tr key={f.document.id} data-accepted-file={f.name} data-state={f.document.stateCode}>
                <th scope="row">
                  <span class="file-name">{f.name}</span>
                  <span class="doc-title">{f.document.title}</span>
                  {f.conflict ? (
                    <fieldset class="decision" data-decision-for={f.name}>
                      <legend>{t(f.conflict.source === 'bundled' ? 'previewConflictBundled' : 'previewConflictImported', f.conflict.title)}</legend>
                      <label class="choice">
                        <input
                          type="radio"
                          name={`decision-${f.document.id}`}
                          checked={decisions[f.document.id] === 'replace'}
                          data-decision="replace"
                          onChange={() => onDecide(f.document.id, 'replace')}
                        />
                        <span>{t(f.conflict.source === 'bundled' ? 'previewReplaceBundled' : 'previewReplace')}</span>
                      </label>
                      <label class="choice">
                        <input
                          type="radio"
                          name={`decision-${f.document.id}`}
                          checked={decisions[f.document.id] === 'keep-both'}
                          data-decision="keep-both"
                          onChange={() => onDecide(f.document.id, 'keep-both')}
                        />
                        <span>{t('previewKeepBoth')}</span>
                      </label>
                    </fieldset>
                  ) : null}
                </th>
                <td>{f.document.stateName}</td>
                <td>{topicLabel(f.document.topic)}</td>
                <td>{f.document.entryCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}

      {rejected.length ? (
        <>
          <h4 id="rejected-title">{t('previewRejectedTitle')}</h4>
          <ul class="rejected" aria-labelledby="rejected-title" data-rejected>
            {rejected.map((f, i) => (
              <li key={`${i}:${f.name}`} data-rejected-file={f.name}>
                <span class="file-name">{f.name}</span>: <span data-reason>{rejectionText(f.rejection)}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}

      {conflicts > 1 ? (
        <div class="button-row">
          <span>{t('previewDecideAll')}</span>
          <button type="button" class="small" data-action="replace-all" onClick={() => onDecideAll('replace')}>
            {t('previewReplaceAll')}
          </button>
          <button type="button" class="small" data-action="keep-all" onClick={() => onDecideAll('keep-both')}>
            {t('previewKeepAll')}
          </button>
        </div>
      ) : null}
      {waiting.length ? (
        <p class="hint" id="waiting-hint">
          {t('previewWaiting', waiting.length)}
        </p>
      ) : null}
      <div class="button-row">
        {accepted.length ? (
          <button
            type="button"
            class="primary"
            disabled={waiting.length > 0}
            aria-describedby={waiting.length ? 'waiting-hint' : undefined}
            data-action="confirm-import"
            onClick={onConfirm}
          >
            {rejected.length
              ? tn('previewConfirmSkipping', accepted.length, [accepted.length, rejected.length])
              : tn('previewConfirm', accepted.length)}
          </button>
        ) : (
          <p class="muted">{t('previewNothing')}</p>
        )}
        <button type="button" data-action="cancel-import" onClick={onCancel}>
          {t('previewCancel')}
        </button>
      </div>
    </section>
  );
}

export function topicLabel(topic: Topic): string {
  return t(topic === 'dmv-data-sharing' ? 'topicDmv' : 'topicCourt');
}

export function rejectionText(r: Rejection): string {
  switch (r.kind) {
    case 'invalid':
      // The parser's reasons are English (utils/parse-document.ts); the line number is what matters.
      return t('rejectInvalid', [r.line, r.reason]);
    case 'duplicate':
      return t('rejectDuplicate', r.of);
    case 'same-subject':
      return t('rejectSameSubject', r.of);
    case 'already-imported':
      return t('rejectAlreadyImported', r.title);
    case 'too-many':
      return t('rejectTooMany', r.max);
  }
}
