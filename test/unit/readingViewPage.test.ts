import * as assert from 'node:assert/strict';
import { buildMessagePage, buildReadingViewPage, contentSecurityPolicy, createNonce } from '../../src/extension/readingView/pageHtml';
import { unescape } from './readingViewHelpers';

const resources = {
  cspSource: 'https://webview.example',
  scriptUri: 'https://webview.example/ext/media/readingView.js',
  styleUri: 'https://webview.example/ext/media/readingView.css',
};

/** The policy as the browser reads it (attribute entities decoded). */
function cspOf(html: string): string {
  const match = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
  assert.ok(match, 'page has a CSP meta tag');
  return unescape(match[1]);
}

describe('reading view page', () => {
  it('makes 64-character alphanumeric nonces that differ', () => {
    const nonces = new Set(Array.from({ length: 20 }, () => createNonce()));
    assert.equal(nonces.size, 20);
    for (const nonce of nonces) assert.match(nonce, /^[A-Za-z0-9]{64}$/);
  });

  it('has a strict CSP: nothing inline, scripts only by nonce, styles and images from the extension', () => {
    const nonce = 'N'.repeat(64);
    const html = buildReadingViewPage(resources, 'file:///a.article', 'Reading: a.article', 0, nonce);
    assert.equal(cspOf(html), contentSecurityPolicy(resources.cspSource, nonce));
    assert.equal(cspOf(html), `default-src 'none'; style-src https://webview.example; script-src 'nonce-${nonce}'; img-src https://webview.example;`);
    assert.ok(!html.includes('unsafe-inline') && !html.includes('unsafe-eval'));
    assert.ok(!/ style=/.test(html), 'no inline style attributes');
    assert.ok(!/ on[a-z]+=/.test(html), 'no inline event handlers');
    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    assert.equal(scripts.length, 1);
    assert.equal(scripts[0][1], ` nonce="${nonce}" src="${resources.scriptUri}"`);
    assert.equal(scripts[0][2], '', 'no inline script body');
    assert.ok(html.includes(`<link rel="stylesheet" href="${resources.styleUri}">`));
  });

  it('passes the document uri and start line only as escaped data attributes', () => {
    const uri = 'untitled:Untitled-1?x="><script>alert(1)</script>';
    const html = buildReadingViewPage(resources, uri, 'Reading: <b>x</b>', 12);
    assert.ok(html.includes('data-uri="untitled:Untitled-1?x=&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;" data-line="12"'));
    assert.ok(html.includes('<title>Reading: &lt;b&gt;x&lt;/b&gt;</title>'));
    assert.equal(html.match(/<script/g)?.length, 1);
    assert.ok(buildReadingViewPage(resources, 'file:///a', 't', Number.NaN).includes('data-line="0"'));
  });

  it('renders the article-gone page without any script', () => {
    const html = buildMessagePage(resources.cspSource, resources.styleUri, 'Reading: gone.article', 'The article <gone> is no longer available.');
    assert.equal(cspOf(html), `default-src 'none'; style-src https://webview.example; img-src https://webview.example;`);
    assert.ok(!html.includes('<script'));
    assert.ok(html.includes('The article &lt;gone&gt; is no longer available.'));
  });
});
