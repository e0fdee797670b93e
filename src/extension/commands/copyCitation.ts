/** `attributionLens.copyCitation`: puts “…,” Name, Role for a claim on the clipboard. */
import * as vscode from 'vscode';
import { findActor, findClaim } from '../analysisLookup';
import type { AnalysisStore } from '../analysisStore';
import { formatCitation } from '../citation';
import { isClaimRef } from '../claimRef';
import type { Logger } from '../log';
import { documentForUri } from './openDocument';

/** Resolves to the citation copied, or undefined when the claim no longer exists. */
export async function copyCitation(store: AnalysisStore, log: Logger, ref: unknown): Promise<string | undefined> {
  if (!isClaimRef(ref)) return undefined;
  const document = await documentForUri(ref.uri, log);
  const analysis = document && store.get(document);
  const claim = analysis && findClaim(analysis, ref.claimId);
  if (!analysis || !claim) {
    log.trace(`copyCitation: claim ${ref.claimId} not found in ${ref.uri}`);
    return undefined;
  }
  const citation = formatCitation(claim, findActor(analysis, claim.actor));
  await vscode.env.clipboard.writeText(citation);
  // A command the user ran, so a brief status-bar confirmation (not a notification) is fitting.
  vscode.window.setStatusBarMessage('$(check) Citation copied', 3000);
  return citation;
}
