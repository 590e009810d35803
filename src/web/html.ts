// Small HTML pieces the site's pages share.

export interface Link {
  text: string;
  /** Relative to the site folder; absent = the current page (shown, not linked). */
  href?: string;
  rel?: 'prev' | 'next';
  /** Markup instead of text (already escaped), e.g. with a visually hidden part. */
  html?: string;
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** The text of HTML that handlebars escaped (so that it can be escaped again for an attribute, not twice). */
export function unescapeHtml(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|#39|#x27|#x3D|#x60);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", '#x3D': '=', '#x60': '`' })[e]!);
}

export function linkList(links: Link[]): string {
  return links.map((l) => `<a href="${escapeHtml(l.href ?? '#')}">${l.html ?? escapeHtml(l.text)}</a>`).join(' ');
}

/** A link text with a part only screen readers hear ("PDF" + " för Uppsala"). */
export function withHidden(text: string, hidden: string): string {
  return `${escapeHtml(text)}<span class="sr-only"> ${escapeHtml(hidden)}</span>`;
}
