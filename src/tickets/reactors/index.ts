// The reactors that follow every change of a ticket, in this order, inside its transaction.
// Adding one is a file and a line here.
import type { Reactor } from '../ticket-change.ts';
import { searchDocumentReactor } from './search-document.ts';
import { outgoingMessagesReactor } from './outgoing-messages.ts';
import { webhooksReactor } from './webhooks.ts';
import { newsWallReactor } from './news-wall.ts';

export const REACTORS: Reactor[] = [searchDocumentReactor, outgoingMessagesReactor, webhooksReactor, newsWallReactor];
