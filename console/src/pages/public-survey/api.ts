import type * as z from 'zod';
import { requestRaw } from '../../api.ts';
import type { paths } from '../../api/schema.d.ts';
import type { AnswerBody, PublicAnswerReceipt, PublicSurvey } from '../../../../shared/contract/surveys.ts';

/**
 * The public survey routes (shared/contract/surveys.ts), called without the session's token: the
 * page is the customer's, and a console user who opens a link on the same tab is not its author.
 * Types only from the contract, so this page's chunk carries no zod.
 */
export type PublicSurveyView = z.infer<typeof PublicSurvey>;
export type Answer = z.infer<typeof AnswerBody>;
export type Receipt = z.infer<typeof PublicAnswerReceipt>;

/** The route of the generated client (a renamed route fails the type check), called through `requestRaw` to leave the session's token out. */
const ROUTE = '/v1/public/surveys/{token}' satisfies keyof paths;
const path = (token: string) => ROUTE.replace('{token}', encodeURIComponent(token));

export async function loadSurvey(token: string, signal?: AbortSignal): Promise<PublicSurveyView> {
  const response = await requestRaw('GET', path(token), { auth: false, accept: 'application/json', signal });
  return (await response.json()) as PublicSurveyView;
}

export async function answerSurvey(token: string, answer: Answer): Promise<Receipt> {
  const response = await requestRaw('POST', path(token), { auth: false, accept: 'application/json', body: answer });
  return (await response.json()) as Receipt;
}
