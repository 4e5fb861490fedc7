import Markdown, { type Components } from 'react-markdown';

/** Images say their alternative text; everything else is unwrapped to its words. */
const components: Components = { img: ({ alt }) => alt ?? null };
const onlyImages = ['img'];

/**
 * Markdown (the start of a comment that mentioned the reader) as the plain words it says: no `**`, no
 * link syntax, no elements but text. The comment's own renderer, react-markdown, does the parsing, with
 * every element unwrapped to its text, so a preview can never show formatting, links or HTML.
 */
export function MarkdownPreview({ markdown }: { markdown: string }) {
  return (
    <span className="markdown-preview">
      <Markdown allowedElements={onlyImages} unwrapDisallowed components={components}>
        {markdown}
      </Markdown>
    </span>
  );
}
