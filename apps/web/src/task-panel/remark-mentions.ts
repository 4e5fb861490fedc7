import { findMentions } from '@duban/contracts';
import type { Nodes, Parent, PhrasingContent, Root, Text } from 'mdast';

/** What the comment renderer gets for each @mention: a span carrying the username (see CommentMarkdown). */
export const MENTION_PROPERTY = 'dataMention';

/** Where a mention is only text: a link's words (a link in a link is invalid) and code. */
const NO_MENTIONS_INSIDE = new Set<Nodes['type']>(['link', 'linkReference', 'code', 'inlineCode']);

/**
 * A remark plugin: splits text nodes at every @mention (by the contracts' `findMentions`, the rule the
 * server notifies by) and marks each mention as a `<span data-mention="username">`, so the renderer's
 * component mapping decides how it looks. Works on the Markdown tree, never on HTML.
 */
export function remarkMentions() {
  return (tree: Root) => {
    markMentions(tree);
  };
}

function markMentions(parent: Parent): void {
  const children: Nodes[] = parent.children.flatMap((child): Nodes[] => {
    if (child.type === 'text') return splitText(child);
    if ('children' in child && !NO_MENTIONS_INSIDE.has(child.type)) markMentions(child);
    return [child];
  });
  // Text only ever becomes text, so every node stays where its kind is allowed.
  parent.children = children as Parent['children'];
}

function splitText(node: Text): PhrasingContent[] {
  const mentions = findMentions(node.value);
  if (mentions.length === 0) return [node];
  const pieces: PhrasingContent[] = [];
  let at = 0;
  for (const { username, start, end } of mentions) {
    if (start > at) pieces.push({ type: 'text', value: node.value.slice(at, start) });
    pieces.push({
      type: 'text',
      value: node.value.slice(start, end),
      data: { hName: 'span', hProperties: { [MENTION_PROPERTY]: username } },
    });
    at = end;
  }
  if (at < node.value.length) pieces.push({ type: 'text', value: node.value.slice(at) });
  return pieces;
}
