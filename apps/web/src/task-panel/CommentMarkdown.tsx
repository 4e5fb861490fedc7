import { useMemo, type ReactNode } from 'react';
import Markdown, { defaultUrlTransform, type Components } from 'react-markdown';
import { Link } from 'react-router';
import { MENTION_PROPERTY, remarkMentions } from './remark-mentions';
import './comment-mentions.css';

/** A person a comment may @mention, as the mention chip shows them. */
export interface MentionedPerson {
  username: string;
  displayName: string;
  departmentName: string;
}

/** How mentions are shown: who a username is, and the board whose tasks a mention links to. */
export interface MentionDirectory {
  boardId: string;
  person: (username: string) => MentionedPerson | undefined;
}

const remarkPlugins = [remarkMentions];

/**
 * Comment bodies are Markdown from other users, so: no raw HTML (react-markdown shows it as text unless
 * rehype-raw is added, which it must never be), unsafe URLs (javascript:, data:…) are blanked by
 * defaultUrlTransform and a blanked link renders as plain text, and links open in a new tab without
 * access to this one. Images become links so a comment cannot load (or track through) remote images.
 * An @mention of a known user becomes a chip linking to the board filtered to that person; an unknown
 * one stays plain text.
 */
export function CommentMarkdown({ body, mentions }: { body: string; mentions?: MentionDirectory }) {
  const components = useMemo<Components>(
    () => ({
      a: ({ href, children }) => <SafeLink href={href}>{children}</SafeLink>,
      img: ({ src, alt }) => (
        <SafeLink href={typeof src === 'string' ? src : undefined}>{alt || src}</SafeLink>
      ),
      span: ({ node, children }) => {
        const username = node?.properties[MENTION_PROPERTY];
        if (typeof username !== 'string') return <span>{children}</span>;
        const person = mentions?.person(username);
        return person && mentions ? (
          <MentionChip person={person} boardId={mentions.boardId} />
        ) : (
          <>{children}</>
        );
      },
    }),
    [mentions],
  );
  return (
    <div className="comment-body">
      <Markdown urlTransform={defaultUrlTransform} remarkPlugins={remarkPlugins} components={components}>
        {body}
      </Markdown>
    </div>
  );
}

function MentionChip({ person, boardId }: { person: MentionedPerson; boardId: string }) {
  const title = person.departmentName
    ? `@${person.username} · ${person.departmentName}`
    : `@${person.username}`;
  return (
    <Link
      to={`/boards/${boardId}?q=${encodeURIComponent(person.displayName)}`}
      className="mention"
      title={title}
      data-testid="mention"
      data-username={person.username}
    >
      @{person.displayName}
    </Link>
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
