/**
 * The typed channel for the protocol in utils/protocol.ts (@webext-core/messaging). Whoever
 * receives a message checks it there first: see registerHandlers in the background.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Protocol } from '../protocol';

export const messaging = defineExtensionMessaging<Protocol>();
export const { sendMessage, onMessage } = messaging;
