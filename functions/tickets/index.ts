import { dispatch } from '../../shared/http/dispatch.ts';
import * as createTicket from './create-ticket.ts';
import * as getTicket from './get-ticket.ts';
import * as listTickets from './list-tickets.ts';
import * as previewDeadlines from './preview-deadlines.ts';
import * as ticketAction from './ticket-action.ts';

export const handler = dispatch([createTicket, previewDeadlines, listTickets, getTicket, ticketAction]);
