import type { AnswerBlock } from '@/utils/document-types';

/** An answer's paragraphs and numbered lists, as text (never HTML). */
export function AnswerBody({ blocks }: { blocks: AnswerBlock[] }) {
  return (
    <div class="answer-body">
      {blocks.map((block, i) =>
        block.kind === 'paragraph' ? (
          <p key={i}>{block.text}</p>
        ) : (
          <ol key={i} start={block.items[0]?.number ?? 1}>
            {block.items.map((item) => (
              <li key={item.number} value={item.number}>
                {item.label ? <strong>{item.label}: </strong> : null}
                {item.text}
              </li>
            ))}
          </ol>
        ),
      )}
    </div>
  );
}
