/**
 * Stands in for WXT's ContentScriptContext (wxt.config.ts aliases 'wxt/utils/content-script-context'
 * here). WXT's announces every start to the page — a CustomEvent on document and a
 * window.postMessage, both named after the extension's id — so any page could tell the extension is
 * installed, and could forge the event to switch the lens off. This one tells the page nothing: the
 * context ends only when the extension itself is gone (updated, reloaded or removed), which is the
 * one case where the lens must stop.
 */
import { browser } from 'wxt/browser';

export class ContentScriptContext {
  private readonly controller = new AbortController();

  constructor(
    readonly contentScriptName: string,
    readonly options?: unknown,
  ) {}

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get isInvalid(): boolean {
    if (browser.runtime?.id == null) this.notifyInvalidated();
    return this.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  onInvalidated(callback: () => void): () => void {
    this.signal.addEventListener('abort', callback);
    return () => this.signal.removeEventListener('abort', callback);
  }

  abort(reason?: unknown): void {
    this.controller.abort(reason);
  }

  notifyInvalidated(): void {
    this.abort('Content script context invalidated');
  }
}
