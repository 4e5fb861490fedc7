import type { ReactNode } from 'react';
import Markdown, { defaultUrlTransform, type Components } from 'react-markdown';

/**
 * Comment bodies are Markdown from other users, so: no raw HTML (react-markdown shows it as text unless
 * rehype-raw is added, which it must never be), unsafe URLs (javascript:, data:…) are blanked by
 * defaultUrlTransform and a blanked link renders as plain text, and links open in a new tab without
 * access to this one. Images become links so a comment cannot load (or track through) remote images.
 */
const components: Components = {
  a: ({ href, children }) => <SafeLink href={href}>{children}</SafeLink>,
  img: ({ src, alt }) => <SafeLink href={typeof src === 'string' ? src : undefined}>{alt || src}</SafeLink>,
};

export function CommentMarkdown({ body }: { body: string }) {
  return (
    <div className="comment-body">
      <Markdown urlTransform={defaultUrlTransform} components={components}>
        {body}
      </Markdown>
    </div>
  );
}

function SafeLink({ href, children }: { href: string | undefined; children: ReactNode }) {
  if (!href) return <span className="comment-inert-link">{children}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}
