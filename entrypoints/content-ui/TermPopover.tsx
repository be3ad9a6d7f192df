import { useEffect, useRef } from 'preact/hooks';
import type { LookupResponse } from '@/utils/protocol';
import { AnswerCard } from '@/components/AnswerCard';
import { GlossaryCard } from '@/components/GlossaryCard';
import { StatusCard } from '@/components/StatusCard';
import { t, type MessageKey } from '@/components/i18n';

export type PopoverContent = { status: 'loading' } | { status: 'error' } | { status: 'ready'; response: LookupResponse };

export interface TermPopoverProps {
  /** The term as written on the page. */
  termText: string;
  content: PopoverContent;
  /** Move focus into the dialog (keyboard path) rather than leaving it on the page (hover). */
  takeFocus: boolean;
  coveredStateNames: string[];
  onClose(): void;
  onOpenSummary(stateCode: string): void;
  onSearch(query: string): void;
  onPointerEnter?(): void;
  onPointerLeave?(): void;
  style?: Record<string, string>;
  side?: 'above' | 'below';
}

/** The popover's answer excerpts: a line or two each, the whole answer one click away. */
const POPOVER_EXCERPT = 140;

const FOCUSABLE = 'a[href], button:not([disabled]), summary, [tabindex="0"]';

/**
 * Tab wraps around inside the dialog. Our host is the last element of the page, so a Tab out of
 * the dialog would land in the browser's toolbar or back at the top of the article, far from the
 * term the reader was on; Escape is the way out (and returns focus there).
 */
function keepTabInside(dialog: HTMLElement, e: KeyboardEvent): void {
  const items = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.getClientRects().length > 0);
  if (!items.length) return;
  const active = (dialog.getRootNode() as ShadowRoot | Document).activeElement;
  const first = items[0];
  const last = items[items.length - 1];
  let next: HTMLElement | undefined;
  if (e.shiftKey && (active === first || active === dialog)) next = last;
  else if (!e.shiftKey && active === last) next = first;
  if (next) {
    e.preventDefault();
    next.focus();
  }
}

/** The answers for one highlighted term, in a dialog named after the term. */
export function TermPopover(props: TermPopoverProps) {
  const { termText, content, takeFocus } = props;
  const dialog = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (takeFocus) dialog.current?.focus();
  }, [takeFocus, termText]);

  const response = content.status === 'ready' ? content.response : undefined;
  const state = response?.state;
  const title = state ? t('popoverTitleState', state.name) : t('popoverTitleTerm', response?.term.label ?? termText);

  return (
    <div
      ref={dialog}
      class={`popover side-${props.side ?? 'below'}`}
      role="dialog"
      aria-modal="false"
      // Named by the title and the term line: the title says the state ("California"), the
      // term line what the page wrote ("Calif.", "Californians"); the name must carry the latter.
      aria-labelledby="lens-popover-title lens-popover-term"
      tabIndex={-1}
      style={props.style}
      onPointerEnter={props.onPointerEnter}
      onPointerLeave={props.onPointerLeave}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          props.onClose();
        } else if (e.key === 'Tab' && dialog.current) keepTabInside(dialog.current, e);
      }}
    >
      <header>
        <h2 id="lens-popover-title">{title}</h2>
        <p id="lens-popover-term" class="term">
          {t('popoverTermOnPage', termText)}
        </p>
        <button type="button" class="close" aria-label={t('close')} onClick={props.onClose}>
          ×
        </button>
      </header>
      {content.status === 'loading' ? <p class="status" role="status">{t('loading')}</p> : null}
      {content.status === 'error' ? <p class="status" role="alert">{t('lookupFailed')}</p> : null}
      {response?.glossary ? <GlossaryCard entry={response.glossary} compact /> : null}
      {response?.glossary ? (
        response.stateLines?.length ? (
          <ul class="state-lines" aria-label={t('statusKicker')}>
            {response.stateLines.map((line) => (
              <li key={line.code} data-state-line={line.code}>
                <strong>{t('glossaryForState', line.name)}:</strong> {line.headline}{' '}
                <button type="button" class="link" onClick={() => props.onOpenSummary(line.code)}>
                  {t('openStateSummary', line.name)}
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p class="status" data-no-state-named>
            {t('glossaryNoStateNamed')}
          </p>
        )
      ) : null}
      {response?.status ? (
        <StatusCard
          stateName={response.status.stateName}
          status={response.status.state}
          courts={response.status.courts}
          lead={response.status.lead}
          compact
        />
      ) : null}
      {response && state && !state.hasDocuments ? (
        <div class="no-documents" data-no-documents>
          <p>{t('noDocumentsForState', state.name)}</p>
          {response.status ? null : <p>{t('indexCovers', props.coveredStateNames.join(', '))}</p>}
        </div>
      ) : null}
      {response?.answers.length ? (
        <section class="doc-answers" aria-labelledby="lens-doc-says">
          <h3 id="lens-doc-says" class="doc-says">
            {t('documentSays')}
          </h3>
          {response.answers.some(({ answer }) => answer.source === 'bundled') ? (
            <p class="doc-disclaimer" data-doc-disclaimer>
              {t('documentDisclaimer')}
            </p>
          ) : null}
          <ol class="answers" aria-label={t('topAnswers')}>
            {response.answers.map(({ answer, reasons }) => (
              <li key={answer.id}>
                <AnswerCard answer={answer} level={4} excerptLength={POPOVER_EXCERPT} />
                {reasons.length ? (
                  <p class="why" data-why>
                    {t('whyHere')} {reasons.map((r) => t(`why_${r.code.replace(/-/g, '_')}` as MessageKey, 'count' in r ? r.count : undefined)).join(' · ')}
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {response && !response.answers.length && !response.glossary && !(state && !state.hasDocuments) ? <p class="status">{t('noAnswers')}</p> : null}
      <footer>
        {state ? (
          <button type="button" class="action" data-action="summary" onClick={() => props.onOpenSummary(state.code)}>
            {t('openStateSummary', state.name)}
          </button>
        ) : null}
        <button type="button" class="action" data-action="search" onClick={() => props.onSearch(response?.term.label ?? termText)}>
          {t('searchAllAnswers')}
        </button>
      </footer>
    </div>
  );
}
