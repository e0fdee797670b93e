/**
 * The reading view's HTML shell and its error page. Pure string building (no `vscode`), so the CSP
 * and escaping are unit-tested. The shell holds no article content: the host sends that in the
 * first `render` message after the webview says `ready`; the only initial data (document uri and
 * starting line) travels in escaped data- attributes, never in inline script.
 */
import { randomInt } from 'node:crypto';
import { escapeHtml } from './escapeHtml';

export interface PageResources {
  /** webview.cspSource */
  cspSource: string;
  /** webview.asWebviewUri(media/readingView.js).toString() */
  scriptUri: string;
  /** webview.asWebviewUri(media/readingView.css).toString() */
  styleUri: string;
}

const nonceAlphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** 64 characters from a cryptographic source, as the markdown preview does. */
export function createNonce(): string {
  let nonce = '';
  for (let index = 0; index < 64; index += 1) nonce += nonceAlphabet[randomInt(nonceAlphabet.length)];
  return nonce;
}

/** Strict: nothing inline, scripts only with the nonce, styles and images only from the extension. */
export function contentSecurityPolicy(cspSource: string, nonce?: string): string {
  const script = nonce === undefined ? '' : ` script-src 'nonce-${nonce}';`;
  return `default-src 'none'; style-src ${cspSource};${script} img-src ${cspSource};`;
}

export const keyboardHint = 'j / k or n / p: next / previous claim · Enter: reveal it in the editor · Esc: hide the card';

/** The document head both pages share: the CSP first, then the stylesheet from media/. */
function pageHead(policy: string, styleUri: string, title: string, extraMeta = ''): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(policy)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">${extraMeta}
<link rel="stylesheet" href="${escapeHtml(styleUri)}">
<title>${escapeHtml(title)}</title>
</head>`;
}

export function buildReadingViewPage(resources: PageResources, documentUri: string, title: string, line: number, nonce = createNonce()): string {
  const startLine = Number.isFinite(line) && line > 0 ? line : 0;
  const data = `\n<meta id="attribution-lens-data" data-uri="${escapeHtml(documentUri)}" data-line="${startLine}">`;
  return `${pageHead(contentSecurityPolicy(resources.cspSource, nonce), resources.styleUri, title, data)}
<body>
<header class="reading-header">
<p id="keyboard-hint" class="hint">${escapeHtml(keyboardHint)}</p>
<section id="legend" aria-label="Speakers"></section>
<section id="balance-section" aria-label="Source balance"></section>
<p id="notice" class="notice" role="status" hidden></p>
</header>
<main id="article" aria-describedby="keyboard-hint" aria-busy="true"><p class="empty-note">Analysing…</p></main>
<div id="claim-card" class="claim-card" role="tooltip" hidden></div>
<script nonce="${nonce}" src="${escapeHtml(resources.scriptUri)}"></script>
</body>
</html>`;
}

/** A script-free page for when there is nothing to render (the article is gone after a reload). */
export function buildMessagePage(cspSource: string, styleUri: string, title: string, message: string): string {
  return `${pageHead(contentSecurityPolicy(cspSource), styleUri, title)}
<body>
<main class="message-page" role="alert"><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p></main>
</body>
</html>`;
}
