/**
 * Importing documents: files come in by picker, drag and drop, or paste; every file is checked
 * (utils/import-documents.ts) before anything is stored, the preview shows the outcome, and only
 * the user's confirmation stores the accepted files, all in one transaction.
 */
import { useEffect, useState } from 'preact/hooks';
import { importItems, planImport, type Decision, type ExistingDocument, type ImportInput, type ImportPlan } from '@/utils/import-documents';
import { MAX_DOCUMENT_BYTES } from '@/utils/parse-document';
import type { LensDatabase } from '@/utils/storage/database';
import { storeImport } from '@/utils/storage/import';
import { t } from '@/components/i18n';
import { ImportPreview } from './ImportPreview';

type Phase =
  | { step: 'idle' }
  | { step: 'checking'; done: number; total: number }
  | { step: 'preview'; plan: ImportPlan }
  | { step: 'storing'; count: number }
  | { step: 'done'; stored: number; skipped: number }
  | { step: 'failed'; reason: string };

interface Props {
  db: LensDatabase;
  existing: ExistingDocument[] | null;
  onStored: () => Promise<void>;
}

export function ImportDocuments({ db, existing, onStored }: Props) {
  const [phase, setPhase] = useState<Phase>({ step: 'idle' });
  const [decisions, setDecisions] = useState<Record<string, Decision>>({});
  const [pasted, setPasted] = useState('');
  const [dragging, setDragging] = useState(false);
  const busy = phase.step === 'checking' || phase.step === 'storing' || existing === null;

  useEffect(() => {
    // A file dropped beside the drop zone would otherwise replace the options page with it.
    const keep = (e: DragEvent) => e.preventDefault();
    document.addEventListener('dragover', keep);
    document.addEventListener('drop', keep);
    return () => {
      document.removeEventListener('dragover', keep);
      document.removeEventListener('drop', keep);
    };
  }, []);

  async function check(inputs: ImportInput[]) {
    if (busy || !inputs.length || !existing) return;
    setDecisions({});
    setPhase({ step: 'checking', done: 0, total: inputs.length });
    try {
      const plan = await planImport(inputs, existing, { onProgress: (done, total) => setPhase({ step: 'checking', done, total }) });
      setPhase({ step: 'preview', plan });
    } catch (error) {
      setPhase({ step: 'failed', reason: String(error) });
    }
  }

  async function checkFiles(list: FileList | null | undefined) {
    const files = [...(list ?? [])];
    if (!files.length) return;
    // Read at most one byte past the limit: the parser then refuses an oversized file with its
    // own message, and a huge file picked by mistake is never loaded whole.
    const inputs = await Promise.all(files.map(async (f) => ({ name: f.name, text: await f.slice(0, MAX_DOCUMENT_BYTES + 1).text() })));
    await check(inputs);
  }

  async function confirm(plan: ImportPlan) {
    const items = importItems(plan, decisions);
    setPhase({ step: 'storing', count: items.length });
    try {
      const { stored } = await storeImport(db, items);
      await onStored();
      setPhase({ step: 'done', stored, skipped: plan.files.length - stored });
      setPasted('');
    } catch (error) {
      setPhase({ step: 'failed', reason: error instanceof Error ? error.message : String(error) });
    }
  }

  return (
    <section class="options-section" aria-labelledby="import-title" data-section="import">
      <h2 id="import-title">{t('importTitle')}</h2>
      <p class="muted">{t('importIntro')}</p>

      <div
        class={`drop-zone${dragging ? ' dragging' : ''}`}
        data-drop-zone
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          void checkFiles(e.dataTransfer?.files);
        }}
      >
        <label class="file-button">
          <input
            type="file"
            multiple
            accept=".txt,text/plain"
            disabled={busy}
            data-document-files
            onChange={(e) => {
              const input = e.target as HTMLInputElement;
              void checkFiles(input.files).finally(() => (input.value = ''));
            }}
          />
          <span>{t('importChooseFiles')}</span>
        </label>
        <span class="muted">{t('importDropHint')}</span>
      </div>

      <form
        class="paste-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (pasted.trim()) void check([{ name: t('importPastedName'), text: pasted }]);
        }}
      >
        <label for="paste-document">{t('importPasteLabel')}</label>
        <textarea
          id="paste-document"
          rows={5}
          spellcheck={false}
          value={pasted}
          disabled={busy}
          data-paste
          onInput={(e) => setPasted((e.target as HTMLTextAreaElement).value)}
        />
        <button type="submit" disabled={busy || !pasted.trim()} data-action="check-paste">
          {t('importCheckPasted')}
        </button>
      </form>

      <div class="import-status" aria-live="polite" data-import-status>
        {phase.step === 'checking' ? (
          <>
            <progress max={phase.total} value={phase.done} aria-label={t('importCheckingLabel')} />
            <span>{t('importChecking', [phase.done, phase.total])}</span>
          </>
        ) : phase.step === 'storing' ? (
          <>
            <progress aria-label={t('importStoringLabel')} />
            <span>{t('importStoring', phase.count)}</span>
          </>
        ) : phase.step === 'done' ? (
          <p class="status" role="status" data-import-result="done">
            {phase.skipped ? t('importDoneSkipped', [phase.stored, phase.skipped]) : t('importDone', phase.stored)}
          </p>
        ) : phase.step === 'failed' ? (
          <p class="error" role="alert" data-import-result="failed">
            {t('importFailed', phase.reason)}
          </p>
        ) : null}
      </div>

      {phase.step === 'preview' ? (
        <ImportPreview
          plan={phase.plan}
          decisions={decisions}
          onDecide={(id, decision) => setDecisions((d) => ({ ...d, [id]: decision }))}
          onDecideAll={(decision) =>
            setDecisions(Object.fromEntries(phase.plan.files.flatMap((f) => (f.status === 'accepted' && f.conflict ? [[f.document.id, decision]] : []))))
          }
          onConfirm={() => void confirm(phase.plan)}
          onCancel={() => setPhase({ step: 'idle' })}
        />
      ) : null}
    </section>
  );
}
